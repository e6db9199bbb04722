package dev.iotcop.lab.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * BusyBox telnetd. {@code login: busybox} checks passwords itself against the device's /etc/shadow (no PAM, so no
 * lockout); {@code login: system} runs the Debian login program through PAM, which honours the profile's lockout.
 * A {@code cap} runs telnetd in inetd mode under xinetd to bound concurrent sessions.
 */
public record TelnetService(String name, Integer port, Login login, String issue, ConnectionCap cap)
    implements ServiceSpec {

  public enum Login {
    @JsonProperty("busybox") BUSYBOX,
    @JsonProperty("system") SYSTEM
  }

  public TelnetService {
    name = Names.requireServiceName(name == null ? "telnet" : name, "service");
    port = port == null ? 23 : port;
    login = login == null ? Login.BUSYBOX : login;
    issue = issue == null ? "" : issue;
  }

  @Override
  public String type() {
    return "telnetd";
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(new Endpoint(name, port, Transport.TCP));
  }

  @Override
  public List<String> requiredPrograms() {
    List<String> programs = new ArrayList<>();
    if (login == Login.SYSTEM) {
      programs.add("login");
    }
    if (cap != null) {
      programs.add("xinetd");
    }
    return programs;
  }
}
