package dev.iotcop.net.proto.ssh;

import java.util.List;

/** What an SSH server answered to a "none" authentication request. */
public sealed interface AuthMethodsOutcome {
  String summary();

  /** The server refused "none" and listed the methods that may continue. */
  record MethodsOffered(List<String> methods) implements AuthMethodsOutcome {
    public MethodsOffered {
      methods = List.copyOf(methods);
    }

    public boolean passwordOffered() {
      return methods.contains("password");
    }

    /** keyboard-interactive is how PAM usually asks for a password, so checks may want to treat it alike. */
    public boolean keyboardInteractiveOffered() {
      return methods.contains("keyboard-interactive");
    }

    @Override
    public String summary() {
      return "server offers authentication methods " + String.join(",", methods);
    }
  }

  /** The server let us in with no credentials at all. */
  record NoneAccepted() implements AuthMethodsOutcome {
    @Override
    public String summary() {
      return "server accepted a login without any credentials";
    }
  }

  /** Transport failed (connect, key exchange, timeout), so nothing was learnt about authentication. */
  record Failed(String reason) implements AuthMethodsOutcome {
    @Override
    public String summary() {
      return "could not reach the authentication step: " + reason;
    }
  }
}
