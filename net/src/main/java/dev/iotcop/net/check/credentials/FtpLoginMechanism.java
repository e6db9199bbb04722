package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.ConnectionGate;
import dev.iotcop.engine.check.DeadlineExceededException;
import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.net.proto.ftp.FtpLoginResult;
import dev.iotcop.net.proto.ftp.FtpProbe;
import dev.iotcop.net.proto.ftp.FtpReplyException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;

/**
 * One USER/PASS exchange per FTP control connection, through {@link FtpProbe}; the session ends with QUIT, and when the
 * server closes its end the session's place is given back sooner (see {@link SessionEnding}).
 */
final class FtpLoginMechanism implements LoginMechanism {
  static final String NAME = "ftp";

  private final Subject.Service service;

  FtpLoginMechanism(Subject.Service service) {
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

  @Override
  public LoginTrial attempt(CheckContext ctx, Credential credential) throws InterruptedException {
    ctx.deadline().check();
    Duration timeout = ctx.deadline().cap(ctx.politeness().readTimeout());
    if (timeout.isZero()) {
      throw new DeadlineExceededException(ctx.deadline().at());
    }
    ConnectionGate.Permit permit = ctx.gate().open(service);
    FtpProbe probe;
    try {
      probe = FtpProbe.connect(new InetSocketAddress(service.address(), service.port()), timeout);
    } catch (IOException e) {
      permit.close();
      return LoginTrial.unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (FtpReplyException e) {
      permit.close();
      return LoginTrial.of(LoginTrial.Result.UNDETERMINED, e.getMessage(), List.of(), Duration.ZERO);
    } catch (RuntimeException e) {
      permit.close();
      throw e;
    }
    try {
      if (probe.banner().code() == 421) {
        return LoginTrial.of(LoginTrial.Result.LOCKED, "banner " + probe.banner().text(), List.of(probe.transcript()),
            Duration.ZERO);
      }
      if (!probe.isOpen() || probe.banner().code() / 100 != 2) {
        return LoginTrial.of(LoginTrial.Result.UNDETERMINED, "no usable banner: " + probe.banner().text(),
            List.of(probe.transcript()), Duration.ZERO);
      }
      long start = System.nanoTime();
      FtpLoginResult r = probe.login(credential.username(), credential.password());
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      String detail = r.reply().code() == 0 ? "connection closed without a reply" : r.reply().text();
      List<dev.iotcop.engine.evidence.Evidence> evidence =
          TranscriptSecrets.scrub(List.of(probe.transcript()), credential.password());
      LoginTrial.Result result = switch (r.outcome()) {
        case ACCEPTED -> LoginTrial.Result.ACCEPTED;
        case REJECTED -> LoginTrial.Result.REJECTED;
        case TOO_MANY_CONNECTIONS, CLOSED -> LoginTrial.Result.LOCKED;
        case NEEDS_ACCOUNT, UNEXPECTED -> LoginTrial.Result.UNDETERMINED;
      };
      LoginTrial trial = LoginTrial.of(result, detail, evidence, elapsed);
      boolean passSent = probe.transcript().lines().stream()
          .anyMatch(l -> l.direction() == Transcript.Direction.SENT && l.text().startsWith("PASS"));
      return passSent ? trial : trial.withoutPasswordAsked();
    } catch (SocketTimeoutException e) {
      return LoginTrial.of(LoginTrial.Result.UNDETERMINED, "no reply within " + timeout.toMillis() + " ms",
          List.of(probe.transcript()), timeout);
    } catch (IOException e) {
      return LoginTrial.of(LoginTrial.Result.LOCKED, "connection broken during login: " + e.getMessage(),
          List.of(probe.transcript()), Duration.ZERO);
    } catch (FtpReplyException e) {
      return LoginTrial.of(LoginTrial.Result.UNDETERMINED, e.getMessage(), List.of(probe.transcript()), Duration.ZERO);
    } finally {
      Duration wait = ctx.politeness().lingerAfterDeviceClosed();
      SessionEnding.inBackground(permit, () -> probe.quit(wait));
    }
  }
}
