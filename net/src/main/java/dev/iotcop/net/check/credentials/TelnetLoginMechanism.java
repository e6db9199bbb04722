package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.ConnectionGate;
import dev.iotcop.engine.check.DeadlineExceededException;
import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.net.proto.SessionEnd;
import dev.iotcop.net.proto.telnet.LoginAttempt;
import dev.iotcop.net.proto.telnet.LoginPrompts;
import dev.iotcop.net.proto.telnet.TelnetClient;
import dev.iotcop.net.proto.telnet.TelnetLogin;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * One telnet login dialog per connection, driven by {@link TelnetLogin}. The session ends with a half-close; when the
 * device closes its end in turn, the session's place is given back sooner (see {@link SessionEnding}).
 */
final class TelnetLoginMechanism implements LoginMechanism {
  static final String NAME = "telnet";
  private static final int MAX_BYTES_PER_STEP = 16 * 1024;

  private final Subject.Service service;
  private volatile boolean passwordOnly;

  TelnetLoginMechanism(Subject.Service service) {
    this.service = service;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean allowsConcurrentAttempts() {
    return true;
  }

  /** True once a dialog asked for a password without a user name first. */
  @Override
  public boolean ignoresUsername() {
    return passwordOnly;
  }

  @Override
  public LoginTrial attempt(CheckContext ctx, Credential credential) throws InterruptedException {
    ctx.deadline().check();
    Duration step = ctx.deadline().cap(ctx.politeness().readTimeout());
    if (step.isZero()) {
      throw new DeadlineExceededException(ctx.deadline().at());
    }
    long start = System.nanoTime();
    ConnectionGate.Permit permit = ctx.gate().open(service);
    TimedSocket socket;
    try {
      socket = TimedSocket.connect(ctx, service);
    } catch (IOException e) {
      permit.close();
      return LoginTrial.unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      permit.close();
      throw e;
    }
    try {
      TelnetClient client = TelnetClient.over(socket, TelnetClient.DEFAULT_SETTLE);
      LoginAttempt a = new TelnetLogin(LoginPrompts.defaults(), step, MAX_BYTES_PER_STEP)
          .attempt(client, credential.username(), credential.password());
      Duration elapsed = socket.sinceLastLine(start);
      Transcript t = TranscriptSecrets.scrub(a.transcript(), credential.password());
      if (t.lines().stream().noneMatch(l -> l.direction() == Transcript.Direction.SENT && !l.secret())) {
        passwordOnly = true;
      }
      LoginTrial trial = LoginTrial.of(result(a), detail(a), List.of(t), elapsed);
      boolean passwordSent = t.lines().stream().anyMatch(l -> l.direction() == Transcript.Direction.SENT && l.secret());
      return passwordSent ? trial : trial.withoutPasswordAsked();
    } catch (IOException e) {
      return LoginTrial.of(LoginTrial.Result.LOCKED, "connection broken during the login dialog: " + e.getMessage(),
          List.of(), Duration.ofNanos(System.nanoTime() - start));
    } finally {
      Duration wait = ctx.politeness().lingerAfterDeviceClosed();
      SessionEnding.inBackground(permit, () -> {
        try {
          return SessionEnd.halfCloseAndAwait(socket, wait);
        } finally {
          closeQuietly(socket);
        }
      });
    }
  }

  private static void closeQuietly(java.net.Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // the session is over either way
    }
  }

  private static String detail(LoginAttempt a) {
    String proof = a.proof().isBlank() ? "" : ": " + a.proof();
    return switch (a.outcome()) {
      case NO_LOGIN_PROMPT -> "no login prompt before the timeout" + proof;
      case UNDETERMINED -> "no recognisable answer after the password" + proof;
      default -> a.proof();
    };
  }

  private static LoginTrial.Result result(LoginAttempt a) {
    return switch (a.outcome()) {
      case ACCEPTED -> LoginTrial.Result.ACCEPTED;
      case REJECTED -> LoginTrial.Result.REJECTED;
      case LOCKED_OR_THROTTLED -> LoginTrial.Result.LOCKED;
      case SHELL_WITHOUT_LOGIN -> LoginTrial.Result.NO_AUTHENTICATION;
      case NO_LOGIN_PROMPT, UNDETERMINED -> LoginTrial.Result.UNDETERMINED;
    };
  }
}
