package dev.iotcop.net;

import java.security.Security;

/**
 * iotcop is a testing client: to tell what an old device accepts, the JDK's own TLS stack must be able to speak TLS 1.0
 * and 1.1 and use suites and keys the JDK refuses by default. These limits are JVM-wide security properties, so the
 * application entry point (the command line, a test fixture) relaxes them once, explicitly, before any TLS is used.
 * iotcop never uses the JDK's TLS to protect data of its own in such a process.
 */
public final class LegacyProtocols {
  private LegacyProtocols() {}

  public static void allowForProbing() {
    Security.setProperty("jdk.tls.disabledAlgorithms", "");
    Security.setProperty("jdk.certpath.disabledAlgorithms", "");
    Security.setProperty("jdk.tls.legacyAlgorithms", "");
  }
}
