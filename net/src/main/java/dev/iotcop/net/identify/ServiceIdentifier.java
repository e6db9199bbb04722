package dev.iotcop.net.identify;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds out what an open port speaks by protocol handshakes, not by its number: listen for a banner, try a TLS hello,
 * ask for a web page, then protocol-specific hellos. The port number only decides which question is asked first, to
 * spare connections. Each question is one connection within the politeness caps.
 */
public final class ServiceIdentifier {
  private static final Set<Integer> WEB_FIRST = Set.of(80, 81, 8000, 8008, 8080, 8081, 8088, 8888, 5000, 49152, 49153, 49154);
  private static final Set<Integer> TLS_FIRST = Set.of(443, 465, 636, 853, 993, 995, 4443, 5061, 8443, 8883, 9443);

  private final Duration bannerWait;
  private final List<NamedProbe> plainProbes;
  private final List<NamedProbe> tlsProbes;

  /** A protocol-specific hello, tried in the order given, first on ports that usually carry it. */
  public record NamedProbe(String protocol, Set<Integer> usualPorts, ServiceProbeFunction probe) {}

  /** The function form of a probe, so probes from other packages can be plugged in. */
  @FunctionalInterface
  public interface ServiceProbeFunction {
    Optional<Identification> probe(CheckContext ctx, Subject.Service service) throws InterruptedException;
  }

  public ServiceIdentifier(Duration bannerWait, List<NamedProbe> plainProbes, List<NamedProbe> tlsProbes) {
    this.bannerWait = bannerWait;
    this.plainProbes = List.copyOf(plainProbes);
    this.tlsProbes = List.copyOf(tlsProbes);
  }

  public Identification identify(CheckContext ctx, Subject.Service service) throws InterruptedException {
    int port = service.port();
    boolean tlsFirst = TLS_FIRST.contains(port);
    boolean webFirst = WEB_FIRST.contains(port);
    Optional<NamedProbe> usual = plainProbes.stream().filter(p -> p.usualPorts().contains(port)).findFirst();
    if (usual.isPresent()) {
      ctx.deadline().check();
      Optional<Identification> id = usual.get().probe().probe(ctx, service);
      if (id.isPresent()) {
        return id.get();
      }
    }
    if (!tlsFirst && !webFirst) {
      ctx.deadline().check();
      Optional<Identification> banner = new BannerProbe(bannerWait).probe(ctx, service);
      if (banner.isPresent()) {
        return banner.get();
      }
    }
    ctx.deadline().check();
    if (!webFirst || tlsFirst) {
      if (TlsProbe.speaksTls(ctx, service)) {
        return insideTls(ctx, service);
      }
    }
    ctx.deadline().check();
    Optional<Identification> web = new HttpProbe(false).probe(ctx, service);
    if (web.isPresent()) {
      return web.get();
    }
    if (webFirst && TlsProbe.speaksTls(ctx, service)) {
      return insideTls(ctx, service);
    }
    for (NamedProbe p : plainProbes) {
      if (usual.isPresent() && usual.get() == p) {
        continue;
      }
      ctx.deadline().check();
      Optional<Identification> id = p.probe().probe(ctx, service);
      if (id.isPresent()) {
        return id.get();
      }
    }
    if (tlsFirst || webFirst) {
      Optional<Identification> banner = new BannerProbe(bannerWait).probe(ctx, service);
      if (banner.isPresent()) {
        return banner.get();
      }
    }
    return Identification.of("unknown", "", "", "");
  }

  private Identification insideTls(CheckContext ctx, Subject.Service service) throws InterruptedException {
    List<NamedProbe> usual = tlsProbes.stream().filter(p -> p.usualPorts().contains(service.port())).toList();
    List<NamedProbe> others = tlsProbes.stream().filter(p -> !p.usualPorts().contains(service.port())).toList();
    Optional<Identification> id = first(ctx, service, usual);
    if (id.isEmpty()) {
      ctx.deadline().check();
      id = new HttpProbe(true).probe(ctx, service);
    }
    if (id.isEmpty()) {
      id = first(ctx, service, others);
    }
    return id.map(i -> i.tls() ? i : i.inTls()).orElseGet(() -> Identification.of("unknown", "", "", "").inTls());
  }

  private static Optional<Identification> first(CheckContext ctx, Subject.Service service, List<NamedProbe> probes)
      throws InterruptedException {
    for (NamedProbe p : probes) {
      ctx.deadline().check();
      Optional<Identification> id = p.probe().probe(ctx, service);
      if (id.isPresent()) {
        return id;
      }
    }
    return Optional.empty();
  }


}
