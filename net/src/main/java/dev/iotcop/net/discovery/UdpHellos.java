package dev.iotcop.net.discovery;

import dev.iotcop.engine.check.Deadline;
import dev.iotcop.engine.check.DeadlineExceededException;
import dev.iotcop.net.identify.Identification;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asks one UDP port the hellos iotcop knows. The port number only decides which hello goes first (and gets a resend);
 * the others follow once each, so a service on an unusual port is still found. The first answer wins; an ICMP port
 * unreachable ends the questions at once, since nothing listens there.
 */
final class UdpHellos {
  private final List<UdpHello> hellos;
  private final Duration wait;
  private final int retries;

  UdpHellos(List<UdpHello> hellos, Duration wait, int retries) {
    this.hellos = List.copyOf(hellos);
    this.wait = wait;
    this.retries = retries;
  }

  static List<UdpHello> standard() {
    return List.of(new SnmpHello(), new SsdpHello(), new MdnsHello(), new CoapHello(), new TftpHello());
  }

  List<String> protocols() {
    return hellos.stream().map(UdpHello::protocol).toList();
  }

  /** The hellos in the order they are tried on {@code port}: the usual ones first. */
  List<UdpHello> order(int port) {
    List<UdpHello> ordered = new ArrayList<>();
    hellos.stream().filter(h -> h.usualPorts().contains(port)).forEach(ordered::add);
    hellos.stream().filter(h -> !h.usualPorts().contains(port)).forEach(ordered::add);
    return ordered;
  }

  /** What one port made of the hellos. */
  sealed interface Reply {
    record Answered(Identification identification) implements Reply {}

    /** The host said nothing listens there (ICMP port unreachable); no further hello is sent. */
    record Closed(String hello) implements Reply {}

    /** No hello got an answer: over UDP that proves nothing. */
    record Silent() implements Reply {}
  }

  Reply identify(InetSocketAddress endpoint, Deadline deadline) throws InterruptedException {
    for (UdpHello hello : order(endpoint.getPort())) {
      deadline.check();
      Duration w = deadline.cap(wait);
      if (w.isZero()) {
        throw new DeadlineExceededException(deadline.at());
      }
      int resend = hello.usualPorts().contains(endpoint.getPort()) ? retries : 0;
      try {
        Optional<Identification> id = hello.ask(endpoint, w, resend);
        if (id.isPresent()) {
          return new Reply.Answered(id.get());
        }
      } catch (PortUnreachableException e) {
        return new Reply.Closed(hello.protocol());
      } catch (IOException e) {
        // a send refused by the local stack is as good as silence for this hello; the next one may still get through
      }
    }
    return new Reply.Silent();
  }
}
