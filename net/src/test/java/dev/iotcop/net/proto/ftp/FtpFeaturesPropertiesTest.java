package dev.iotcop.net.proto.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FtpFeaturesPropertiesTest {

  @Property
  void anyReplyGivesBoundedFeatures(@ForAll @IntRange(min = 0, max = 999) int code,
      @ForAll @Size(max = 300) List<String> lines) {
    FtpFeatures features = FtpFeatures.fromReply(new FtpReply(code, lines));
    assertThat(features.featSupported()).isEqualTo(code == 211);
    assertThat(features.features()).hasSizeLessThanOrEqualTo(200).allSatisfy(f -> assertThat(f).hasSizeLessThanOrEqualTo(200));
  }

  @Property
  void anAuthTlsLineAnywhereAmongTheFeaturesIsFound(@ForAll @Size(max = 20) List<@IntRange(max = 9) Integer> noise,
      @ForAll @IntRange(max = 20) int position) {
    List<String> lines = new ArrayList<>();
    lines.add("211-Features:");
    noise.forEach(n -> lines.add(" SIZE" + n));
    lines.add(Math.min(position, lines.size() - 1) + 1, " AUTH TLS");
    lines.add("211 End");
    assertThat(FtpFeatures.fromReply(new FtpReply(211, lines)).authTls()).isTrue();
  }

  @Test
  void vsftpdFeatReplies() {
    // captured from vsftpd 3.0 on 127.0.0.1, without and with ssl_enable
    FtpFeatures plain = FtpFeatures.fromReply(new FtpReply(211, List.of("211-Features:", " EPRT", " EPSV", " MDTM",
        " PASV", " REST STREAM", " SIZE", " TVFS", "211 End")));
    assertThat(plain.authTls()).isFalse();
    assertThat(plain.features()).contains("REST STREAM", "EPSV");
    FtpFeatures tls = FtpFeatures.fromReply(new FtpReply(211, List.of("211-Features:", " AUTH TLS", " EPRT", " PBSZ",
        " PROT", "211 End")));
    assertThat(tls.authTls()).isTrue();
    assertThat(tls.authMechanisms()).containsExactly("TLS");
    assertThat(FtpFeatures.fromReply(new FtpReply(500, List.of("500 Unknown command."))).featSupported()).isFalse();
  }
}
