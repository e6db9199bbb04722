package dev.iotcop.engine.evidence;

import java.util.Map;

/** One HTTP request and the response's status, the headers that matter, and a body excerpt. */
public record HttpExchange(String method, String url, int status, Map<String, String> headers, String bodyExcerpt) implements Evidence {
  public static final int MAX_BODY = 600;

  public HttpExchange {
    headers = Map.copyOf(headers);
    bodyExcerpt = bodyExcerpt == null ? "" : bodyExcerpt.length() > MAX_BODY ? bodyExcerpt.substring(0, MAX_BODY) + "…" : bodyExcerpt;
  }

  @Override
  public String type() {
    return "http";
  }
}
