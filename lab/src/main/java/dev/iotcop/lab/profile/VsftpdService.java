package dev.iotcop.lab.profile;

import java.util.List;
import java.util.Map;

/**
 * vsftpd. Anonymous users see {@code files} read-only; local logins (device accounts) go through PAM and so honour the
 * profile's lockout. {@code maxClients}/{@code maxPerIp} are vsftpd's own connection caps.
 */
public record VsftpdService(
    String name, Integer port, Boolean anonymous, Boolean localLogin, String banner, Integer maxClients,
    Integer maxPerIp, Map<String, String> files) implements ServiceSpec {

  public VsftpdService {
    name = Names.requireServiceName(name == null ? "ftp" : name, "service");
    port = port == null ? 21 : port;
    anonymous = anonymous != null && anonymous;
    localLogin = localLogin != null && localLogin;
    banner = Names.requireLine(banner, "ftp banner");
    maxClients = maxClients == null ? 0 : maxClients;
    maxPerIp = maxPerIp == null ? 0 : maxPerIp;
    files = Pages.check(files, name);
  }

  @Override
  public String type() {
    return "vsftpd";
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(new Endpoint(name, port, Transport.TCP));
  }

  @Override
  public List<String> requiredPrograms() {
    return List.of("vsftpd");
  }
}
