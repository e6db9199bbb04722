package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.evidence.SshAlgorithms;
import dev.iotcop.net.proto.ssh.AuthMethodsOutcome;
import dev.iotcop.net.proto.ssh.KexInit;
import dev.iotcop.net.proto.ssh.SshAlgorithmClassifier;
import dev.iotcop.net.proto.ssh.SshAlgorithmKind;
import dev.iotcop.net.proto.ssh.SshIdentification;
import dev.iotcop.net.proto.ssh.SshProbeOutcome;
import dev.iotcop.net.proto.ssh.WeakSshAlgorithm;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns what an SSH server offered into findings, a pure function of the probes' results and the two data tables.
 *
 * <ul>
 *   <li>Each weak algorithm offered gets the level of {@link SshAlgorithmSeverity}; one finding per level: broken
 *       (FAIL, high), obsolete (FAIL, medium), discouraged (FAIL, low: the provision stays open for a reviewer) and
 *       noted (INFO).</li>
 *   <li>SSH protocol 1 offered, alone or beside 2.0 (version 1.99): FAIL, high.</li>
 *   <li>PASS when the KEXINIT was read and nothing at or above the discouraged level was offered.</li>
 *   <li>The authentication methods are inventory (INFO). Password or keyboard-interactive logins are reported
 *       separately under 5.1-5, as INFO only: inside SSH the password is encrypted, so it is no matter for 5.5-1, but it
 *       tells the tester that guessing over the network is possible and brute-force protection applies.</li>
 * </ul>
 */
final class SshAlgorithmsJudgement {
  static final String PASSWORD_PROVISION = "5.1-5";

  private final SshAlgorithmClassifier classifier;
  private final SshAlgorithmSeverity severity;

  SshAlgorithmsJudgement(SshAlgorithmClassifier classifier, SshAlgorithmSeverity severity) {
    this.classifier = classifier;
    this.severity = severity;
  }

  List<Finding> judge(CheckFindings findings, SshObservation seen) {
    CheckFindings channel = findings.naming("5.5-1");
    List<Finding> out = new ArrayList<>();
    switch (seen.probe()) {
      case SshProbeOutcome.Offered o -> out.addAll(judgeOffer(channel, o, seen));
      case SshProbeOutcome.IdentifiedOnly i -> {
        Evidence evidence = evidence(i.identification(), null, seen, List.of());
        if (offersSsh1(i.identification())) {
          out.add(channel.fail("fail.ssh1", Confidence.HIGH, List.of(i.identification().line()),
              List.of(evidence)));
        } else {
          out.add(channel.inconclusive("inconclusive.no-kexinit", List.of(i.identification().line(), i.reason()),
              List.of(evidence)));
        }
      }
      case SshProbeOutcome.NotSsh n -> out.add(channel.inconclusive("inconclusive.not-ssh", List.of(n.reason()),
          List.of(Observation.of("probe", n.summary()))));
      case SshProbeOutcome.Unreachable u -> out.add(channel.inconclusive("inconclusive.no-answer", List.of(u.reason()),
          List.of(Observation.of("probe", u.summary()))));
    }
    seen.auth().ifPresent(a -> out.addAll(judgeAuth(findings, a)));
    return out;
  }

  private List<Finding> judgeOffer(CheckFindings channel, SshProbeOutcome.Offered offer, SshObservation seen) {
    KexInit kex = offer.kexInit();
    List<WeakSshAlgorithm> weak = classifier.weakIn(kex);
    boolean strongHostKey = kex.serverHostKeyAlgorithms().stream()
        .anyMatch(n -> classifier.classify(SshAlgorithmKind.HOST_KEY, n).isEmpty());
    Map<SshAlgorithmSeverity.Level, Set<String>> byLevel = new EnumMap<>(SshAlgorithmSeverity.Level.class);
    List<String> described = new ArrayList<>();
    for (WeakSshAlgorithm w : weak) {
      SshAlgorithmSeverity.Level level = severity.levelOf(w, strongHostKey);
      byLevel.computeIfAbsent(level, l -> new LinkedHashSet<>()).add(w.name());
      described.add(w.name() + " (" + w.kind().name().toLowerCase(Locale.ROOT) + ", "
          + level.name().toLowerCase(Locale.ROOT) + "): " + w.reason());
    }
    List<Evidence> evidence = List.of(evidence(offer.identification(), kex, seen, described));
    List<Finding> out = new ArrayList<>();
    boolean failed = false;
    if (offersSsh1(offer.identification())) {
      out.add(channel.fail("fail.ssh1", Confidence.HIGH, List.of(offer.identification().line()),
          evidence));
      failed = true;
    }
    for (SshAlgorithmSeverity.Level level : SshAlgorithmSeverity.Level.values()) {
      Set<String> names = byLevel.get(level);
      if (names == null) {
        continue;
      }
      String suffix = switch (level) {
        case BROKEN -> "fail.broken";
        case OBSOLETE -> "fail.obsolete";
        case DISCOURAGED -> "fail.discouraged";
        case NOTED -> "info.noted";
      };
      List<String> args = List.of(String.join(", ", names));
      if (level.failure().isPresent()) {
        out.add(channel.fail(suffix, level.failure().get(), args, evidence));
        failed = true;
      } else {
        out.add(channel.info(suffix, args, evidence));
      }
    }
    if (!failed) {
      out.addFirst(channel.pass("pass", List.of(offer.identification().line()), evidence));
    }
    return out;
  }

  private static List<Finding> judgeAuth(CheckFindings findings, AuthMethodsOutcome auth) {
    CheckFindings channel = findings.naming("5.5-1");
    Observation evidence = Observation.of("authentication", auth.summary());
    return switch (auth) {
      case AuthMethodsOutcome.MethodsOffered m -> {
        List<Finding> out = new ArrayList<>();
        String methods = String.join(", ", m.methods());
        out.add(channel.info("info.auth-methods", List.of(methods), List.of(evidence)));
        if (m.passwordOffered() || m.keyboardInteractiveOffered()) {
          out.add(findings.naming(PASSWORD_PROVISION).info("info.password", List.of(methods), List.of(evidence)));
        }
        yield out;
      }
      case AuthMethodsOutcome.NoneAccepted n -> List.of(channel.info("info.auth-none", List.of(), List.of(evidence)));
      case AuthMethodsOutcome.Failed f -> List.of(channel.info("info.auth-unknown", List.of(f.reason()), List.of(evidence)));
    };
  }

  /** Version 1.99 announces both protocols; anything starting with 1 but not 1.99 is SSH-1 only. */
  static boolean offersSsh1(SshIdentification id) {
    return id.protocolVersion().startsWith("1.");
  }

  private static SshAlgorithms evidence(SshIdentification id, KexInit kex, SshObservation seen, List<String> weak) {
    List<String> methods = seen.auth().map(a -> a instanceof AuthMethodsOutcome.MethodsOffered m ? m.methods()
        : List.<String>of()).orElse(List.of());
    if (kex == null) {
      return new SshAlgorithms(id.line(), List.of(), List.of(), List.of(), List.of(), methods, weak);
    }
    return new SshAlgorithms(id.line(), kex.kexAlgorithms(), kex.serverHostKeyAlgorithms(),
        union(kex.encryptionServerToClient(), kex.encryptionClientToServer()),
        union(kex.macServerToClient(), kex.macClientToServer()), methods, weak);
  }

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
