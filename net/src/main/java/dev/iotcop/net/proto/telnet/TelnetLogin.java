package dev.iotcop.net.proto.telnet;

import dev.iotcop.engine.evidence.Transcript;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives one login dialog over a fresh {@link TelnetClient}: waits for a login (or password) prompt, sends the user
 * name and the password, and classifies what follows. One instance can serve many attempts; it holds no connection.
 */
public final class TelnetLogin {
  public static final String PROTOCOL = "telnet";
  private static final int MAX_TRANSCRIPT_LINES = 200;

  private enum Kind { LOGIN, PASSWORD, SHELL, REJECTED, LOCKED }

  private record Rule(Kind kind, Pattern pattern) {}

  private final LoginPrompts prompts;
  private final Duration stepTimeout;
  private final int maxBytesPerStep;

  public TelnetLogin(LoginPrompts prompts, Duration stepTimeout, int maxBytesPerStep) {
    if (stepTimeout.isNegative() || stepTimeout.isZero()) {
      throw new IllegalArgumentException("stepTimeout must be positive");
    }
    if (maxBytesPerStep < 64) {
      throw new IllegalArgumentException("maxBytesPerStep must be at least 64");
    }
    this.prompts = prompts;
    this.stepTimeout = stepTimeout;
    this.maxBytesPerStep = maxBytesPerStep;
  }

  public static TelnetLogin withDefaults() {
    return new TelnetLogin(LoginPrompts.defaults(), Duration.ofSeconds(5), 16 * 1024);
  }

  public LoginAttempt attempt(TelnetClient client, String username, String password) throws IOException {
    List<Transcript.Line> lines = new ArrayList<>();
    Step banner = step(client, lines, List.of(Kind.LOCKED, Kind.PASSWORD, Kind.LOGIN, Kind.SHELL));
    switch (banner.stop()) {
      case CLOSED -> {
        return done(LoginOutcome.LOCKED_OR_THROTTLED, "connection closed before a prompt", lines);
      }
      case TIMEOUT, BYTE_CAP -> {
        return done(LoginOutcome.NO_LOGIN_PROMPT, lastLine(banner.text()), lines);
      }
      case MATCHED -> { }
    }
    switch (banner.kind()) {
      case LOCKED -> {
        return done(LoginOutcome.LOCKED_OR_THROTTLED, banner.proof(), lines);
      }
      case SHELL -> {
        return done(LoginOutcome.SHELL_WITHOUT_LOGIN, banner.proof(), lines);
      }
      case LOGIN -> {
        client.sendLine(username);
        lines.add(Transcript.Line.sent(username));
        Step afterUser = step(client, lines, List.of(Kind.LOCKED, Kind.REJECTED, Kind.PASSWORD, Kind.LOGIN, Kind.SHELL));
        LoginAttempt early = classifyAfterUser(afterUser, lines);
        if (early != null) {
          return early;
        }
      }
      default -> { }
    }
    client.sendLine(password);
    lines.add(Transcript.Line.sentSecret(password));
    Step afterPassword = step(client, lines,
        List.of(Kind.LOCKED, Kind.REJECTED, Kind.LOGIN, Kind.PASSWORD, Kind.SHELL));
    return switch (afterPassword.stop()) {
      case CLOSED -> done(LoginOutcome.LOCKED_OR_THROTTLED, "connection closed after the password", lines);
      case TIMEOUT, BYTE_CAP -> done(LoginOutcome.UNDETERMINED, lastLine(afterPassword.text()), lines);
      case MATCHED -> switch (afterPassword.kind()) {
        case LOCKED -> done(LoginOutcome.LOCKED_OR_THROTTLED, afterPassword.proof(), lines);
        case REJECTED, LOGIN, PASSWORD -> done(LoginOutcome.REJECTED, afterPassword.proof(), lines);
        case SHELL -> done(LoginOutcome.ACCEPTED, afterPassword.proof(), lines);
      };
    };
  }

  /** Returns an outcome when the dialog ended after the user name, or null when a password prompt came. */
  private static LoginAttempt classifyAfterUser(Step step, List<Transcript.Line> lines) {
    return switch (step.stop()) {
      case CLOSED -> done(LoginOutcome.LOCKED_OR_THROTTLED, "connection closed after the user name", lines);
      case TIMEOUT, BYTE_CAP -> done(LoginOutcome.UNDETERMINED, lastLine(step.text()), lines);
      case MATCHED -> switch (step.kind()) {
        case PASSWORD -> null;
        case LOCKED -> done(LoginOutcome.LOCKED_OR_THROTTLED, step.proof(), lines);
        case REJECTED, LOGIN -> done(LoginOutcome.REJECTED, step.proof(), lines);
        case SHELL -> done(LoginOutcome.ACCEPTED, step.proof(), lines);
      };
    };
  }

  private record Step(ReadResult.Stop stop, Kind kind, String proof, String text) {}

  private Step step(TelnetClient client, List<Transcript.Line> lines, List<Kind> order) throws IOException {
    List<Rule> rules = new ArrayList<>();
    for (Kind kind : order) {
      patterns(kind).forEach(pattern -> rules.add(new Rule(kind, pattern)));
    }
    ReadResult result = client.readUntil(rules.stream().map(Rule::pattern).toList(), stepTimeout, maxBytesPerStep);
    for (String line : result.text().split("\r?\n|\r", -1)) {
      if (!line.isBlank() && lines.size() < MAX_TRANSCRIPT_LINES) {
        lines.add(Transcript.Line.received(line.strip()));
      }
    }
    if (result.matched().isEmpty()) {
      return new Step(result.stop(), null, "", result.text());
    }
    Rule rule = rules.get(result.matched().getAsInt());
    Matcher matcher = rule.pattern().matcher(result.text());
    String proof = matcher.find() ? lineAround(result.text(), matcher.start(), matcher.end()) : "";
    return new Step(ReadResult.Stop.MATCHED, rule.kind(), proof, result.text());
  }

  private List<Pattern> patterns(Kind kind) {
    return switch (kind) {
      case LOGIN -> prompts.login();
      case PASSWORD -> prompts.password();
      case SHELL -> prompts.shell();
      case REJECTED -> prompts.rejected();
      case LOCKED -> prompts.locked();
    };
  }

  private static String lineAround(String text, int start, int end) {
    int from = Math.max(text.lastIndexOf('\n', Math.max(0, start - 1)) + 1, 0);
    int to = text.indexOf('\n', end);
    return text.substring(Math.min(from, start), to < 0 ? text.length() : to).strip();
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\r?\n|\r");
    return lines.length == 0 ? "" : lines[lines.length - 1].strip();
  }

  private static LoginAttempt done(LoginOutcome outcome, String proof, List<Transcript.Line> lines) {
    return new LoginAttempt(outcome, proof, new Transcript(PROTOCOL, lines));
  }
}
