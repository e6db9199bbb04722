package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.net.check.NetworkChecks;
import dev.iotcop.net.proto.telnet.LoginPrompts;
import dev.iotcop.net.proto.telnet.ReadResult;
import dev.iotcop.net.proto.telnet.TelnetClient;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Telnet is a clear-text remote terminal by design. The probe connects, answers option negotiation, reads until a
 * login, password or shell prompt, and leaves without typing anything.
 */
final class TelnetExposure {
  static final int MAX_BYTES = 8192;
  static final int TRANSCRIPT_LINES = 12;
  private static final LoginPrompts PROMPTS = LoginPrompts.defaults();

  private TelnetExposure() {}

  static Exposure examine(CheckContext ctx, Subject.Service service) throws InterruptedException {
    ctx.deadline().check();
    try (NetworkChecks.Session s = NetworkChecks.open(ctx, service)) {
      TelnetClient client = TelnetClient.over(s.socket(), TelnetClient.DEFAULT_SETTLE);
      ReadResult read = client.readUntil(patterns(), Duration.ofMillis(NetworkChecks.readTimeoutMillis(ctx)), MAX_BYTES);
      return classify(read);
    } catch (IOException e) {
      return new Exposure.Undetermined(e.getClass().getSimpleName() + ": " + e.getMessage(), List.of());
    }
  }

  static List<Pattern> patterns() {
    List<Pattern> all = new ArrayList<>(PROMPTS.login());
    all.addAll(PROMPTS.password());
    all.addAll(PROMPTS.shell());
    return all;
  }

  /** A pure function of what was read: a prompt, some other clear text, or nothing. */
  static Exposure classify(ReadResult read) {
    List<Evidence> evidence = List.of(transcript(read));
    if (read.stop() == ReadResult.Stop.MATCHED && read.matched().isPresent()) {
      int i = read.matched().getAsInt();
      int logins = PROMPTS.login().size() + PROMPTS.password().size();
      return i < logins
          ? new Exposure.CredentialsInClear("fail.telnet-login", Confidence.HIGH, List.of(), evidence)
          : new Exposure.CredentialsInClear("fail.telnet-shell", Confidence.HIGH, List.of(), evidence);
    }
    if (!read.text().isBlank()) {
      return new Exposure.CredentialsInClear("fail.telnet", Confidence.MEDIUM, List.of(), evidence);
    }
    return new Exposure.Undetermined(read.stop() == ReadResult.Stop.CLOSED
        ? "the server closed the connection without a prompt" : "no prompt before the read timeout", evidence);
  }

  static Transcript transcript(ReadResult read) {
    List<Transcript.Line> lines = new ArrayList<>();
    List<String> text = read.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    for (String l : text.subList(Math.max(0, text.size() - TRANSCRIPT_LINES), text.size())) {
      lines.add(Transcript.Line.received(l));
    }
    lines.add(Transcript.Line.note("stopped: " + read.stop().name().toLowerCase(Locale.ROOT)
        + "; nothing was typed"));
    return new Transcript("telnet", lines);
  }
}
