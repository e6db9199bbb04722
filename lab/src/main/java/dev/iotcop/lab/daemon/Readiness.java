package dev.iotcop.lab.daemon;

import dev.iotcop.lab.probe.UdpProbe;

/** How the lab knows a daemon is serving: a TCP connect succeeds, or a UDP probe is answered. */
public sealed interface Readiness {

  int port();

  record TcpAccepting(int port) implements Readiness {}

  record UdpAnswering(int port, UdpProbe probe) implements Readiness {}
}
