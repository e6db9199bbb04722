package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.ServiceFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the examinations of one device's clear-text services into findings, a pure function.
 *
 * <p>Per service: credentials in clear are a FAIL (5.5-1, 5.5-6, 5.5-7); what showed no credential or an encrypted
 * login is INFO, or nothing for plain web pages without a login; what could not be examined is INCONCLUSIVE.
 *
 * <p>Per device, a PASS (5.5-6 and 5.5-7 only: it says nothing about the quality of the encryption, which the TLS and
 * SSH checks judge) is given only when every service found was either encrypted (inside TLS, or SSH) or examined
 * here without showing a login in clear, and no service of a kind this check cannot examine is present (unidentified
 * ports, SNMP, RTSP, VNC, mail protocols, ...). Otherwise the device gets an INFO naming what was not examined, or
 * nothing when a service failed or could not be examined, since those findings already speak.
 */
final class CleartextJudgement {
  /** Protocols examined here when they run without TLS. */
  static final Set<String> EXAMINED = Set.of("telnet", "ftp", "http", "mqtt");
  /** Protocols that encrypt by themselves, without TLS; the SSH check judges how well. */
  static final Set<String> ENCRYPTED_BY_DESIGN = Set.of("ssh");
  /** Announcement protocols that carry no login, so their presence says nothing about credentials. */
  static final Set<String> WITHOUT_LOGIN = Set.of("ssdp", "mdns");
  static final List<String> PASS_PROVISIONS = List.of("5.5-6", "5.5-7");

  private CleartextJudgement() {}

  /** One clear-text service and what examining it showed. */
  record Examination(Subject.Service service, Exposure exposure) {}

  static boolean examined(ServiceFact s) {
    return !s.tls() && EXAMINED.contains(s.protocol());
  }

  static boolean encrypted(ServiceFact s) {
    return s.tls() || ENCRYPTED_BY_DESIGN.contains(s.protocol());
  }

  static List<Finding> judge(CheckDescriptor d, Subject.Device device, List<ServiceFact> services,
      List<Examination> examinations) {
    List<Finding> out = new ArrayList<>();
    boolean failedOrOpen = false;
    List<String> plainWithoutLogin = new ArrayList<>();
    for (Examination e : examinations) {
      CheckFindings f = CheckFindings.of(d, e.service());
      switch (e.exposure()) {
        case Exposure.CredentialsInClear c -> {
          out.add(f.fail(c.suffix(), c.confidence(), c.args(), c.evidence()));
          failedOrOpen = true;
        }
        case Exposure.NoCredentials n -> {
          n.suffix().ifPresent(s -> out.add(f.info(s, n.args(), n.evidence())));
          plainWithoutLogin.add(e.service().label());
        }
        case Exposure.EncryptionRequired r -> {
          out.add(f.info(r.suffix(), r.args(), r.evidence()));
          plainWithoutLogin.add(e.service().label());
        }
        case Exposure.Undetermined u -> {
          out.add(f.inconclusive("inconclusive.service", List.of(e.service().protocol(), u.reason()), u.evidence()));
          failedOrOpen = true;
        }
      }
    }
    if (failedOrOpen) {
      return out;
    }
    List<String> encrypted = services.stream().filter(CleartextJudgement::encrypted).map(s -> s.service().label()).toList();
    List<String> notExamined = services.stream()
        .filter(s -> !encrypted(s) && !EXAMINED.contains(s.protocol()) && !WITHOUT_LOGIN.contains(s.protocol()))
        .map(s -> s.service().label()).toList();
    Observation evidence = Observation.of("encrypted", String.join(", ", encrypted),
        "clearTextWithoutLogin", String.join(", ", plainWithoutLogin),
        "notExamined", String.join(", ", notExamined));
    CheckFindings onDevice = CheckFindings.of(d, device);
    if (notExamined.isEmpty()) {
      out.add(onDevice.naming(PASS_PROVISIONS.toArray(String[]::new)).pass("pass",
          List.of(Integer.toString(encrypted.size()), Integer.toString(plainWithoutLogin.size())), List.of(evidence)));
    } else {
      out.add(onDevice.info("info.not-examined",
          List.of(Integer.toString(notExamined.size()), String.join(", ", notExamined)), List.of(evidence)));
    }
    return out;
  }
}
