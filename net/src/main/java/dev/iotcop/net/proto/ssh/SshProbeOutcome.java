package dev.iotcop.net.proto.ssh;

/** What an SSH server told us before key exchange, or why it told us nothing useful. */
public sealed interface SshProbeOutcome {
  String summary();

  /** Identification and KEXINIT both read. */
  record Offered(SshIdentification identification, KexInit kexInit) implements SshProbeOutcome {
    @Override
    public String summary() {
      return "SSH server " + identification.line() + " offered " + kexInit.kexAlgorithms().size()
          + " key exchange methods";
    }
  }

  /** The identification was read but no KEXINIT followed (e.g. an SSH-1 server, or a close). */
  record IdentifiedOnly(SshIdentification identification, String reason) implements SshProbeOutcome {
    @Override
    public String summary() {
      return "SSH server " + identification.line() + " sent no KEXINIT: " + reason;
    }
  }

  /** Bytes came back, but not an SSH identification or a well-formed packet. */
  record NotSsh(String reason) implements SshProbeOutcome {
    @Override
    public String summary() {
      return "SSH not spoken: " + reason;
    }
  }

  /** Could not connect, or nothing arrived before the timeout. */
  record Unreachable(String reason) implements SshProbeOutcome {
    @Override
    public String summary() {
      return "could not reach the service: " + reason;
    }
  }
}
