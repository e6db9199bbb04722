package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.check.CheckKind;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.Need;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.check.NetworkChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Management and credential interfaces without encryption: telnet, FTP that takes a password in clear, web logins
 * (Basic or Digest challenges, password forms) on plain HTTP, and MQTT brokers on plain TCP that want credentials.
 * Every probe is free of secrets: it reads prompts, banners, FEAT, challenges and a CONNACK to a CONNECT without
 * credentials, and never sends a password.
 *
 * <p>It runs once per device, examining the clear-text services one after the other, because its summary (a PASS
 * only when no identified service takes credentials in clear) needs all of them. Why 5.5-5 is not named: that
 * provision asks for authentication before configuration changes, and a clear-text login is still authentication;
 * what these probes show is a confidentiality failure, which 5.5-6 and 5.5-7 cover. An interface reached over IP from
 * another host is taken as remotely accessible.
 */
public final class CleartextManagementCheck implements Check {
  static final CheckDescriptor DESCRIPTOR = new CheckDescriptor(
      "net.cleartext.management",
      CheckKind.NETWORK,
      List.of("5.5-1", "5.5-6", "5.5-7"),
      List.of("5.5-6-2", "5.5-7-2"),
      Set.of(Need.all(ServiceFact.class)),
      Set.of(),
      List.of(
          "check.net.cleartext.management.pass",
          "check.net.cleartext.management.fail.telnet-login",
          "check.net.cleartext.management.fail.telnet-shell",
          "check.net.cleartext.management.fail.telnet",
          "check.net.cleartext.management.fail.ftp-login",
          "check.net.cleartext.management.fail.ftp-login-tls-optional",
          "check.net.cleartext.management.fail.http-basic",
          "check.net.cleartext.management.fail.http-digest",
          "check.net.cleartext.management.fail.http-other",
          "check.net.cleartext.management.fail.http-form",
          "check.net.cleartext.management.fail.http-form-tls-action",
          "check.net.cleartext.management.fail.mqtt-credentials",
          "check.net.cleartext.management.info.ftp-tls-required",
          "check.net.cleartext.management.info.ftp-no-login",
          "check.net.cleartext.management.info.ftp-no-password",
          "check.net.cleartext.management.info.mqtt-anonymous",
          "check.net.cleartext.management.info.not-examined",
          "check.net.cleartext.management.inconclusive.service"));

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    return NetworkChecks.device(target).stream().filter(d -> !servicesOf(facts, d).isEmpty()).toList();
  }

  private static List<ServiceFact> servicesOf(Facts facts, Subject.Device device) {
    return facts.services().stream().filter(s -> s.service().address().equals(device.address())).toList();
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    ctx.deadline().check();
    Subject.Device device = (Subject.Device) subject;
    List<ServiceFact> services = servicesOf(ctx.facts(), device);
    List<CleartextJudgement.Examination> examinations = new ArrayList<>();
    for (ServiceFact s : services) {
      if (CleartextJudgement.examined(s)) {
        ctx.deadline().check();
        examinations.add(new CleartextJudgement.Examination(s.service(), examine(ctx, s)));
      }
    }
    return CheckResult.of(CleartextJudgement.judge(DESCRIPTOR, device, services, examinations));
  }

  private static Exposure examine(CheckContext ctx, ServiceFact s) throws InterruptedException {
    return switch (s.protocol()) {
      case "telnet" -> TelnetExposure.examine(ctx, s.service());
      case "ftp" -> FtpExposure.examine(ctx, s.service());
      case "http" -> HttpLoginExposure.examine(ctx, s.service());
      case "mqtt" -> MqttExposure.examine(ctx, s.service());
      default -> throw new IllegalArgumentException("not examined here: " + s.protocol());
    };
  }
}
