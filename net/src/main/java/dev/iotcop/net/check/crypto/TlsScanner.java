package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.net.proto.tls.CipherSuite;
import dev.iotcop.net.proto.tls.CipherSuiteRegistry;
import dev.iotcop.net.proto.tls.ClientHelloBuilder;
import dev.iotcop.net.proto.tls.HelloOutcome;
import dev.iotcop.net.proto.tls.SuiteWeakness;
import dev.iotcop.net.proto.tls.TlsVersion;
import dev.iotcop.net.proto.tls.VersionSupport;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the hellos of a {@link TlsScan}, one connection each, checking the deadline between them. Weak suites are asked
 * for per version: one hello offering them all; when the server takes one, one hello per kind of weakness that the
 * suite chosen did not already show. At most 1 + 8 hellos per version, 5 + 4 x 9 in all.
 */
final class TlsScanner {
  private final CheckContext ctx;
  private final Subject.Service service;
  private final CipherSuiteRegistry registry;
  private final SecureRandom random = new SecureRandom();

  TlsScanner(CheckContext ctx, Subject.Service service, CipherSuiteRegistry registry) {
    this.ctx = ctx;
    this.service = service;
    this.registry = registry;
  }

  TlsScan scan() throws InterruptedException {
    Map<TlsVersion, HelloOutcome> versions = new EnumMap<>(TlsVersion.class);
    for (TlsVersion v : TlsVersion.values()) {
      ctx.deadline().check();
      versions.put(v, ServiceTlsProber.of(ctx, service).probeVersion(v));
    }
    List<TlsScan.SuiteProbe> probes = new ArrayList<>();
    for (TlsVersion v : new VersionSupport(versions).accepted()) {
      if (v != TlsVersion.TLS_1_3) {
        probes.addAll(weakSuites(v));
      }
    }
    return new TlsScan(versions, probes);
  }

  private List<TlsScan.SuiteProbe> weakSuites(TlsVersion version) throws InterruptedException {
    List<TlsScan.SuiteProbe> probes = new ArrayList<>();
    List<CipherSuite> usable = registry.usableIn(version);
    TlsScan.SuiteProbe all = hello(version, Optional.empty(), usable.stream().filter(CipherSuite::weak).toList());
    probes.add(all);
    Optional<CipherSuite> first = all.chosen().flatMap(registry::byCode);
    if (first.isEmpty()) {
      return probes;
    }
    Set<SuiteWeakness> seen = EnumSet.noneOf(SuiteWeakness.class);
    seen.addAll(first.get().weaknesses());
    for (SuiteWeakness w : SuiteWeakness.values()) {
      List<CipherSuite> kind = usable.stream().filter(s -> s.weaknesses().contains(w)).toList();
      if (seen.contains(w) || kind.isEmpty()) {
        continue;
      }
      TlsScan.SuiteProbe probe = hello(version, Optional.of(w), kind);
      probes.add(probe);
      probe.chosen().flatMap(registry::byCode).ifPresent(s -> seen.addAll(s.weaknesses()));
    }
    return probes;
  }

  private TlsScan.SuiteProbe hello(TlsVersion version, Optional<SuiteWeakness> weakness, List<CipherSuite> suites)
      throws InterruptedException {
    ctx.deadline().check();
    List<Integer> codes = suites.stream().map(CipherSuite::code).toList();
    ClientHelloBuilder builder = ClientHelloBuilder.forVersion(version).cipherSuites(codes);
    if (ctx.target() instanceof Target.NetworkDevice d) {
      builder.serverName(d.label());
    }
    HelloOutcome outcome = ServiceTlsProber.of(ctx, service)
        .sendHello(builder.build(random), ClientHelloBuilder.recordVersionFor(version), false);
    return new TlsScan.SuiteProbe(version, weakness, codes, outcome);
  }
}
