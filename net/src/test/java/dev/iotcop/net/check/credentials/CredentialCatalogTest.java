package dev.iotcop.net.check.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialCatalogTest {
  private static final CredentialCatalog SHIPPED = CredentialCatalog.shipped();

  private static List<Credential> pairs(List<DefaultCredential> rows) {
    return rows.stream().map(DefaultCredential::credential).toList();
  }

  @Test
  void telnetTriesTheMiraiPairsFirstThenTheOtherTelnetPairsThenGenericOnes() {
    List<DefaultCredential> telnet = SHIPPED.generic("telnet");
    assertThat(pairs(telnet.subList(0, 4))).containsExactly(new Credential("root", "xc3511"),
        new Credential("root", "vizxv"), new Credential("root", "admin"), new Credential("admin", "admin"));
    int firstAny = telnet.indexOf(telnet.stream().filter(c -> c.service().equals("any")).findFirst().orElseThrow());
    assertThat(telnet.subList(0, firstAny)).allMatch(c -> c.service().equals("telnet"));
    assertThat(telnet.subList(firstAny, telnet.size())).allMatch(c -> c.service().equals("any"));
    assertThat(pairs(telnet)).doesNotHaveDuplicates();
  }

  @Test
  void otherServicesStartWithTheMostCommonPairs() {
    assertThat(pairs(SHIPPED.generic("http")).getFirst()).isEqualTo(new Credential("admin", "admin"));
    assertThat(pairs(SHIPPED.generic("ftp"))).isEqualTo(pairs(SHIPPED.generic("mqtt")));
    assertThat(SHIPPED.generic("ssh").getFirst().service()).isEqualTo("ssh");
    assertThat(SHIPPED.generic("http")).allMatch(DefaultCredential::generic);
  }

  @Test
  void vendorRowsApplyOnlyWhenTheirPatternMatches() {
    List<DefaultCredential> netgear = SHIPPED.productSpecific("http", "Basic realm=NETGEAR DGN1000 Server: mini_httpd");
    assertThat(netgear).isNotEmpty().allMatch(c -> c.vendor().equalsIgnoreCase("netgear"));
    assertThat(netgear.getFirst().rank()).isEqualTo(1);
    assertThat(pairs(netgear)).doesNotHaveDuplicates();
    assertThat(SHIPPED.productSpecific("http", "lighttpd/1.4.69 HC2040 IP Camera")).isEmpty();
    assertThat(SHIPPED.productSpecific("http", "subnetgearbox")).as("whole words only").isEmpty();
  }

  @Test
  void rowsAreValidatedWhenRead() {
    Map<String, String> row = new java.util.LinkedHashMap<>(Map.of("service", "telnet", "vendor", "", "product_pattern", "",
        "username", "root", "password", "root", "rank", "1", "sources", "seclists-mirai"));
    assertThat(CredentialCatalog.credential(row).generic()).isTrue();
    row.put("service", "gopher");
    assertThatThrownBy(() -> CredentialCatalog.credential(row)).isInstanceOf(IllegalStateException.class);
    row.put("service", "any");
    row.put("vendor", "Acme");
    assertThatThrownBy(() -> CredentialCatalog.credential(row)).as("vendor without pattern")
        .isInstanceOf(IllegalStateException.class);
    row.put("product_pattern", "(unclosed");
    assertThatThrownBy(() -> CredentialCatalog.credential(row)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void passwordsStayOutOfToString() {
    DefaultCredential c = new DefaultCredential("any", "", Optional.empty(), "admin", "hunter22", 1, List.of("x"));
    assertThat(c.toString()).doesNotContain("hunter22");
    assertThat(new Credential("admin", "hunter22").toString()).doesNotContain("hunter22");
    assertThat(new SnmpCommunity("s3cret-comm", 1, List.of("x")).toString()).doesNotContain("s3cret-comm");
  }
}
