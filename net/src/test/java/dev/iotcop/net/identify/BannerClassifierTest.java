package dev.iotcop.net.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BannerClassifierTest {
  static Identification classify(String s) {
    return BannerClassifier.classify(s.getBytes(StandardCharsets.ISO_8859_1)).orElseThrow();
  }

  @Test
  void recognisesServerFirstProtocols() {
    Identification ssh = classify("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n");
    assertThat(ssh.protocol()).isEqualTo("ssh");
    assertThat(ssh.product()).isEqualTo("OpenSSH");
    assertThat(ssh.version()).isEqualTo("9.2p1");
    assertThat(classify("SSH-2.0-dropbear_2022.83\r\n").product()).isEqualTo("dropbear");
    Identification ftp = classify("220 (vsFTPd 3.0.3)\r\n");
    assertThat(ftp.protocol()).isEqualTo("ftp");
    assertThat(ftp.product()).isEqualTo("vsftpd");
    assertThat(ftp.version()).isEqualTo("3.0.3");
    assertThat(classify("220 mail.example ESMTP Postfix\r\n").protocol()).isEqualTo("smtp");
    assertThat(classify("\u00ff\u00fb\u0001\u00ff\u00fb\u0003\r\ncam login: ").protocol()).isEqualTo("telnet");
    assertThat(classify("\r\nDVR login: ").protocol()).isEqualTo("telnet");
    assertThat(classify("RFB 003.008\n").protocol()).isEqualTo("vnc");
    assertThat(classify("hello there\r\n").protocol()).isEqualTo("unknown");
    assertThat(BannerClassifier.classify(new byte[0])).isEmpty();
  }

  @Property
  void anyBytesGiveAnIdentificationWithoutThrowing(@ForAll byte[] bytes) {
    if (bytes.length > 0) {
      assertThat(BannerClassifier.classify(bytes)).isPresent();
      assertThat(BannerClassifier.classify(bytes).get().banner().length()).isLessThanOrEqualTo(512);
    }
  }
}
