package dev.iotcop.net.check.disclosure;

import dev.iotcop.engine.check.Deadline;
import dev.iotcop.net.proto.mdns.DnsMessage;
import dev.iotcop.net.proto.mdns.DnsName;
import dev.iotcop.net.proto.mdns.DnsQuestion;
import dev.iotcop.net.proto.mdns.DnsRecord;
import dev.iotcop.net.proto.mdns.DnsType;
import dev.iotcop.net.proto.mdns.MdnsClient;
import dev.iotcop.net.proto.mdns.MdnsQueries;
import dev.iotcop.net.proto.mdns.RecordData;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a responder's DNS-SD advertisements with legacy unicast queries, within fixed bounds: the service types, the
 * instances of each, and the SRV and TXT records of an instance when the answers left them out. At most
 * {@link #MAX_QUERIES} queries in all, each waiting for one answer, and the deadline is checked before each.
 */
final class DnsSdBrowser {
  static final int MAX_TYPES = 16;
  static final int MAX_INSTANCES = 32;
  static final int MAX_QUERIES = 64;

  /** One advertised service instance as far as the answers told. */
  record Instance(String type, String name, Optional<String> host, Optional<Integer> port, List<String> txt) {
    Instance {
      txt = List.copyOf(txt);
    }
  }

  private final MdnsClient client;
  private final Deadline deadline;
  private int queries;

  DnsSdBrowser(MdnsClient client, Deadline deadline) {
    this.client = client;
    this.deadline = deadline;
  }

  List<Instance> browse(InetSocketAddress responder) throws IOException, InterruptedException {
    List<DnsRecord> meta = ask(responder, MdnsQueries.serviceTypes(client.newId(), false));
    Set<DnsName> types = new LinkedHashSet<>();
    for (DnsRecord r : meta) {
      if (r.data() instanceof RecordData.Ptr ptr && r.name().sameAs(MdnsQueries.SERVICES) && types.size() < MAX_TYPES) {
        types.add(ptr.target());
      }
    }
    List<Instance> instances = new ArrayList<>();
    for (DnsName type : types) {
      if (queries >= MAX_QUERIES || instances.size() >= MAX_INSTANCES) {
        break;
      }
      List<DnsRecord> records = new ArrayList<>(ask(responder, MdnsQueries.ptrQuery(client.newId(), type, false)));
      Set<DnsName> names = new LinkedHashSet<>();
      for (DnsRecord r : records) {
        if (r.data() instanceof RecordData.Ptr ptr && r.name().sameAs(type)) {
          names.add(ptr.target());
        }
      }
      for (DnsName name : names) {
        if (instances.size() >= MAX_INSTANCES) {
          break;
        }
        if (records.stream().noneMatch(r -> r.name().sameAs(name) && r.data() instanceof RecordData.Txt)
            && queries < MAX_QUERIES) {
          records.addAll(ask(responder, question(name, DnsType.TXT)));
        }
        if (records.stream().noneMatch(r -> r.name().sameAs(name) && r.data() instanceof RecordData.Srv)
            && queries < MAX_QUERIES) {
          records.addAll(ask(responder, question(name, DnsType.SRV)));
        }
        instances.add(assemble(type, name, records));
      }
    }
    return instances;
  }

  private List<DnsRecord> ask(InetSocketAddress responder, DnsMessage query) throws IOException, InterruptedException {
    deadline.check();
    queries++;
    return client.query(responder, query).stream().flatMap(m -> m.allRecords().stream()).toList();
  }

  private DnsMessage question(DnsName name, int type) {
    return new DnsMessage(client.newId(), 0, List.of(new DnsQuestion(name, type, DnsType.CLASS_IN, false)), List.of(),
        List.of(), List.of());
  }

  static Instance assemble(DnsName type, DnsName name, List<DnsRecord> records) {
    Optional<RecordData.Srv> srv = records.stream().filter(r -> r.name().sameAs(name) && r.data() instanceof RecordData.Srv)
        .map(r -> (RecordData.Srv) r.data()).findFirst();
    List<String> txt = records.stream().filter(r -> r.name().sameAs(name) && r.data() instanceof RecordData.Txt)
        .flatMap(r -> ((RecordData.Txt) r.data()).strings().stream()).distinct().toList();
    String label = name.labels().isEmpty() ? name.toString() : name.labels().getFirst();
    return new Instance(type.toString(), label, srv.map(s -> s.target().toString()), srv.map(RecordData.Srv::port), txt);
  }
}
