package dev.iotcop.net.proto.mdns;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Queries one mDNS responder directly: a unicast datagram to its port 5353 from an ephemeral port, which makes it a
 * "legacy unicast" query (RFC 6762 section 6.7) that the responder answers to the sender, echoing the query id.
 * Only replies from the responder's address with the query's id are kept; malformed ones are skipped. When the host
 * answers that nothing listens on the port (ICMP port unreachable), {@link java.net.PortUnreachableException} is thrown.
 */
public final class MdnsClient {
  public static final int PORT = 5353;
  private static final int MAX_SERVICE_TYPES = 32;
  private static final int MAX_INSTANCES_PER_TYPE = 32;

  private final Duration timeout;
  private final int maxMessages;
  private final RandomGenerator ids = new SecureRandom();

  public MdnsClient(Duration timeout, int maxMessages) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (maxMessages < 1 || maxMessages > 1000) {
      throw new IllegalArgumentException("maxMessages must be between 1 and 1000");
    }
    this.timeout = timeout;
    this.maxMessages = maxMessages;
  }

  public int newId() {
    return ids.nextInt(1, 0x10000);
  }

  /** Sends the query and collects matching responses until the timeout or {@code maxMessages}. */
  public List<DnsMessage> query(InetSocketAddress responder, DnsMessage query) throws IOException {
    byte[] request = DnsCodec.encode(query);
    List<DnsMessage> responses = new ArrayList<>();
    byte[] buffer = new byte[DnsCodec.MAX_MESSAGE_BYTES];
    try (DatagramSocket socket = new DatagramSocket()) {
      socket.connect(responder);
      socket.send(new DatagramPacket(request, request.length));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (responses.size() < maxMessages) {
        long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
        if (left <= 0) {
          break;
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
          socket.receive(packet);
        } catch (SocketTimeoutException e) {
          break;
        }
        try {
          DnsMessage message = DnsCodec.decode(Arrays.copyOf(packet.getData(), packet.getLength()));
          if (message.isResponse() && message.id() == query.id()) {
            responses.add(message);
          }
        } catch (DnsFormatException ignored) {
          // not a usable answer; keep listening
        }
      }
    }
    return responses;
  }

  /**
   * Asks for the service types, then for the instances of each (at most 32 of each), then for any SRV, TXT and
   * address records the answers left out, and assembles what came back.
   */
  public List<ServiceInstance> browse(InetSocketAddress responder) throws IOException {
    List<DnsRecord> typeRecords = records(query(responder, MdnsQueries.serviceTypes(newId(), false)));
    Set<DnsName> types = new LinkedHashSet<>();
    for (DnsRecord record : typeRecords) {
      if (record.data() instanceof RecordData.Ptr ptr && record.name().sameAs(MdnsQueries.SERVICES)
          && types.size() < MAX_SERVICE_TYPES) {
        types.add(ptr.target());
      }
    }
    List<ServiceInstance> instances = new ArrayList<>();
    for (DnsName type : types) {
      List<DnsRecord> records = new ArrayList<>(records(query(responder, MdnsQueries.ptrQuery(newId(), type, false))));
      List<DnsName> names = records.stream()
          .filter(r -> r.data() instanceof RecordData.Ptr && r.name().sameAs(type))
          .map(r -> ((RecordData.Ptr) r.data()).target()).distinct().limit(MAX_INSTANCES_PER_TYPE).toList();
      for (DnsName name : names) {
        ServiceInstance instance = instance(name, type, records);
        if (instance.service().isEmpty() || instance.txt().isEmpty()) {
          // responders may leave SRV and TXT out of the additional section; ask for them
          records.addAll(records(query(responder, question(name, DnsType.SRV))));
          records.addAll(records(query(responder, question(name, DnsType.TXT))));
          instance = instance(name, type, records);
        }
        if (instance.service().isPresent() && instance.addresses().isEmpty()) {
          DnsName host = instance.service().get().target();
          records.addAll(records(query(responder, question(host, DnsType.A))));
          records.addAll(records(query(responder, question(host, DnsType.AAAA))));
          instance = instance(name, type, records);
        }
        instances.add(instance);
      }
    }
    return instances;
  }

  private DnsMessage question(DnsName name, int type) {
    return new DnsMessage(newId(), 0, List.of(new DnsQuestion(name, type, DnsType.CLASS_IN, false)), List.of(),
        List.of(), List.of());
  }

  static ServiceInstance instance(DnsName name, DnsName type, List<DnsRecord> records) {
    Optional<RecordData.Srv> srv = records.stream()
        .filter(r -> r.name().sameAs(name) && r.data() instanceof RecordData.Srv)
        .map(r -> (RecordData.Srv) r.data()).findFirst();
    List<String> txt = records.stream()
        .filter(r -> r.name().sameAs(name) && r.data() instanceof RecordData.Txt)
        .flatMap(r -> ((RecordData.Txt) r.data()).strings().stream()).toList();
    List<InetAddress> addresses = srv.map(s -> records.stream()
        .filter(r -> r.name().sameAs(s.target()))
        .<InetAddress>mapMulti((r, sink) -> {
          if (r.data() instanceof RecordData.A a) {
            sink.accept(a.address());
          } else if (r.data() instanceof RecordData.Aaaa a) {
            sink.accept(a.address());
          }
        }).distinct().toList()).orElse(List.of());
    return new ServiceInstance(name, type, srv, txt, addresses);
  }

  private static List<DnsRecord> records(List<DnsMessage> messages) {
    return messages.stream().flatMap(m -> m.allRecords().stream()).toList();
  }
}
