package dev.iotcop.lab.profile;

import java.util.List;
import java.util.Map;

/** lighttpd serving static pages over plain HTTP, optionally behind basic authentication for a path. */
public record LighttpdService(String name, Integer port, String serverTag, Map<String, String> pages, BasicAuth basicAuth)
    implements ServiceSpec {

  public LighttpdService {
    name = Names.requireServiceName(name == null ? "http" : name, "service");
    port = port == null ? 80 : port;
    serverTag = Names.requireLine(serverTag, "serverTag");
    pages = Pages.check(pages, name);
  }

  @Override
  public String type() {
    return "lighttpd";
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(new Endpoint(name, port, Transport.TCP));
  }

  @Override
  public List<String> requiredPrograms() {
    return List.of("lighttpd");
  }
}
