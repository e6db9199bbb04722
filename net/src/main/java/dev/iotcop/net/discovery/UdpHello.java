package dev.iotcop.net.discovery;

import dev.iotcop.net.identify.Identification;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * One protocol's first question to a UDP port: a single small request that a service of that protocol answers and
 * anything else ignores. An answer identifies the service; silence proves nothing.
 */
interface UdpHello {
  /** The protocol name an answer identifies ({@code snmp}, {@code ssdp}, ...). */
  String protocol();

  /** Ports where this protocol usually listens; there its hello is sent first. */
  Set<Integer> usualPorts();

  /**
   * Sends the hello, resending up to {@code retries} times after a silent wait of {@code wait}; returns what the
   * answer revealed, or empty when nothing recognisable came back. Throws {@link java.net.PortUnreachableException}
   * when the host answered that nothing listens on the port (hellos on connected sockets can tell).
   */
  Optional<Identification> ask(InetSocketAddress endpoint, Duration wait, int retries) throws IOException;
}
