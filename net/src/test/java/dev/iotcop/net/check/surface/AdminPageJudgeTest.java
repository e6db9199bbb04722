package dev.iotcop.net.check.surface;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Confidence;
import dev.iotcop.net.proto.Octets;
import dev.iotcop.net.proto.http.HttpHeader;
import dev.iotcop.net.proto.http.HttpHeaders;
import dev.iotcop.net.proto.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AdminPageJudgeTest {
  private static final AdminPageJudge JUDGE = new AdminPageJudge(PageIndicators.load());

  private static HttpResponse page(int status, String html, String... headers) {
    List<HttpHeader> fields = new java.util.ArrayList<>();
    fields.add(new HttpHeader("Content-Type", "text/html; charset=utf-8"));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      fields.add(new HttpHeader(headers[i], headers[i + 1]));
    }
    return new HttpResponse("HTTP/1.1", status, "", new HttpHeaders(fields),
        Octets.of(html.getBytes(StandardCharsets.UTF_8)), false);
  }

  @Test
  void aWifiSettingsFormWithoutLoginIsExposed() {
    String html = """
        <html><body><h1>Wireless</h1>
        <form method="post" action="/goform/wifi">
          SSID <input name="ssid" value="Home"> Key <input type="password" name="wpa_psk">
          <input type="submit" value="Apply">
        </form></body></html>""";
    assertThat(JUDGE.judge("/wireless.html", page(200, html))).isInstanceOfSatisfying(AdminPageJudge.Exposed.class, e -> {
      assertThat(e.confidence()).isEqualTo(Confidence.MEDIUM);
      assertThat(e.kinds()).contains("wireless");
      assertThat(e.excerpt()).contains("ssid(text)", "wpa_psk(password)");
    });
  }

  @Test
  void aFirmwareUploadFormIsExposedEvenOnTheStartPage() {
    String html = "<form enctype=multipart/form-data method=POST action=upload.cgi>Firmware update"
        + "<input type=file name=image><input type=submit value=Upload></form>";
    assertThat(JUDGE.judge("/", page(200, html))).isInstanceOfSatisfying(AdminPageJudge.Exposed.class,
        e -> assertThat(e.kinds()).contains("firmware"));
  }

  @Test
  void aLoginFormIsProtection() {
    String html = "<form method=post action=/login.cgi>User <input name=username> Password <input type=password "
        + "name=password><input type=submit value='Log in'></form><p>Firmware 4.2.1, Wi-Fi settings inside</p>";
    assertThat(JUDGE.judge("/admin", page(200, html))).isInstanceOf(AdminPageJudge.Protected.class);
  }

  @Test
  void aStartPageWithLinksAndWordsIsNotExposed() {
    String html = "<html><h1>HC2040 IP Camera</h1><a href=/admin/>Administration</a> Wi-Fi settings, firmware upgrade"
        + " and factory reset are in the administration pages.</html>";
    assertThat(JUDGE.judge("/", page(200, html))).isInstanceOf(AdminPageJudge.Plain.class);
    assertThat(JUDGE.judge("/setup.html", page(200, html))).isInstanceOfSatisfying(AdminPageJudge.Exposed.class,
        e -> assertThat(e.confidence()).isEqualTo(Confidence.LOW));
  }

  @Test
  void aSearchFormIsNotASettingsForm() {
    String html = "<form action=/search><input name=q><input type=submit value=Search></form>";
    assertThat(JUDGE.judge("/", page(200, html))).isInstanceOf(AdminPageJudge.Plain.class);
  }

  @Test
  void statusCodesDecideBeforeContent() {
    assertThat(JUDGE.judge("/admin", page(401, "", "WWW-Authenticate", "Basic realm=\"cam\"")))
        .isEqualTo(new AdminPageJudge.Protected("HTTP 401 Basic"));
    assertThat(JUDGE.judge("/admin", page(403, ""))).isInstanceOf(AdminPageJudge.Protected.class);
    assertThat(JUDGE.judge("/admin", page(302, "", "Location", "/login.html?next=/admin")))
        .isInstanceOf(AdminPageJudge.Protected.class);
    assertThat(JUDGE.judge("/admin", page(302, "", "Location", "/admin/"))).isEqualTo(new AdminPageJudge.Absent(302));
    assertThat(JUDGE.judge("/admin", page(404, "<form><input name=ssid></form>"))).isEqualTo(new AdminPageJudge.Absent(404));
  }

  @Property(tries = 500)
  void readingAnyPageNeverFailsAndStaysFast(@ForAll("pages") String html) {
    long start = System.nanoTime();
    PageForms forms = PageForms.read(html);
    assertThat(forms.forms()).hasSizeLessThanOrEqualTo(PageForms.MAX_FORMS);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    JUDGE.judge("/x", page(200, html));
  }

  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> pieces = Arbitraries.of("<form", "<form method=post>", "</form>", "<input name=ssid>", "<input ",
        "type=password", "<script>", "</script>", "<!--", "-->", "<style", "<", ">", "\"", "'", "name='wifi'", "İ",
        "<select name=dhcp>", "text ", "<textarea>", "<button value=Reboot>", "Firmware upgrade", "\n");
    return pieces.list().ofMaxSize(400).map(l -> String.join("", l));
  }

  @Test
  void aHugePathologicalPageIsReadQuickly() {
    String html = "<".repeat(200_000) + "<script" + "<input ".repeat(5_000) + "<form".repeat(5_000);
    long start = System.nanoTime();
    PageForms.read(html);
    JUDGE.judge("/x", page(200, html));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }
}
