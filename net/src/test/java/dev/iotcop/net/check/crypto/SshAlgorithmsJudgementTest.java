package dev.iotcop.net.check.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.evidence.SshAlgorithms;
import dev.iotcop.net.proto.Octets;
import dev.iotcop.net.proto.ssh.AuthMethodsOutcome;
import dev.iotcop.net.proto.ssh.KexInit;
import dev.iotcop.net.proto.ssh.SshAlgorithmClassifier;
import dev.iotcop.net.proto.ssh.SshAlgorithmKind;
import dev.iotcop.net.proto.ssh.SshIdentification;
import dev.iotcop.net.proto.ssh.SshProbeOutcome;
import dev.iotcop.net.proto.ssh.WeakSshAlgorithm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SshAlgorithmsJudgementTest {
  private static final SshAlgorithmClassifier CLASSIFIER = SshAlgorithmClassifier.load();
  private static final SshAlgorithmSeverity SEVERITY = SshAlgorithmSeverity.load();
  private static final SshAlgorithmsJudgement JUDGEMENT = new SshAlgorithmsJudgement(CLASSIFIER, SEVERITY);
  private static final Subject.Service SSH = new Subject.Service("192.0.2.7", 22, Transport.TCP, "ssh");
  private static final CheckFindings FINDINGS = CheckFindings.of(SshAlgorithmsCheck.DESCRIPTOR, SSH);
  private static final SshIdentification OPENSSH = new SshIdentification("2.0", "OpenSSH_9.2p1", Optional.empty(),
      List.of());

  private static final List<String> MODERN_KEX = List.of("sntrup761x25519-sha512@openssh.com", "curve25519-sha256");
  private static final List<String> MODERN_HOST = List.of("ssh-ed25519", "rsa-sha2-512", "rsa-sha2-256");
  private static final List<String> MODERN_CIPHERS = List.of("chacha20-poly1305@openssh.com", "aes256-gcm@openssh.com");
  private static final List<String> MODERN_MACS = List.of("hmac-sha2-512-etm@openssh.com", "hmac-sha2-256-etm@openssh.com");

  static KexInit kex(List<String> kex, List<String> hostKeys, List<String> ciphers, List<String> macs) {
    return new KexInit(Octets.of(new byte[16]), kex, hostKeys, ciphers, ciphers, macs, macs, List.of("none"),
        List.of("none"), List.of(), List.of(), false, 0);
  }

  private static List<Finding> judge(KexInit kex, Optional<AuthMethodsOutcome> auth) {
    return JUDGEMENT.judge(FINDINGS, new SshObservation(new SshProbeOutcome.Offered(OPENSSH, kex), auth));
  }

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.messageKey().substring("check.net.ssh.algorithms.".length())).toList();
  }

  @Test
  void hardenedServerPassesAndItsKeyOnlyLoginIsInventory() {
    List<Finding> findings = judge(kex(MODERN_KEX, List.of("ssh-ed25519"), MODERN_CIPHERS, MODERN_MACS),
        Optional.of(new AuthMethodsOutcome.MethodsOffered(List.of("publickey"))));
    assertThat(keys(findings)).containsExactly("pass", "info.auth-methods");
    SshAlgorithms evidence = (SshAlgorithms) findings.getFirst().evidence().getFirst();
    assertThat(evidence.banner()).isEqualTo("SSH-2.0-OpenSSH_9.2p1");
    assertThat(evidence.weak()).isEmpty();
    assertThat(evidence.authMethods()).containsExactly("publickey");
  }

  @Test
  void defaultOpenSshMacsAreNotedNotFailed() {
    List<Finding> findings = judge(kex(MODERN_KEX, MODERN_HOST, MODERN_CIPHERS,
        List.of("umac-64-etm@openssh.com", "hmac-sha2-256-etm@openssh.com", "umac-64@openssh.com", "hmac-sha1")),
        Optional.empty());
    assertThat(keys(findings)).containsExactly("pass", "info.noted");
    assertThat(findings.get(1).messageArgs().getFirst())
        .isEqualTo("umac-64-etm@openssh.com, umac-64@openssh.com, hmac-sha1");
  }

  @Test
  void legacyServerFailsPerLevelWithMatchingConfidence() {
    List<Finding> findings = judge(kex(List.of("diffie-hellman-group1-sha1", "diffie-hellman-group14-sha1"),
        List.of("ssh-rsa", "ssh-dss"), List.of("aes128-ctr", "3des-cbc", "aes128-cbc", "arcfour"),
        List.of("hmac-md5", "hmac-sha1")), Optional.of(new AuthMethodsOutcome.MethodsOffered(
        List.of("publickey", "password"))));
    assertThat(keys(findings)).containsExactly("fail.broken", "fail.obsolete", "fail.discouraged", "info.noted",
        "info.auth-methods", "info.password");
    assertThat(findings.get(0).messageArgs().getFirst()).isEqualTo("diffie-hellman-group1-sha1, ssh-dss, arcfour");
    assertThat(findings.get(0).confidence()).isEqualTo(Confidence.HIGH);
    assertThat(findings.get(1).messageArgs().getFirst()).isEqualTo("ssh-rsa, 3des-cbc, hmac-md5");
    assertThat(findings.get(1).confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(findings.get(2).messageArgs().getFirst()).isEqualTo("diffie-hellman-group14-sha1, aes128-cbc");
    assertThat(findings.get(2).confidence()).isEqualTo(Confidence.LOW);
    assertThat(findings.get(5).provisions()).containsExactly("5.1-5");
    assertThat(findings.subList(0, 5)).allMatch(f -> f.provisions().equals(List.of("5.5-1")));
  }

  @Test
  void sha1RsaSignaturesBesideSha2AreOnlyDiscouraged() {
    List<Finding> findings = judge(kex(MODERN_KEX, List.of("rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"),
        MODERN_CIPHERS, MODERN_MACS), Optional.empty());
    assertThat(keys(findings)).containsExactly("fail.discouraged");
    assertThat(findings.getFirst().isConfidentFailure()).isFalse();
  }

  @Test
  void sshProtocolOneFails() {
    SshIdentification both = new SshIdentification("1.99", "OpenSSH_3.9p1", Optional.empty(), List.of());
    List<Finding> findings = JUDGEMENT.judge(FINDINGS, new SshObservation(new SshProbeOutcome.Offered(both,
        kex(MODERN_KEX, MODERN_HOST, MODERN_CIPHERS, MODERN_MACS)), Optional.empty()));
    assertThat(keys(findings)).containsExactly("fail.ssh1");
    SshIdentification onlyOne = new SshIdentification("1.5", "dropbear", Optional.empty(), List.of());
    assertThat(keys(JUDGEMENT.judge(FINDINGS, new SshObservation(
        new SshProbeOutcome.IdentifiedOnly(onlyOne, "protocol version 1.5 only"), Optional.empty()))))
        .containsExactly("fail.ssh1");
  }

  @Test
  void probesThatLearnNothingAreInconclusiveWithTheirCause() {
    assertThat(keys(JUDGEMENT.judge(FINDINGS, new SshObservation(
        new SshProbeOutcome.IdentifiedOnly(OPENSSH, "server disconnected before KEXINIT"), Optional.empty()))))
        .containsExactly("inconclusive.no-kexinit");
    assertThat(keys(JUDGEMENT.judge(FINDINGS, new SshObservation(new SshProbeOutcome.NotSsh("HTTP/1.1 400"),
        Optional.empty())))).containsExactly("inconclusive.not-ssh");
    assertThat(keys(JUDGEMENT.judge(FINDINGS, new SshObservation(new SshProbeOutcome.Unreachable("connect timed out"),
        Optional.empty())))).containsExactly("inconclusive.no-answer");
  }

  @Test
  void authenticationAnswersAreInventory() {
    KexInit modern = kex(MODERN_KEX, MODERN_HOST, MODERN_CIPHERS, MODERN_MACS);
    assertThat(keys(judge(modern, Optional.of(new AuthMethodsOutcome.NoneAccepted()))))
        .containsExactly("pass", "info.auth-none");
    assertThat(keys(judge(modern, Optional.of(new AuthMethodsOutcome.Failed("kex failed")))))
        .containsExactly("pass", "info.auth-unknown");
    assertThat(keys(judge(modern, Optional.of(new AuthMethodsOutcome.MethodsOffered(
        List.of("publickey", "keyboard-interactive")))))).containsExactly("pass", "info.auth-methods", "info.password");
  }

  /** Every weak algorithm in the proto data has its own row in the severity table; none falls to the default. */
  @Test
  void everyWeakAlgorithmOfTheDataFileHasAnExplicitSeverity() throws Exception {
    try (var in = SshAlgorithmClassifier.class.getResourceAsStream("ssh-weak-algorithms.csv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      int rows = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", 3);
        SshAlgorithmKind kind = SshAlgorithmKind.valueOf(f[0].toUpperCase(java.util.Locale.ROOT));
        String example = f[1].replace("*", "x");
        WeakSshAlgorithm weak = CLASSIFIER.classify(kind, example).orElseThrow();
        assertThat(SEVERITY.explicitLevel(weak, true)).as("severity row for %s %s", kind, f[1]).isPresent();
        rows++;
      }
      assertThat(rows).isGreaterThan(30);
    }
  }

  @Property(tries = 500)
  void wildcardMatchingAgreesWithRegularExpressions(@ForAll("patterns") String pattern, @ForAll("names") String name) {
    String regex = String.join(".*", java.util.Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).toList());
    assertThat(SshAlgorithmSeverity.matches(pattern, name)).isEqualTo(name.matches(regex));
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.strings().withChars("ab-*").ofMaxLength(6);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars("ab-").ofMaxLength(8);
  }

  private static final List<String> KEX_POOL = List.of("curve25519-sha256", "ecdh-sha2-nistp256",
      "diffie-hellman-group14-sha256", "diffie-hellman-group1-sha1", "diffie-hellman-group14-sha1",
      "diffie-hellman-group-exchange-sha1", "rsa1024-sha1");
  private static final List<String> HOST_POOL = List.of("ssh-ed25519", "rsa-sha2-256", "ecdsa-sha2-nistp256",
      "ssh-rsa", "ssh-dss");
  private static final List<String> CIPHER_POOL = List.of("aes128-ctr", "aes256-gcm@openssh.com", "aes128-cbc",
      "3des-cbc", "arcfour", "blowfish-cbc", "none", "des-cbc");
  private static final List<String> MAC_POOL = List.of("hmac-sha2-256", "hmac-sha1", "umac-64@openssh.com", "hmac-md5",
      "none", "hmac-sha2-512-etm@openssh.com");

  @Provide
  Arbitrary<KexInit> offers() {
    return Combinators.combine(Arbitraries.subsetOf(KEX_POOL).ofMinSize(1), Arbitraries.subsetOf(HOST_POOL).ofMinSize(1),
        Arbitraries.subsetOf(CIPHER_POOL).ofMinSize(1), Arbitraries.subsetOf(MAC_POOL).ofMinSize(1))
        .as((k, h, c, m) -> kex(List.copyOf(k), List.copyOf(h), List.copyOf(c), List.copyOf(m)));
  }

  @Property(tries = 300)
  void everyWeakNameIsReportedOnceAtItsLevel(@ForAll("offers") KexInit offer) {
    List<Finding> findings = judge(offer, Optional.empty());
    List<WeakSshAlgorithm> weak = CLASSIFIER.weakIn(offer);
    boolean strongHostKey = offer.serverHostKeyAlgorithms().stream()
        .anyMatch(n -> CLASSIFIER.classify(SshAlgorithmKind.HOST_KEY, n).isEmpty());
    List<String> reported = new ArrayList<>();
    for (Finding f : findings) {
      if (f.messageKey().contains(".fail.") || f.messageKey().endsWith(".info.noted")) {
        reported.addAll(List.of(f.messageArgs().getFirst().split(", ")));
      }
    }
    assertThat(reported).containsExactlyInAnyOrderElementsOf(weak.stream().map(WeakSshAlgorithm::name).distinct().toList());
    boolean anyFailing = weak.stream().anyMatch(w -> SEVERITY.levelOf(w, strongHostKey).failure().isPresent());
    assertThat(findings.stream().anyMatch(f -> f.outcome() == Outcome.PASS)).isEqualTo(!anyFailing);
    for (Finding f : findings) {
      if (f.outcome() == Outcome.FAIL) {
        for (String name : f.messageArgs().getFirst().split(", ")) {
          WeakSshAlgorithm w = weak.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
          assertThat(SEVERITY.levelOf(w, strongHostKey).failure()).contains(f.confidence());
        }
      }
    }
  }
}
