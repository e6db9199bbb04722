package dev.iotcop.engine.evidence;

import java.util.List;

/** The identification string and the algorithm lists an SSH server offered in its KEXINIT. */
public record SshAlgorithms(
    String banner,
    List<String> kex,
    List<String> hostKeys,
    List<String> ciphers,
    List<String> macs,
    List<String> authMethods,
    List<String> weak) implements Evidence {

  public SshAlgorithms {
    kex = List.copyOf(kex);
    hostKeys = List.copyOf(hostKeys);
    ciphers = List.copyOf(ciphers);
    macs = List.copyOf(macs);
    authMethods = List.copyOf(authMethods);
    weak = List.copyOf(weak);
  }

  @Override
  public String type() {
    return "ssh";
  }
}
