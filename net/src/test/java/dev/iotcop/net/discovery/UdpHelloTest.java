package dev.iotcop.net.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.net.identify.Identification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class UdpHelloTest {
  @Test
  void theUsualHelloOfAPortGoesFirstAndTheOthersFollow() {
    UdpHellos hellos = new UdpHellos(UdpHellos.standard(), Duration.ofMillis(10), 1);
    assertThat(hellos.order(161)).extracting(UdpHello::protocol).containsExactly("snmp", "ssdp", "mdns", "coap", "tftp");
    assertThat(hellos.order(5683)).extracting(UdpHello::protocol).containsExactly("coap", "snmp", "ssdp", "mdns", "tftp");
    assertThat(hellos.order(69)).extracting(UdpHello::protocol).first().isEqualTo("tftp");
    assertThat(hellos.order(40000)).extracting(UdpHello::protocol).containsExactly("snmp", "ssdp", "mdns", "coap", "tftp");
  }

  @Test
  void serverHeaderGivesTheProductToken() {
    assertThat(SsdpHello.ServerToken.last("Linux/5.10 UPnP/1.0 MiniUPnPd/2.3.3"))
        .isEqualTo(new SsdpHello.ServerToken("MiniUPnPd", "2.3.3"));
    assertThat(SsdpHello.ServerToken.last("Debian/12 UPnP/1.1 camera-httpd/4.2.1,"))
        .isEqualTo(new SsdpHello.ServerToken("camera-httpd", "4.2.1"));
    assertThat(SsdpHello.ServerToken.last("UPnP/1.0")).isEqualTo(new SsdpHello.ServerToken("", ""));
    assertThat(SsdpHello.ServerToken.last("")).isEqualTo(new SsdpHello.ServerToken("", ""));
  }

  @Property
  void serverTokenNeverFails(@ForAll String header) {
    SsdpHello.ServerToken token = SsdpHello.ServerToken.last(header);
    assertThat(header).contains(token.name());
  }

  @Test
  void tftpErrorAndDataRepliesAreRecognised() {
    byte[] error = TftpHello.error(1, "File not found");
    assertThat(TftpHello.classify(error, error.length)).get().extracting(Identification::banner)
        .isEqualTo("TFTP error 1: File not found");
    byte[] data = {0, 3, 0, 1, 'h', 'i'};
    assertThat(TftpHello.classify(data, data.length)).get().extracting(i -> i.attributes().get("tftp.reply"))
        .isEqualTo("data");
    byte[] request = TftpHello.readRequest("x");
    assertThat(TftpHello.classify(request, request.length)).isEmpty();
    byte[] unterminated = "\0\5\0\1no end".getBytes(StandardCharsets.US_ASCII);
    assertThat(TftpHello.classify(unterminated, unterminated.length)).isEmpty();
  }

  @Property(tries = 2000)
  void tftpClassificationNeverFails(@ForAll @Size(max = 80) byte[] datagram) {
    Optional<Identification> id = TftpHello.classify(datagram, datagram.length);
    id.ifPresent(i -> assertThat(i.protocol()).isEqualTo("tftp"));
  }
}
