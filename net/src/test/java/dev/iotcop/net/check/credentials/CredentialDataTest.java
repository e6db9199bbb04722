package dev.iotcop.net.check.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped credential data against the upstream lists it comes from: the upstream copies are the attributed
 * versions, the shipped files are exactly what {@link CredentialDataGenerator} makes of them, every shipped pair and
 * community is in the list its row names, and the counts are what the rules leave.
 */
class CredentialDataTest {
  /** SHA-256 of the upstream files at the commits NOTICE.md names. */
  private static final Map<String, String> UPSTREAM_SHA256 = Map.of(
      "seclists/default-passwords.csv", "b2e238013ffd778b051f0131076e29b9fc23f298b7b4df5c144e11a21512bfd6",
      "seclists/mirai-botnet.txt", "9a3c87e86249235a954f7812ed6d37aedc3052b416807f801a92b1874321b0c1",
      "seclists/ssh-betterdefaultpasslist.txt", "7080002ffa275de620501992f29b7d43257f0ec159a759e38aef6beeebe20eb2",
      "seclists/telnet-betterdefaultpasslist.txt", "2406e353bb306dff500e45685ec779a0ef64e5225b3c87bbfb402b120e5ebaba",
      "routersploit/defaults.txt", "7722e9bf30d59cdb0ddf9d4cd002cb9b9794344840f596d8e236149114a3e3ff",
      "routersploit/snmp.txt", "24528edb3c7c765e0532a0d911aebca31aa8950ce17652385d1f19166d117a91");

  private static Path upstream() {
    try {
      return Path.of(CredentialDataTest.class.getResource("/dev/iotcop/net/credentials/upstream").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String shipped(String name) {
    try (InputStream in = CredentialCatalog.class.getResourceAsStream("/dev/iotcop/net/credentials/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void upstreamCopiesAreTheAttributedVersions() throws IOException, NoSuchAlgorithmException {
    for (var e : UPSTREAM_SHA256.entrySet()) {
      byte[] bytes = Files.readAllBytes(upstream().resolve(e.getKey()));
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      assertThat(sha).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(CredentialDataGenerator.FILES.values()).containsExactlyInAnyOrderElementsOf(UPSTREAM_SHA256.keySet());
  }

  /**
   * Fails when the shipped files are not what the generator makes. To regenerate, run this test with
   * {@code -Diotcop.credentials.write=<output directory>}: it then writes the files there instead of comparing.
   */
  @Test
  void shippedFilesAreWhatTheGeneratorMakes() throws IOException {
    String target = System.getProperty("iotcop.credentials.write", "");
    if (!target.isEmpty()) {
      CredentialDataGenerator.write(upstream(), Path.of(target));
      Assumptions.abort("wrote fresh data files to " + target + "; run again without the property to compare");
    }
    CredentialDataGenerator.Generated g = CredentialDataGenerator.generate(upstream());
    assertThat(shipped("default-credentials.csv")).isEqualTo(g.defaultCredentials());
    assertThat(shipped("snmp-communities.csv")).isEqualTo(g.snmpCommunities());
  }

  private static Map<String, Set<CredentialDataGenerator.Pair>> upstreamPairs() {
    Map<String, Set<CredentialDataGenerator.Pair>> lists = new HashMap<>();
    for (var e : CredentialDataGenerator.FILES.entrySet()) {
      if (!e.getKey().equals(CredentialDataGenerator.ROUTERSPLOIT_SNMP)) {
        String text = CredentialDataGenerator.read(upstream().resolve(e.getValue()));
        lists.put(e.getKey(), Set.copyOf(CredentialDataGenerator.pairs(e.getKey(), text)));
      }
    }
    return lists;
  }

  @Test
  void everyShippedPairIsInEachListItsRowNames() {
    Map<String, Set<CredentialDataGenerator.Pair>> lists = upstreamPairs();
    List<DefaultCredential> all = CredentialCatalog.readCredentials();
    assertThat(all).isNotEmpty();
    for (DefaultCredential c : all) {
      var pair = new CredentialDataGenerator.Pair(c.username(), c.password());
      assertThat(c.sources()).as(c.toString()).isNotEmpty();
      for (String source : c.sources()) {
        assertThat(lists.get(source)).as("%s in %s", c, source).contains(pair);
      }
    }
  }

  @Test
  void vendorRowsCarryTheirVendorAsWrittenUpstream() {
    String csv = CredentialDataGenerator.read(upstream().resolve("seclists/default-passwords.csv"));
    Map<String, Set<CredentialDataGenerator.Pair>> byVendor = CredentialDataGenerator.vendorRows(csv).stream()
        .collect(Collectors.groupingBy(v -> CredentialDataGenerator.cleanVendor(v.vendor()).toLowerCase(),
            Collectors.mapping(CredentialDataGenerator.VendorRow::pair, Collectors.toSet())));
    for (DefaultCredential c : CredentialCatalog.readCredentials()) {
      if (!c.generic()) {
        assertThat(byVendor.get(c.vendor().toLowerCase())).as(c.toString())
            .contains(new CredentialDataGenerator.Pair(c.username(), c.password()));
        assertThat(c.matches("Device by " + c.vendor() + " firmware 1.0")).as(c.vendor()).isTrue();
      }
    }
  }

  @Test
  void countsAreWhatTheRulesLeave() {
    Map<String, Set<CredentialDataGenerator.Pair>> lists = upstreamPairs();
    List<DefaultCredential> all = CredentialCatalog.readCredentials();
    Map<String, Long> byService = all.stream().filter(DefaultCredential::generic)
        .collect(Collectors.groupingBy(DefaultCredential::service, Collectors.counting()));
    Set<CredentialDataGenerator.Pair> telnet = new HashSet<>(lists.get(CredentialDataGenerator.SECLISTS_MIRAI));
    telnet.addAll(lists.get(CredentialDataGenerator.SECLISTS_TELNET));
    assertThat(byService.get("telnet")).isEqualTo(telnet.size());
    assertThat(byService.get("ssh")).isEqualTo(lists.get(CredentialDataGenerator.SECLISTS_SSH).size());
    assertThat(byService.get("any")).isEqualTo(lists.get(CredentialDataGenerator.ROUTERSPLOIT_DEFAULTS).size());
    // Every Mirai line is usable: 60 lines, 60 pairs. The other small lists lose at most a few lines to the rules.
    assertThat(lists.get(CredentialDataGenerator.SECLISTS_MIRAI)).hasSize(60);
    assertThat(lists.get(CredentialDataGenerator.SECLISTS_SSH).size()).isBetween(120, 132);
    assertThat(lists.get(CredentialDataGenerator.SECLISTS_TELNET).size()).isBetween(120, 150);
    assertThat(lists.get(CredentialDataGenerator.ROUTERSPLOIT_DEFAULTS).size()).isBetween(600, 653);
    long vendorRows = all.stream().filter(c -> !c.generic()).count();
    long vendors = all.stream().filter(c -> !c.generic()).map(c -> c.vendor().toLowerCase()).distinct().count();
    // SecLists has 2,873 rows from 897 vendor spellings; placeholders, BIOS-style oddities and vague names drop some.
    assertThat(vendorRows).isBetween(2000L, 2873L);
    assertThat(vendors).isBetween(600L, 897L);
    List<SnmpCommunity> communities = CredentialCatalog.readCommunities();
    assertThat(communities).hasSizeBetween(110, 120);
    assertThat(communities).extracting(SnmpCommunity::community).doesNotHaveDuplicates().startsWith("public", "private");
  }

  @Test
  void everyShippedCommunityIsInTheUpstreamList() {
    Set<String> upstream = CredentialDataGenerator.read(upstream().resolve("routersploit/snmp.txt")).lines()
        .collect(Collectors.toSet());
    for (SnmpCommunity c : CredentialCatalog.readCommunities()) {
      assertThat(upstream).contains(c.community());
      assertThat(c.sources()).containsExactly(CredentialDataGenerator.ROUTERSPLOIT_SNMP);
    }
  }

  @Test
  void ranksAreDenseWithinEachServiceAndVendor() {
    Map<String, List<Integer>> ranks = CredentialCatalog.readCredentials().stream().collect(Collectors.groupingBy(
        c -> c.service() + "|" + c.vendor().toLowerCase(), Collectors.mapping(DefaultCredential::rank, Collectors.toList())));
    ranks.forEach((group, r) -> assertThat(r.stream().sorted().toList()).as(group)
        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, r.size()).boxed().toList()));
  }

  @Test
  void placeholdersBecomeEmptyAndUnusableRowsAreDropped() {
    assertThat(CredentialDataGenerator.pairs(CredentialDataGenerator.SECLISTS_MIRAI, "root (none)\nadmin admin\n"))
        .containsExactly(new CredentialDataGenerator.Pair("root", ""), new CredentialDataGenerator.Pair("admin", "admin"));
    assertThat(CredentialDataGenerator.vendorRows("Vendor,Username,Password,Comments\n"
        + "Acme,<BLANK>,<N/A>,\nAcme,root,<SEE COMMENT>,\nAcme,Type User: X,pw,\nAcme,bad\uFFFD,pw,\n"
        + "\"Acme, Inc.\",admin,\"a,b\",note\n"))
        .containsExactly(new CredentialDataGenerator.VendorRow("Acme", new CredentialDataGenerator.Pair("", "")),
            new CredentialDataGenerator.VendorRow("Acme, Inc.", new CredentialDataGenerator.Pair("admin", "a,b")));
    assertThat(CredentialDataGenerator.cleanVendor("Acme, Inc.")).isEqualTo("Acme");
    assertThat(CredentialDataGenerator.cleanVendor("Hikvision Network Camera")).isEqualTo("Hikvision");
    assertThat(CredentialDataGenerator.cleanVendor("UNIX")).isEmpty();
  }
}
