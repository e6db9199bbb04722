package dev.iotcop.net.proto.ssdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.net.proto.TestBytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceDescriptionTest {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsIdentityServicesAndEmbeddedDevices() throws SsdpFormatException {
    DeviceDescription description = DeviceDescription.parse(TestBytes.resource(getClass(), "gateway-description.xml"));
    assertThat(description.urlBase()).contains("http://127.0.0.1:49152/");
    UpnpDevice root = description.root();
    assertThat(root.friendlyName()).contains("Example Home Gateway");
    assertThat(root.manufacturer()).contains("Example Networks");
    assertThat(root.modelName()).contains("HG-200");
    assertThat(root.modelNumber()).contains("200-B");
    assertThat(root.serialNumber()).contains("SN0042");
    assertThat(root.udn()).contains("uuid:11111111-2222-3333-4444-555555555555");
    assertThat(root.services()).extracting(UpnpService::controlUrl).containsExactly("/ctl/L3F");
    UpnpDevice connection = root.embeddedDevices().getFirst().embeddedDevices().getFirst();
    assertThat(connection.services()).singleElement().satisfies(s -> {
      assertThat(s.serviceType()).isEqualTo("urn:schemas-upnp-org:service:WANIPConnection:1");
      assertThat(s.controlUrl()).isEqualTo("/ctl/IPConn");
    });
  }

  @Test
  void externalEntitiesAreNeverResolved(@TempDir Path directory) throws Exception {
    Path secret = directory.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE root [<!ENTITY leak SYSTEM "%s">]>
        <root xmlns="urn:schemas-upnp-org:device-1-0"><device><friendlyName>&leak;</friendlyName></device></root>
        """.formatted(secret.toUri());
    assertThatThrownBy(() -> DeviceDescription.parse(utf8(xxe))).isInstanceOf(SsdpFormatException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void entityExpansionAndOversizeAndDeepNestingAreRefused() {
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE root [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
        + "<root><device><friendlyName>&b;&b;&b;</friendlyName></device></root>";
    assertThatThrownBy(() -> DeviceDescription.parse(utf8(laughs))).isInstanceOf(SsdpFormatException.class);
    assertThatThrownBy(() -> DeviceDescription.parse(new byte[DeviceDescription.MAX_BYTES + 1]))
        .isInstanceOf(SsdpFormatException.class).hasMessageContaining("exceeds");
    String deep = "<root><device>" + "<x>".repeat(200) + "</x>".repeat(200) + "</device></root>";
    assertThatThrownBy(() -> DeviceDescription.parse(utf8(deep))).isInstanceOf(SsdpFormatException.class);
    String nested = "<root>" + "<device><deviceList>".repeat(10) + "</deviceList></device>".repeat(10) + "</root>";
    assertThatThrownBy(() -> DeviceDescription.parse(utf8(nested))).isInstanceOf(SsdpFormatException.class)
        .hasMessageContaining("nested");
  }

  @Property
  void generatedDescriptionsGiveBackTheirValues(@ForAll("texts") String name, @ForAll("texts") String model,
      @ForAll("texts") String serial, @ForAll @Size(max = 5) List<@net.jqwik.api.From("paths") String> controls)
      throws SsdpFormatException {
    StringBuilder xml = new StringBuilder("<root xmlns=\"urn:schemas-upnp-org:device-1-0\"><device>")
        .append("<friendlyName>").append(escape(name)).append("</friendlyName>")
        .append("<modelName>").append(escape(model)).append("</modelName>")
        .append("<serialNumber>").append(escape(serial)).append("</serialNumber><serviceList>");
    controls.forEach(c -> xml.append("<service><controlURL>").append(escape(c)).append("</controlURL></service>"));
    xml.append("</serviceList></device></root>");
    UpnpDevice device = DeviceDescription.parse(utf8(xml.toString())).root();
    assertThat(device.friendlyName()).isEqualTo(java.util.Optional.of(name.strip()).filter(s -> !s.isEmpty()));
    assertThat(device.modelName()).isEqualTo(java.util.Optional.of(model.strip()).filter(s -> !s.isEmpty()));
    assertThat(device.serialNumber()).isEqualTo(java.util.Optional.of(serial.strip()).filter(s -> !s.isEmpty()));
    assertThat(device.services()).extracting(UpnpService::controlUrl).containsExactlyElementsOf(controls);
  }

  @Property(tries = 1000)
  void arbitraryInputGivesADescriptionOrTheDeclaredFailure(@ForAll("xmlish") String text) {
    try {
      assertThat(DeviceDescription.parse(utf8(text)).root()).isNotNull();
    } catch (SsdpFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().alpha().numeric().withChars(" <>&\"'-_.").ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.strings().alpha().numeric().withChars("/_-.").ofMinLength(1).ofMaxLength(20);
  }

  @Provide
  Arbitrary<String> xmlish() {
    Arbitrary<String> pieces = Arbitraries.of("<root>", "</root>", "<device>", "</device>", "<deviceList>",
        "</deviceList>", "<friendlyName>", "</friendlyName>", "<!DOCTYPE x>", "&amp;", "&x;", "<![CDATA[", "]]>",
        "<?xml version=\"1.0\"?>", "x", "<", ">", "\u0000", "<serviceList><service>", "</service></serviceList>");
    return Arbitraries.oneOf(pieces.list().ofMaxSize(30).map(l -> String.join("", l)), Arbitraries.strings().ofMaxLength(80));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
