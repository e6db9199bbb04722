package dev.iotcop.net.proto.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.net.proto.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Identification and KEXINIT bytes captured between OpenSSH 9.2 ssh and sshd on the loopback interface. */
class SshCapturedBytesTest {
  private static byte[] fixture(String name) {
    return Fixtures.bytes(SshCapturedBytesTest.class, name);
  }

  @Test
  void serverIdentificationAndKexInitFromOpenssh() throws Exception {
    InputStream in = new ByteArrayInputStream(fixture("openssh-9.2.server.bin"));
    SshIdentification id = SshIdentification.read(in);
    assertThat(id.protocolVersion()).isEqualTo("2.0");
    assertThat(id.softwareVersion()).isEqualTo("OpenSSH_9.2p1");
    assertThat(id.comments()).contains("Debian-2+deb12u10");
    assertThat(id.preamble()).isEmpty();

    SshPacket packet = SshPacket.read(in);
    assertThat(packet.messageType()).isEqualTo(SshPacket.MSG_KEXINIT);
    KexInit kex = KexInit.decode(packet.payload().toByteArray());
    assertThat(kex.encode()).isEqualTo(packet.payload().toByteArray());
    assertThat(kex.kexAlgorithms()).startsWith("sntrup761x25519-sha512")
        .contains("curve25519-sha256", "diffie-hellman-group14-sha1", "diffie-hellman-group1-sha1");
    assertThat(kex.serverHostKeyAlgorithms()).containsExactly("ecdsa-sha2-nistp256", "rsa-sha2-512", "rsa-sha2-256",
        "ssh-rsa");
    assertThat(kex.encryptionClientToServer()).contains("aes128-cbc", "3des-cbc");
    assertThat(kex.macServerToClient()).endsWith("hmac-sha1", "hmac-md5");
    assertThat(kex.compressionServerToClient()).containsExactly("none", "zlib@openssh.com");
    assertThat(kex.languagesClientToServer()).isEmpty();
    assertThat(kex.firstKexPacketFollows()).isFalse();

    List<WeakSshAlgorithm> weak = SshAlgorithmClassifier.load().weakIn(kex);
    assertThat(weak).extracting(WeakSshAlgorithm::name).containsExactlyInAnyOrder(
        "diffie-hellman-group14-sha1", "diffie-hellman-group1-sha1", "ssh-rsa", "aes128-cbc", "3des-cbc",
        "umac-64-etm@openssh.com", "umac-64@openssh.com", "hmac-sha1", "hmac-md5");
    assertThat(weak).noneMatch(w -> w.name().equals("hmac-sha1-etm@openssh.com"));
  }

  @Test
  void clientKexInitFromOpensshRoundTrips() throws Exception {
    InputStream in = new ByteArrayInputStream(fixture("openssh-9.2.client.bin"));
    SshIdentification id = SshIdentification.read(in);
    assertThat(id.softwareVersion()).isEqualTo("OpenSSH_9.2p1");
    SshPacket packet = SshPacket.read(in);
    KexInit kex = KexInit.decode(packet.payload().toByteArray());
    assertThat(kex.encode()).isEqualTo(packet.payload().toByteArray());
    assertThat(kex.kexAlgorithms()).contains("ext-info-c");
  }

  @Test
  void proberConversationOverCapturedServerBytes() throws Exception {
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    SshProbeOutcome outcome = SshProber.converse(new ByteArrayInputStream(fixture("openssh-9.2.server.bin")), sent,
        new SecureRandom());
    assertThat(outcome).isInstanceOfSatisfying(SshProbeOutcome.Offered.class,
        o -> assertThat(o.kexInit().serverHostKeyAlgorithms()).contains("ssh-rsa"));
    SshPacket ours = SshPacket.read(new ByteArrayInputStream(sent.toByteArray()));
    assertThat(KexInit.decode(ours.payload().toByteArray()).kexAlgorithms()).contains("curve25519-sha256");
  }

  @Test
  void linesBeforeTheIdentificationAreKept() throws Exception {
    byte[] data = "Welcome to the router\r\nauthorised use only\nSSH-1.99-Cisco-1.25\r\n".getBytes(StandardCharsets.US_ASCII);
    SshIdentification id = SshIdentification.read(data);
    assertThat(id.preamble()).containsExactly("Welcome to the router", "authorised use only");
    assertThat(id.protocolVersion()).isEqualTo("1.99");
    assertThat(id.softwareVersion()).isEqualTo("Cisco-1.25");
    assertThat(id.speaksSsh2()).isTrue();
  }

  @Test
  void boundsAreEnforced() {
    String many = "x\n".repeat(SshIdentification.MAX_PREAMBLE_LINES + 1) + "SSH-2.0-late\r\n";
    assertThatThrownBy(() -> SshIdentification.read(many.getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(SshProtocolException.class).hasMessageContaining("within");
    String longLine = "SSH-2.0-" + "a".repeat(300) + "\r\n";
    assertThatThrownBy(() -> SshIdentification.read(longLine.getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(SshProtocolException.class).hasMessageContaining("longer");
    byte[] hugePacket = {0x7F, 0, 0, 0, 4};
    assertThatThrownBy(() -> SshPacket.decode(hugePacket)).isInstanceOf(SshProtocolException.class);
  }

  @Test
  void sshOneServerIsIdentifiedButNotProbedFurther() throws Exception {
    byte[] data = "SSH-1.5-OldServer\n".getBytes(StandardCharsets.US_ASCII);
    SshProbeOutcome o = SshProber.converse(new ByteArrayInputStream(data), new ByteArrayOutputStream(),
        new SecureRandom());
    assertThat(o).isInstanceOf(SshProbeOutcome.IdentifiedOnly.class);
    assertThat(o.summary()).contains("1.5");
  }

  @Test
  void httpServerIsNotSsh() throws Exception {
    byte[] data = "HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(SshProber.converse(new ByteArrayInputStream(data), new ByteArrayOutputStream(), new SecureRandom()))
        .isInstanceOf(SshProbeOutcome.NotSsh.class);
  }

  @Test
  void identificationEncodesWithCrLf() {
    SshIdentification id = new SshIdentification("2.0", "iotcop_probe", Optional.empty(), List.of());
    assertThat(new String(id.encode(), StandardCharsets.US_ASCII)).isEqualTo("SSH-2.0-iotcop_probe\r\n");
  }
}
