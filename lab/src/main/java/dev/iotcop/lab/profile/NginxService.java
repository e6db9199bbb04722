package dev.iotcop.lab.profile;

import java.util.List;
import java.util.Map;

/** nginx serving static pages over HTTPS with the given TLS settings, optionally with a security.txt. */
public record NginxService(
    String name, Integer port, TlsSettings tls, Map<String, String> pages, SecurityTxt securityTxt)
    implements ServiceSpec {

  public NginxService {
    name = Names.requireServiceName(name == null ? "https" : name, "service");
    port = port == null ? 443 : port;
    tls = tls == null ? new TlsSettings(null, null, null) : tls;
    pages = Pages.check(pages, name);
  }

  @Override
  public String type() {
    return "nginx";
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(new Endpoint(name, port, Transport.TCP));
  }

  @Override
  public List<String> requiredPrograms() {
    return List.of("nginx", "openssl");
  }
}
