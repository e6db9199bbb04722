package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.net.check.NetworkChecks;
import dev.iotcop.net.proto.DeadlineInputStream;
import dev.iotcop.net.proto.ftp.FtpFeatures;
import dev.iotcop.net.proto.ftp.FtpReply;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Asks a clear-text FTP server whether it would take a password without encryption, without sending one: the banner,
 * FEAT (to see whether AUTH TLS is offered), then USER with an invented name, then QUIT. Servers ask for the password
 * of any name (331) so as not to reveal which accounts exist; servers that insist on TLS refuse the USER command.
 *
 * <p>Decisions: a password request on the clear connection is a FAIL with high confidence, even when AUTH TLS is
 * offered, because the server lets any client that does not ask for TLS send its password in clear; the message says
 * that TLS is available but optional. A refusal that demands encryption counts as an encrypted login. A plain
 * refusal (anonymous-only servers, user lists) shows no clear-text login for the name tried and is reported as INFO,
 * since the server may still take listed accounts in clear: that cannot be shown without a real name.
 */
final class FtpExposure {
  private static final Pattern DEMANDS_TLS =
      Pattern.compile("tls|ssl|encrypt|cleartext|clear-text|clear text|secure", Pattern.CASE_INSENSITIVE);

  private FtpExposure() {}

  static Exposure examine(CheckContext ctx, Subject.Service service) throws InterruptedException {
    ctx.deadline().check();
    FtpControlDialog dialog = null;
    try (NetworkChecks.Session s = NetworkChecks.open(ctx, service)) {
      Duration budget = DeadlineInputStream.budgetFor(Duration.ofMillis(NetworkChecks.readTimeoutMillis(ctx)));
      dialog = new FtpControlDialog(new DeadlineInputStream(new BufferedInputStream(s.socket().getInputStream()), budget),
          s.socket().getOutputStream());
      FtpReply banner = dialog.read();
      if (banner.code() / 100 != 2) {
        return classify(banner, Optional.empty(), Optional.empty(), dialog.transcript());
      }
      ctx.deadline().check();
      FtpFeatures features = FtpFeatures.fromReply(dialog.command("FEAT"));
      ctx.deadline().check();
      FtpReply afterUser = dialog.command("USER " + InventedNames.next());
      try {
        dialog.command("QUIT");
      } catch (IOException ignored) {
        // the answer to USER is what matters; a server that hangs up on QUIT changes nothing
      }
      return classify(banner, Optional.of(features), Optional.of(afterUser), dialog.transcript());
    } catch (IOException e) {
      List<Evidence> evidence = dialog == null ? List.of() : List.of(dialog.transcript());
      return new Exposure.Undetermined(e.getClass().getSimpleName() + ": " + e.getMessage(), evidence);
    }
  }

  /** A pure function of the replies. */
  static Exposure classify(FtpReply banner, Optional<FtpFeatures> features, Optional<FtpReply> afterUser,
      Transcript transcript) {
    List<Evidence> evidence = List.of(transcript);
    String bannerLine = banner.lines().isEmpty() ? "" : banner.lines().getFirst();
    if (afterUser.isEmpty() || features.isEmpty()) {
      return new Exposure.Undetermined(banner.code() == 421 ? "the server is busy: " + bannerLine
          : "unexpected banner: " + bannerLine, evidence);
    }
    FtpReply user = afterUser.get();
    String userLine = user.lines().isEmpty() ? "" : user.lines().getLast();
    boolean tlsOffered = features.get().authTls();
    return switch (user.code()) {
      case 331, 332 -> tlsOffered
          ? new Exposure.CredentialsInClear("fail.ftp-login-tls-optional", Confidence.HIGH,
              List.of(bannerLine, String.join(", ", features.get().authMechanisms())), evidence)
          : new Exposure.CredentialsInClear("fail.ftp-login", Confidence.HIGH, List.of(bannerLine), evidence);
      case 230 -> new Exposure.NoCredentials(Optional.of("info.ftp-no-password"), List.of(userLine), evidence);
      case 421 -> new Exposure.Undetermined("the server is busy: " + userLine, evidence);
      default -> {
        if (user.code() >= 400 && user.code() < 600 && DEMANDS_TLS.matcher(user.text()).find()) {
          yield new Exposure.EncryptionRequired("info.ftp-tls-required", List.of(userLine), evidence);
        }
        if (user.code() == 530) {
          yield new Exposure.NoCredentials(Optional.of("info.ftp-no-login"), List.of(userLine), evidence);
        }
        yield new Exposure.Undetermined("unexpected answer to USER: " + userLine, evidence);
      }
    };
  }
}
