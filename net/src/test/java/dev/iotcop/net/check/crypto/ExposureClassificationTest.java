package dev.iotcop.net.check.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.net.proto.ftp.FtpFeatures;
import dev.iotcop.net.proto.ftp.FtpReply;
import dev.iotcop.net.proto.mqtt.ConnectResult;
import dev.iotcop.net.proto.mqtt.MqttPacket;
import dev.iotcop.net.proto.telnet.ReadResult;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The pure classification of what the telnet, FTP and MQTT probes saw. */
class ExposureClassificationTest {
  private static final Transcript EMPTY = new Transcript("ftp", List.of());
  private static final FtpReply BANNER = new FtpReply(220, List.of("220 (vsFTPd 3.0.3)"));
  private static final FtpFeatures PLAIN = new FtpFeatures(true, List.of("EPSV", "PASV", "SIZE"), List.of());
  private static final FtpFeatures WITH_TLS = new FtpFeatures(true, List.of("AUTH TLS", "PBSZ", "PROT"), List.of("TLS"));

  private static int loginIndex() {
    return 0;
  }

  private static int shellIndex() {
    return TelnetExposure.patterns().size() - 1;
  }

  @Test
  void telnetPromptsAndSilence() {
    Exposure login = TelnetExposure.classify(new ReadResult("HC2040 IP Camera\r\nipcam login: ", ReadResult.Stop.MATCHED,
        OptionalInt.of(loginIndex())));
    assertThat(login).isInstanceOfSatisfying(Exposure.CredentialsInClear.class, c -> {
      assertThat(c.suffix()).isEqualTo("fail.telnet-login");
      assertThat(c.confidence()).isEqualTo(Confidence.HIGH);
      Transcript t = (Transcript) c.evidence().getFirst();
      assertThat(t.lines()).extracting(Transcript.Line::text).contains("ipcam login:");
      assertThat(t.lines()).noneMatch(Transcript.Line::secret).noneMatch(l -> l.direction() == Transcript.Direction.SENT);
    });
    Exposure shell = TelnetExposure.classify(new ReadResult("BusyBox v1.35 built-in shell (ash)\n# ",
        ReadResult.Stop.MATCHED, OptionalInt.of(shellIndex())));
    assertThat(shell).isInstanceOfSatisfying(Exposure.CredentialsInClear.class,
        c -> assertThat(c.suffix()).isEqualTo("fail.telnet-shell"));
    Exposure other = TelnetExposure.classify(new ReadResult("Welcome\r\n", ReadResult.Stop.TIMEOUT, OptionalInt.empty()));
    assertThat(other).isInstanceOfSatisfying(Exposure.CredentialsInClear.class, c -> {
      assertThat(c.suffix()).isEqualTo("fail.telnet");
      assertThat(c.confidence()).isEqualTo(Confidence.MEDIUM);
    });
    assertThat(TelnetExposure.classify(new ReadResult("", ReadResult.Stop.CLOSED, OptionalInt.empty())))
        .isInstanceOfSatisfying(Exposure.Undetermined.class, u -> assertThat(u.reason()).contains("closed"));
    assertThat(TelnetExposure.classify(new ReadResult(" \r\n", ReadResult.Stop.TIMEOUT, OptionalInt.empty())))
        .isInstanceOf(Exposure.Undetermined.class);
  }

  @Test
  void telnetPatternsFindTheUsualPrompts() {
    assertThat(TelnetExposure.patterns().get(loginIndex()).matcher("ipcam-hc2040 login: ").find()).isTrue();
    assertThat(TelnetExposure.patterns().stream().anyMatch(p -> p.matcher("Password: ").find())).isTrue();
  }

  private static Exposure ftp(FtpFeatures features, FtpReply afterUser) {
    return FtpExposure.classify(BANNER, Optional.of(features), Optional.of(afterUser), EMPTY);
  }

  @Test
  void ftpPasswordRequestOnTheClearConnectionFailsEvenWhenTlsIsOffered() {
    FtpReply askPassword = new FtpReply(331, List.of("331 Please specify the password."));
    assertThat(ftp(PLAIN, askPassword)).isInstanceOfSatisfying(Exposure.CredentialsInClear.class, c -> {
      assertThat(c.suffix()).isEqualTo("fail.ftp-login");
      assertThat(c.confidence()).isEqualTo(Confidence.HIGH);
      assertThat(c.args()).containsExactly("220 (vsFTPd 3.0.3)");
    });
    assertThat(ftp(WITH_TLS, askPassword)).isInstanceOfSatisfying(Exposure.CredentialsInClear.class, c -> {
      assertThat(c.suffix()).isEqualTo("fail.ftp-login-tls-optional");
      assertThat(c.args()).containsExactly("220 (vsFTPd 3.0.3)", "TLS");
    });
  }

  @Test
  void ftpRefusalsAreToldApart() {
    assertThat(ftp(WITH_TLS, new FtpReply(530, List.of("530 Non-anonymous sessions must use encryption."))))
        .isInstanceOf(Exposure.EncryptionRequired.class);
    assertThat(ftp(WITH_TLS, new FtpReply(550, List.of("550 SSL/TLS required on the control channel"))))
        .isInstanceOf(Exposure.EncryptionRequired.class);
    assertThat(ftp(PLAIN, new FtpReply(530, List.of("530 This FTP server is anonymous only."))))
        .isInstanceOfSatisfying(Exposure.NoCredentials.class, n -> assertThat(n.suffix()).contains("info.ftp-no-login"));
    assertThat(ftp(PLAIN, new FtpReply(230, List.of("230 Login successful."))))
        .isInstanceOfSatisfying(Exposure.NoCredentials.class, n -> assertThat(n.suffix()).contains("info.ftp-no-password"));
    assertThat(ftp(PLAIN, new FtpReply(421, List.of("421 Too many connections"))))
        .isInstanceOf(Exposure.Undetermined.class);
    assertThat(ftp(PLAIN, new FtpReply(500, List.of("500 Unknown command."))))
        .isInstanceOf(Exposure.Undetermined.class);
    assertThat(FtpExposure.classify(new FtpReply(421, List.of("421 There are too many connected users")),
        Optional.empty(), Optional.empty(), EMPTY))
        .isInstanceOfSatisfying(Exposure.Undetermined.class, u -> assertThat(u.reason()).contains("busy"));
  }

  @Test
  void mqttConnackCodes() {
    assertThat(MqttExposure.classify(new ConnectResult.Acknowledged(new MqttPacket.Connack(false, 0)), "c"))
        .isInstanceOfSatisfying(Exposure.NoCredentials.class, n -> assertThat(n.suffix()).contains("info.mqtt-anonymous"));
    assertThat(MqttExposure.classify(new ConnectResult.Acknowledged(new MqttPacket.Connack(false, 4)), "c"))
        .isInstanceOfSatisfying(Exposure.CredentialsInClear.class, c -> {
          assertThat(c.confidence()).isEqualTo(Confidence.HIGH);
          assertThat(c.args()).containsExactly("BAD_USERNAME_OR_PASSWORD");
        });
    assertThat(MqttExposure.classify(new ConnectResult.Acknowledged(new MqttPacket.Connack(false, 5)), "c"))
        .isInstanceOfSatisfying(Exposure.CredentialsInClear.class,
            c -> assertThat(c.confidence()).isEqualTo(Confidence.MEDIUM));
    assertThat(MqttExposure.classify(new ConnectResult.Acknowledged(new MqttPacket.Connack(false, 3)), "c"))
        .isInstanceOf(Exposure.Undetermined.class);
    assertThat(MqttExposure.classify(new ConnectResult.ClosedWithoutConnack(), "c")).isInstanceOf(Exposure.Undetermined.class);
    assertThat(MqttExposure.classify(new ConnectResult.NoReply(), "c")).isInstanceOf(Exposure.Undetermined.class);
  }
}
