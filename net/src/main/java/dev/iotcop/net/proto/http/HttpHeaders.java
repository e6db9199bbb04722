package dev.iotcop.net.proto.http;

import java.util.List;
import java.util.Optional;

/** Header fields in the order received; names compare case-insensitively and may repeat. */
public record HttpHeaders(List<HttpHeader> fields) {
  public HttpHeaders {
    fields = List.copyOf(fields);
  }

  public Optional<String> first(String name) {
    return fields.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(HttpHeader::value).findFirst();
  }

  public List<String> all(String name) {
    return fields.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(HttpHeader::value).toList();
  }

  public boolean contains(String name) {
    return fields.stream().anyMatch(h -> h.name().equalsIgnoreCase(name));
  }
}
