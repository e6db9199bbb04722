package dev.iotcop.net.check.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LinkScannerProperties {
  @Property
  void linksFromAnyTextStayOnTheServer(@ForAll @StringLength(max = 400) String noise,
      @ForAll @StringLength(max = 60) String href) {
    String html = noise + "<a href=\"" + href + "\">x</a><frame src='" + href + "'>" + noise;
    List<String> links = LinkScanner.links(html, "/dir/page.html", 8);
    assertThat(links).hasSizeLessThanOrEqualTo(8).doesNotHaveDuplicates();
    for (String l : links) {
      assertThat(l).startsWith("/").doesNotStartWith("//").doesNotContain("#").doesNotContain("/../").doesNotContain("/./");
      assertThat(l.chars()).allMatch(c -> c > 0x20 && c < 0x7F);
    }
  }

  @Property
  void normalisedPathsNeverClimbAboveTheRoot(@ForAll @StringLength(max = 80) String path) {
    String n = LinkScanner.normalise("/" + path);
    assertThat(n).startsWith("/");
    assertThat(n.split("/")).doesNotContain("..", ".");
  }

  @Test
  void examples() {
    String html = """
        <html><body><a href="/admin/">Administration</a> <a href='setup.cgi?x=1&amp;y=2'>Setup</a>
        <a href="http://other.example/">out</a> <a href="//cdn.example/x">cdn</a> <a href="#top">top</a>
        <a href="javascript:void(0)">js</a> <a href="style.css">css</a> <iframe src="../frame/inner.html"></iframe>
        <A HREF=/Upper>u</A> <a href="/admin/">again</a></body></html>
        """;
    assertThat(LinkScanner.links(html, "/web/index.html", 10))
        .containsExactly("/admin/", "/web/setup.cgi?x=1&y=2", "/frame/inner.html", "/Upper");
    assertThat(LinkScanner.links(html, "/", 2)).containsExactly("/admin/", "/setup.cgi?x=1&y=2");
    assertThat(LinkScanner.normalise("/a/./b/../../../c/")).isEqualTo("/c/");
  }
}
