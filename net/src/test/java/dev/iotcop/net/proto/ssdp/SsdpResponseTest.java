package dev.iotcop.net.proto.ssdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.net.proto.TestDaemon;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SsdpResponseTest {
  // a reply in the form MiniUPnPd sends to M-SEARCH (values are the test's own)
  private static final String ROOT_DEVICE_REPLY = "HTTP/1.1 200 OK\r\n"
      + "CACHE-CONTROL: max-age=120\r\n"
      + "ST: upnp:rootdevice\r\n"
      + "USN: uuid:11111111-2222-3333-4444-555555555555::upnp:rootdevice\r\n"
      + "EXT:\r\n"
      + "SERVER: Debian/12 UPnP/1.1 MiniUPnPd/2.3.1\r\n"
      + "LOCATION: http://127.0.0.1:49152/rootDesc.xml\r\n"
      + "OPT: \"http://schemas.upnp.org/upnp/1/0/\"; ns=01\r\n"
      + "01-NLS: 1\r\n"
      + "BOOTID.UPNP.ORG: 1\r\n"
      + "CONFIGID.UPNP.ORG: 1337\r\n"
      + "\r\n";

  @Test
  void readsTheHeadersChecksUse() throws SsdpFormatException {
    SsdpResponse response = SsdpResponse.parse(ROOT_DEVICE_REPLY.getBytes(StandardCharsets.US_ASCII));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.location()).contains(URI.create("http://127.0.0.1:49152/rootDesc.xml"));
    assertThat(response.server()).contains("Debian/12 UPnP/1.1 MiniUPnPd/2.3.1");
    assertThat(response.searchTarget()).contains(MSearch.ROOT_DEVICE);
    assertThat(response.uniqueServiceName()).get().asString().startsWith("uuid:1111");
    assertThat(response.maxAge()).contains(Duration.ofSeconds(120));
    assertThat(response.header("ext")).contains("");
  }

  @Test
  void unusableLocationsAreNotOffered() throws SsdpFormatException {
    for (String location : List.of("file:///etc/passwd", "/rootDesc.xml", "http://[bad", "gopher://127.0.0.1/")) {
      String reply = "HTTP/1.1 200 OK\r\nLOCATION: " + location + "\r\n\r\n";
      assertThat(SsdpResponse.parse(reply.getBytes(StandardCharsets.US_ASCII)).location()).as(location).isEmpty();
    }
  }

  @Test
  void searchRequestsAreWellFormed() {
    String unicast = new String(MSearch.unicast(new InetSocketAddress(TestDaemon.LOOPBACK, 1900), MSearch.ALL).toBytes(),
        StandardCharsets.US_ASCII);
    assertThat(unicast).isEqualTo("M-SEARCH * HTTP/1.1\r\nHOST: 127.0.0.1:1900\r\nMAN: \"ssdp:discover\"\r\n"
        + "ST: ssdp:all\r\nUSER-AGENT: iotcop/1 UPnP/1.1 iotcop/1\r\n\r\n");
    String multicast = new String(MSearch.multicast(MSearch.ROOT_DEVICE, 2).toBytes(), StandardCharsets.US_ASCII);
    assertThat(multicast).contains("HOST: 239.255.255.250:1900\r\n", "MX: 2\r\n", "ST: upnp:rootdevice\r\n");
    assertThatThrownBy(() -> MSearch.unicast(new InetSocketAddress(TestDaemon.LOOPBACK, 1900), "x\r\nEVIL: 1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesWhatIsNotAReply() {
    assertThatThrownBy(() -> SsdpResponse.parse("NOTIFY * HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(SsdpFormatException.class);
    assertThatThrownBy(() -> SsdpResponse.parse("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(SsdpFormatException.class);
    byte[] tooManyHeaders = ("HTTP/1.1 200 OK\r\n" + "A: b\r\n".repeat(65)).getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> SsdpResponse.parse(tooManyHeaders))
        .isInstanceOf(SsdpFormatException.class).hasMessageContaining("headers");
  }

  @Property(tries = 2000)
  void arbitraryBytesParseOrFailCleanly(@ForAll @Size(max = 400) byte[] bytes) {
    try {
      assertThat(SsdpResponse.parse(bytes).status()).isBetween(0, 999);
    } catch (SsdpFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Property(tries = 500)
  void headerValuesComeBackAsSent(@ForAll("headerValue") String location, @ForAll("headerValue") String server) throws Exception {
    String reply = "HTTP/1.1 200 OK\r\nserver: " + server + "\r\nLocation: " + location + "\r\n\r\n";
    SsdpResponse response = SsdpResponse.parse(reply.getBytes(StandardCharsets.UTF_8));
    assertThat(response.server()).contains(server.strip());
    assertThat(response.header("LOCATION")).contains(location.strip());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> headerValue() {
    return net.jqwik.api.Arbitraries.strings().withCharRange(' ', '~').withChars('é', 'ü').ofMaxLength(60);
  }

  @Test
  @Timeout(10)
  void clientSendsAUnicastSearchAndKeepsOnlyParsableReplies() throws Exception {
    try (DatagramSocket device = new DatagramSocket(new InetSocketAddress(TestDaemon.LOOPBACK, 0))) {
      AtomicReference<String> asked = new AtomicReference<>();
      Thread responder = Thread.ofVirtual().start(() -> {
        try {
          byte[] buffer = new byte[2048];
          DatagramPacket request = new DatagramPacket(buffer, buffer.length);
          device.receive(request);
          asked.set(new String(buffer, 0, request.getLength(), StandardCharsets.US_ASCII));
          for (String reply : List.of("garbage", ROOT_DEVICE_REPLY, ROOT_DEVICE_REPLY.replace("upnp:rootdevice",
              "urn:schemas-upnp-org:device:InternetGatewayDevice:1"))) {
            byte[] bytes = reply.getBytes(StandardCharsets.US_ASCII);
            device.send(new DatagramPacket(bytes, bytes.length, request.getSocketAddress()));
          }
        } catch (IOException ignored) {
          // the client side asserts
        }
      });
      List<SsdpResponse> responses = new SsdpClient(Duration.ofMillis(800), 10)
          .search(new InetSocketAddress(TestDaemon.LOOPBACK, device.getLocalPort()), MSearch.ALL);
      responder.join(2000);
      assertThat(asked.get()).startsWith("M-SEARCH * HTTP/1.1\r\n").contains("ST: ssdp:all\r\n");
      assertThat(responses).hasSize(2).allSatisfy(r -> assertThat(r.location()).isPresent());
    }
  }
}
