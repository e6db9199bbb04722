package dev.iotcop.net.check.disclosure;

import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.ConnectionGate;
import dev.iotcop.engine.check.DeadlineExceededException;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.proto.mdns.MdnsClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a device's DNS-SD advertisements tell: its services, host name and the keys of their TXT records. */
final class MdnsDisclosure {
  private static final Duration MAX_WAIT = Duration.ofSeconds(1);

  private MdnsDisclosure() {}

  static Reading read(CheckContext ctx, ServiceFact fact, DisclosureFields fields) throws InterruptedException {
    Duration wait = ctx.deadline().cap(ctx.politeness().readTimeout());
    wait = wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    if (wait.isZero()) {
      throw new DeadlineExceededException(ctx.deadline().at());
    }
    InetSocketAddress responder = new InetSocketAddress(fact.service().address(), fact.service().port());
    List<DnsSdBrowser.Instance> instances;
    try (ConnectionGate.Permit permit = ctx.gate().open(fact.service())) {
      instances = new DnsSdBrowser(new MdnsClient(wait, 1), ctx.deadline()).browse(responder);
    } catch (IOException e) {
      return Reading.failed("the responder could not be queried: " + e.getMessage(), List.of());
    }
    return Reading.of(items(instances, fields), List.of(observation(instances)));
  }

  static List<Disclosure> items(List<DnsSdBrowser.Instance> instances, DisclosureFields fields) {
    List<Disclosure> items = new ArrayList<>();
    for (DnsSdBrowser.Instance i : instances) {
      String where = i.type() + " " + i.name();
      items.add(new Disclosure(InfoKind.SERVICE_LIST, "DNS-SD instance", i.type(), i.name()));
      i.host().ifPresent(h -> items.add(new Disclosure(InfoKind.DEVICE_NAME, "DNS-SD host of " + where, "host", h)));
      for (String entry : i.txt()) {
        int eq = entry.indexOf('=');
        String key = eq < 0 ? entry : entry.substring(0, eq);
        String value = eq < 0 ? "" : entry.substring(eq + 1);
        Optional<InfoKind> kind = fields.classify(DisclosureFields.Source.TXT, key, value);
        kind.ifPresent(k -> items.add(new Disclosure(k, "DNS-SD TXT " + key + " of " + where, key, value)));
      }
    }
    return items;
  }

  private static Observation observation(List<DnsSdBrowser.Instance> instances) {
    Map<String, String> values = new LinkedHashMap<>();
    for (DnsSdBrowser.Instance i : instances) {
      values.put(i.type() + " " + i.name(), i.host().orElse("?") + ":" + i.port().map(String::valueOf).orElse("?")
          + (i.txt().isEmpty() ? "" : " " + String.join(" ", i.txt())));
    }
    if (values.isEmpty()) {
      values.put("instances", "none advertised");
    }
    return new Observation(values);
  }
}
