package dev.iotcop.net.check.surface;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.ConnectionGate;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.proto.ftp.FtpLoginResult;
import dev.iotcop.net.proto.ftp.FtpProbe;
import dev.iotcop.net.proto.ftp.FtpReplyException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** One anonymous FTP login (RFC 1635 convention: user {@code anonymous}, an e-mail-like password), inside the budget. */
final class AnonymousFtp {
  private AnonymousFtp() {}

  static Finding probe(CheckContext ctx, ServiceFact fact) throws InterruptedException {
    Subject.Service service = fact.service();
    Optional<String> refused = ctx.logins().reserve(service, FtpProbe.ANONYMOUS_USER);
    if (refused.isPresent()) {
      return inconclusive(service, refused.get());
    }
    // servers answer a refused login only after a deliberate delay (vsftpd and PAM together take about three
    // seconds), so the login reply gets twice the usual read time
    Duration timeout = ctx.deadline().cap(ctx.politeness().readTimeout().multipliedBy(2));
    try (ConnectionGate.Permit permit = ctx.gate().open(service)) {
      FtpProbe ftp = FtpProbe.connect(new InetSocketAddress(service.address(), service.port()), timeout);
      try {
        return anonymousLogin(ctx, service, ftp);
      } finally {
        if (ftp.quit(ctx.politeness().lingerAfterDeviceClosed())) {
          permit.deviceClosed();
        }
      }
    } catch (IOException e) {
      return inconclusive(service, "could not talk to the server: " + e.getMessage());
    } catch (FtpReplyException e) {
      return inconclusive(service, "the server did not answer like FTP: " + e.getMessage());
    }
  }

  private static Finding anonymousLogin(CheckContext ctx, Subject.Service service, FtpProbe ftp)
      throws IOException, FtpReplyException, InterruptedException {
    ctx.deadline().check();
    if (ftp.banner().code() == 421 || !ftp.isOpen()) {
      return inconclusive(service, "the server turned the session away: " + ftp.banner().text());
    }
    FtpLoginResult result = ftp.anonymousLogin();
    boolean accepted = result.outcome() == dev.iotcop.net.proto.ftp.FtpLoginOutcome.ACCEPTED;
    ctx.logins().record(service, FtpProbe.ANONYMOUS_USER, accepted);
    return switch (result.outcome()) {
      case ACCEPTED -> UnauthenticatedAccessCheck.finding(Outcome.FAIL, Confidence.HIGH, service, "ftp.anonymous",
          List.of(service.endpoint(), result.reply().text()), List.of(ftp.transcript()));
      case REJECTED -> UnauthenticatedAccessCheck.finding(Outcome.PASS, Confidence.HIGH, service, "ftp.refused",
          List.of(service.endpoint(), result.reply().text()), List.of(ftp.transcript()));
      case TOO_MANY_CONNECTIONS -> inconclusive(service, "the server is busy (421): " + result.reply().text());
      case CLOSED -> inconclusive(service, "the server closed the connection without a reply to the login");
      case NEEDS_ACCOUNT -> inconclusive(service, "the server asks for an account (332) as well");
      case UNEXPECTED -> inconclusive(service, "unexpected reply " + result.reply().code() + ": " + result.reply().text());
    };
  }

  private static Finding inconclusive(Subject.Service service, String reason) {
    return UnauthenticatedAccessCheck.finding(Outcome.INCONCLUSIVE, Confidence.HIGH, service, "ftp.inconclusive",
        List.of(service.endpoint(), reason), List.of(Observation.of("reason", reason)));
  }
}
