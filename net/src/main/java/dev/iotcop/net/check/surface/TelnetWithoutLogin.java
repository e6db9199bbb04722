package dev.iotcop.net.check.surface;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.check.NetworkChecks;
import dev.iotcop.net.proto.telnet.LoginPrompts;
import dev.iotcop.net.proto.telnet.ReadResult;
import dev.iotcop.net.proto.telnet.TelnetClient;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Connects to a telnet service and reads what it offers before any credential is sent: a login or password prompt
 * passes; a shell prompt fails. A shell is then confirmed with one harmless {@code echo} whose expected output only a
 * shell that removed the quotes can print, so a banner that merely ends in '#' or '>' is not taken for a shell.
 */
final class TelnetWithoutLogin {
  private static final Duration MAX_WAIT = Duration.ofSeconds(5);
  private static final int MAX_BYTES = 16 * 1024;
  private static final SecureRandom RANDOM = new SecureRandom();

  private TelnetWithoutLogin() {}

  static Finding probe(CheckContext ctx, ServiceFact fact) throws InterruptedException {
    Subject.Service service = fact.service();
    LoginPrompts prompts = LoginPrompts.defaults();
    List<Pattern> patterns = new ArrayList<>();
    patterns.addAll(prompts.login());
    patterns.addAll(prompts.password());
    int credentialPatterns = patterns.size();
    patterns.addAll(prompts.shell());
    Duration wait = ctx.deadline().cap(ctx.politeness().readTimeout());
    wait = wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    List<Transcript.Line> lines = new ArrayList<>();
    try (NetworkChecks.Session session = NetworkChecks.open(ctx, service);
         TelnetClient telnet = TelnetClient.over(session.socket(), TelnetClient.DEFAULT_SETTLE)) {
      ReadResult first = telnet.readUntil(patterns, wait, MAX_BYTES);
      received(lines, first.text());
      if (first.matched().isEmpty()) {
        String why = first.stop() == ReadResult.Stop.CLOSED ? "the service closed the connection before any prompt"
            : "no login prompt and no shell prompt within " + wait.toMillis() + " ms";
        return inconclusive(service, why, lines);
      }
      if (first.matched().getAsInt() < credentialPatterns) {
        return UnauthenticatedAccessCheck.finding(Outcome.PASS, Confidence.HIGH, service, "telnet.login",
            List.of(service.endpoint(), lastLine(first.text())), List.of(new Transcript("telnet", lines)));
      }
      ctx.deadline().check();
      String a = HexFormat.of().toHexDigits((short) RANDOM.nextInt());
      String b = HexFormat.of().toHexDigits((short) RANDOM.nextInt());
      String command = "echo iotcop-" + a + "''" + b;
      telnet.sendLine(command);
      lines.add(Transcript.Line.sent(command));
      ReadResult echo = telnet.readUntil(List.of(Pattern.compile("(?m)^iotcop-" + a + b + "\\s*$")), wait, MAX_BYTES);
      received(lines, echo.text());
      boolean confirmed = echo.matched().isPresent();
      lines.add(Transcript.Line.note(confirmed ? "the shell ran the command: no login was asked for"
          : "a prompt came before any login, but the command was not confirmed"));
      return UnauthenticatedAccessCheck.finding(Outcome.FAIL, confirmed ? Confidence.HIGH : Confidence.MEDIUM, service,
          "telnet.shell", List.of(service.endpoint(), lastLine(first.text())), List.of(new Transcript("telnet", lines)));
    } catch (IOException e) {
      return inconclusive(service, "could not talk to the service: " + e.getMessage(), lines);
    }
  }

  private static void received(List<Transcript.Line> lines, String text) {
    text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(40).forEach(l -> lines.add(Transcript.Line.received(l)));
  }

  private static String lastLine(String text) {
    List<String> all = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return all.isEmpty() ? "" : all.getLast();
  }

  private static Finding inconclusive(Subject.Service service, String reason, List<Transcript.Line> lines) {
    return UnauthenticatedAccessCheck.finding(Outcome.INCONCLUSIVE, Confidence.HIGH, service, "telnet.inconclusive",
        List.of(service.endpoint(), reason), List.of(new Transcript("telnet", lines), Observation.of("reason", reason)));
  }
}
