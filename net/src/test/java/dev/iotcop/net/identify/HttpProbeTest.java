package dev.iotcop.net.identify;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HttpProbeTest {
  @Test
  void serverHeaderProductSkipsOperatingSystemAndUpnpTokens() {
    assertThat(HttpProbe.productToken("Debian/6.18.44-fc-v657 UPnP/1.1 MiniUPnPd/2.3.1")).isEqualTo("MiniUPnPd/2.3.1");
    assertThat(HttpProbe.productToken("lighttpd/1.4.69")).isEqualTo("lighttpd/1.4.69");
    assertThat(HttpProbe.productToken("nginx")).isEqualTo("nginx");
    assertThat(HttpProbe.productToken("Linux UPnP/1.0")).isEqualTo("Linux");
    assertThat(HttpProbe.productToken("")).isEqualTo("");
  }

  @Property
  void anyHeaderGivesOneOfItsTokens(@ForAll String header) {
    String t = HttpProbe.productToken(header);
    assertThat(header.strip()).contains(t);
  }
}
