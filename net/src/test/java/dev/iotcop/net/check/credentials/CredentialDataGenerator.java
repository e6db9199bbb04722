package dev.iotcop.net.check.credentials;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds {@code default-credentials.csv} and {@code snmp-communities.csv} from the upstream lists kept unmodified under
 * {@code src/test/resources/dev/iotcop/net/credentials/upstream} (SecLists, MIT; RouterSploit, BSD-3-Clause). The
 * output is deterministic; {@link CredentialDataTest} fails when the shipped files differ from what this produces.
 *
 * <p>To regenerate after changing an upstream list or a rule below, run from the {@code net} module:
 * <pre>
 * ./mvnw -q -B -pl net test -Dtest=CredentialDataTest \
 *     -Diotcop.credentials.write=src/main/resources/dev/iotcop/net/credentials
 * </pre>
 *
 * <p>Rules:
 * <ul>
 *   <li>Placeholders: SecLists {@code <BLANK>} and {@code <N/A>} and the Mirai list's {@code (none)} become the empty
 *       string; rows with {@code <SEE COMMENT>}, replacement characters, characters outside printable ASCII, leading or
 *       trailing spaces, user names with spaces or colons, or values over 64 characters are left out.</li>
 *   <li>Generic rows (empty vendor and pattern): the Mirai and telnet lists give {@code telnet} rows, the SSH list
 *       {@code ssh} rows, RouterSploit's defaults {@code any} rows.</li>
 *   <li>Vendor rows come from SecLists' default-passwords list, service {@code any}. The vendor name loses corporate
 *       suffixes ("Inc.", "GmbH", ...) and a trailing "Network Camera" or "Series"; the pattern matches the remaining words
 *       as a whole, case-insensitively, with up to three spaces, dots, dashes or underscores between them. Vendor names that
 *       are common words or name software found on unrelated devices (see {@link #VAGUE_VENDORS}) get no row, since
 *       their pattern would match banners of devices they did not make.</li>
 *   <li>Rank: 1 is tried first within rows of the same service and vendor. Telnet keeps the Mirai list's order
 *       first (pairs the botnet tried most come first there), then the other telnet pairs; every other group is
 *       ordered by how common the pair is across all lists (lists containing it, then SecLists vendors using it),
 *       then by position in its own list.</li>
 *   <li>SNMP communities keep RouterSploit's first two ({@code public}, {@code private}), then the rest by how often
 *       SecLists lists them as passwords, then upstream order.</li>
 * </ul>
 */
final class CredentialDataGenerator {
  static final String SECLISTS_DEFAULTS = "seclists-default-passwords";
  static final String SECLISTS_MIRAI = "seclists-mirai";
  static final String SECLISTS_TELNET = "seclists-telnet";
  static final String SECLISTS_SSH = "seclists-ssh";
  static final String ROUTERSPLOIT_DEFAULTS = "routersploit-defaults";
  static final String ROUTERSPLOIT_SNMP = "routersploit-snmp";

  /** The upstream file of each source name, relative to the upstream directory. */
  static final Map<String, String> FILES = Map.of(
      SECLISTS_DEFAULTS, "seclists/default-passwords.csv",
      SECLISTS_MIRAI, "seclists/mirai-botnet.txt",
      SECLISTS_TELNET, "seclists/telnet-betterdefaultpasslist.txt",
      SECLISTS_SSH, "seclists/ssh-betterdefaultpasslist.txt",
      ROUTERSPLOIT_DEFAULTS, "routersploit/defaults.txt",
      ROUTERSPLOIT_SNMP, "routersploit/snmp.txt");

  static final int MAX_VALUE_LENGTH = 64;

  /** Vendor names (lower case, after cleaning) too vague to recognise a device by. */
  static final Set<String> VAGUE_VENDORS = Set.of(
      "unix", "linux", "debian", "redhat", "red hat", "suse", "busybox", "apache", "samba", "unknown", "various",
      "research", "technology", "telecom", "prime", "union", "metro", "integral", "tiny", "tinys", "gateway", "pbx",
      "sigma", "symbol", "creative", "efficient", "orange", "zoom", "semaphore", "tsunami", "rainbow", "troy", "milan",
      "amigo", "guru", "mole", "spike", "irc", "concord", "redline", "vertex", "tert", "ion", "giga", "fon", "sprint",
      "canyon", "boson", "darkman", "backtrack", "crt", "xd", "rm", "ast", "kaptest", "winwork", "wline", "michiel",
      "bbr-4mg and", "d9287ar", "robigvqubqt", "remote-exploit", "seninleyimben", "stuccoboy", "mklencke", "muze",
      "elsa", "enox", "sitara", "latis network", "decnet", "inchon", "intex", "haier", "ptcl", "tiara", "mentec",
      "oodie.com", "reg.pnu.ac.ir", "team xodus", "phptest", "m technology");

  private static final Pattern CORPORATE = Pattern.compile(
      "(?i)[,\\s]+(?:inc\\.?|corp\\.?|corporation|co\\.?|ltd\\.?|limited|gmbh|ag|ab|s\\.a\\.u?\\.?|llc)\\s*$");
  private static final Pattern GENERIC_TAIL = Pattern.compile("(?i)\\s+(?:network camera|series)\\s*$");

  record Pair(String user, String password) {}

  /** One output row before ranking. */
  private static final class Row {
    final String service;
    final String vendor;
    final String pattern;
    final Pair pair;
    final Set<String> sources = new TreeSet<>();
    final int order;

    Row(String service, String vendor, String pattern, Pair pair, int order) {
      this.service = service;
      this.vendor = vendor;
      this.pattern = pattern;
      this.pair = pair;
      this.order = order;
    }
  }

  /** The two generated files, as text. */
  record Generated(String defaultCredentials, String snmpCommunities) {}

  /** The pairs of one upstream list in file order, after the placeholder rules, duplicates removed. */
  static List<Pair> pairs(String source, String text) {
    Set<Pair> out = new LinkedHashSet<>();
    switch (source) {
      case SECLISTS_MIRAI -> text.lines().filter(l -> !l.isBlank()).forEach(l -> {
        int sp = l.indexOf(' ');
        if (sp > 0) {
          String pw = l.substring(sp + 1);
          add(out, l.substring(0, sp), pw.equals("(none)") ? "" : pw);
        }
      });
      case SECLISTS_TELNET, SECLISTS_SSH, ROUTERSPLOIT_DEFAULTS -> text.lines().filter(l -> !l.isBlank()).forEach(l -> {
        int colon = l.indexOf(':');
        if (colon > 0) {
          add(out, l.substring(0, colon), l.substring(colon + 1));
        }
      });
      case SECLISTS_DEFAULTS -> vendorRows(text).forEach(r -> out.add(r.pair()));
      default -> throw new IllegalArgumentException("not a pair list: " + source);
    }
    return List.copyOf(out);
  }

  record VendorRow(String vendor, Pair pair) {}

  /** SecLists' default-passwords rows that pass the rules, with the vendor as written upstream. */
  static List<VendorRow> vendorRows(String csv) {
    List<VendorRow> out = new ArrayList<>();
    List<List<String>> records = CsvText.parse(csv);
    for (List<String> r : records.subList(1, records.size())) {
      if (r.size() < 3) {
        continue;
      }
      String user = placeholder(r.get(1));
      String password = placeholder(r.get(2));
      if (user == null || password == null || r.get(0).contains("\uFFFD")) {
        continue;
      }
      if (usable(user, true) && usable(password, false)) {
        out.add(new VendorRow(r.get(0), new Pair(user, password)));
      }
    }
    return out;
  }

  private static String placeholder(String v) {
    return switch (v) {
      case "<BLANK>", "<N/A>" -> "";
      case "<SEE COMMENT>" -> null;
      default -> v;
    };
  }

  private static void add(Set<Pair> out, String user, String password) {
    if (usable(user, true) && usable(password, false)) {
      out.add(new Pair(user, password));
    }
  }

  static boolean usable(String v, boolean isUser) {
    if (v.length() > MAX_VALUE_LENGTH || !v.equals(v.strip())) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < 0x20 || c > 0x7E || isUser && (c == ' ' || c == ':')) {
        return false;
      }
    }
    return true;
  }

  /** The vendor name without corporate suffixes and generic trailing words; empty when nothing specific is left. */
  static String cleanVendor(String vendor) {
    String v = vendor.replace("\u00AD", "").strip();
    String before;
    do {
      before = v;
      v = CORPORATE.matcher(v).replaceAll("").strip();
      v = GENERIC_TAIL.matcher(v).replaceAll("").strip();
    } while (!v.equals(before));
    return VAGUE_VENDORS.contains(v.toLowerCase(Locale.ROOT)) ? "" : v;
  }

  /** The product pattern of a cleaned vendor name: its words as a whole, separators optional. */
  static String vendorPattern(String cleaned) {
    String[] words = cleaned.split("[\\s._-]+");
    String body = java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).map(CredentialDataGenerator::escape)
        .collect(Collectors.joining("[ ._-]{0,3}"));
    return "(?<![A-Za-z0-9])" + body + "(?![A-Za-z0-9])";
  }

  private static String escape(String word) {
    StringBuilder b = new StringBuilder();
    for (char c : word.toCharArray()) {
      if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  static Generated generate(Path upstream) {
    Map<String, String> texts = new HashMap<>();
    FILES.forEach((source, file) -> texts.put(source, read(upstream.resolve(file))));
    Map<String, List<Pair>> lists = new LinkedHashMap<>();
    for (String source : List.of(SECLISTS_MIRAI, SECLISTS_TELNET, SECLISTS_SSH, ROUTERSPLOIT_DEFAULTS, SECLISTS_DEFAULTS)) {
      lists.put(source, pairs(source, texts.get(source)));
    }
    List<VendorRow> vendorRows = vendorRows(texts.get(SECLISTS_DEFAULTS));
    Map<Pair, Integer> score = score(lists, vendorRows);

    Map<String, Row> rows = new LinkedHashMap<>();
    int order = 0;
    for (String source : List.of(SECLISTS_MIRAI, SECLISTS_TELNET)) {
      for (Pair p : lists.get(source)) {
        row(rows, "telnet", "", "", p, order++).sources.add(source);
      }
    }
    for (Pair p : lists.get(SECLISTS_SSH)) {
      row(rows, "ssh", "", "", p, order++).sources.add(SECLISTS_SSH);
    }
    for (Pair p : lists.get(ROUTERSPLOIT_DEFAULTS)) {
      row(rows, "any", "", "", p, order++).sources.add(ROUTERSPLOIT_DEFAULTS);
    }
    Map<String, String> vendorSpelling = new HashMap<>();
    for (VendorRow v : vendorRows) {
      String cleaned = cleanVendor(v.vendor());
      if (cleaned.isEmpty()) {
        continue;
      }
      // The first spelling seen names the vendor and its pattern; the pattern matches any case anyway.
      String vendor = vendorSpelling.computeIfAbsent(cleaned.toLowerCase(Locale.ROOT), k -> cleaned);
      row(rows, "any", vendor, vendorPattern(vendor), v.pair(), order++).sources.add(SECLISTS_DEFAULTS);
    }
    Set<Pair> mirai = new LinkedHashSet<>(lists.get(SECLISTS_MIRAI));
    List<Pair> miraiOrder = List.copyOf(mirai);
    Comparator<Row> byCommonness = Comparator.comparingInt((Row r) -> -score.getOrDefault(r.pair, 0))
        .thenComparingInt(r -> r.order);
    Comparator<Row> telnetFirst = Comparator.comparingInt((Row r) -> mirai.contains(r.pair) ? miraiOrder.indexOf(r.pair)
        : Integer.MAX_VALUE).thenComparing(byCommonness);
    Map<String, List<Row>> groups = rows.values().stream().collect(Collectors.groupingBy(
        r -> r.service + "\u0000" + r.vendor.toLowerCase(Locale.ROOT), LinkedHashMap::new, Collectors.toList()));
    List<String> keys = new ArrayList<>(groups.keySet());
    keys.sort(Comparator.comparing((String k) -> k.endsWith("\u0000") ? 0 : 1).thenComparing(k -> serviceOrder(k))
        .thenComparing(k -> k.toLowerCase(Locale.ROOT)));
    StringBuilder out = new StringBuilder("service,vendor,product_pattern,username,password,rank,sources\n");
    for (String key : keys) {
      List<Row> group = new ArrayList<>(groups.get(key));
      group.sort(key.startsWith("telnet\u0000") ? telnetFirst : byCommonness);
      for (int i = 0; i < group.size(); i++) {
        Row r = group.get(i);
        out.append(CsvText.line(List.of(r.service, r.vendor, r.pattern, r.pair.user(), r.pair.password(),
            Integer.toString(i + 1), String.join(";", r.sources))));
      }
    }
    return new Generated(out.toString(), snmp(texts.get(ROUTERSPLOIT_SNMP), texts.get(SECLISTS_DEFAULTS)));
  }

  private static int serviceOrder(String key) {
    return List.of("telnet", "ssh", "ftp", "http", "mqtt", "rtsp", "any").indexOf(key.substring(0, key.indexOf('\u0000')));
  }

  private static Row row(Map<String, Row> rows, String service, String vendor, String pattern, Pair p, int order) {
    String key = service + "\u0000" + pattern.toLowerCase(Locale.ROOT) + "\u0000" + p.user() + "\u0000" + p.password();
    return rows.computeIfAbsent(key, k -> new Row(service, vendor, pattern, p, order));
  }

  /** How common a pair is: lists containing it (thousands), then SecLists vendor rows using it. */
  private static Map<Pair, Integer> score(Map<String, List<Pair>> lists, List<VendorRow> vendorRows) {
    Map<Pair, Integer> score = new HashMap<>();
    lists.values().forEach(list -> list.forEach(p -> score.merge(p, 1000, Integer::sum)));
    vendorRows.forEach(v -> score.merge(v.pair(), 1, Integer::sum));
    return score;
  }

  private static String snmp(String text, String secListsCsv) {
    List<String> communities = text.lines().filter(l -> !l.isEmpty() && usable(l, false)).distinct().toList();
    Map<String, Long> asPassword = vendorRows(secListsCsv).stream()
        .collect(Collectors.groupingBy(v -> v.pair().password(), Collectors.counting()));
    List<String> ranked = new ArrayList<>(communities);
    ranked.sort(Comparator.comparingInt((String c) -> communities.indexOf(c) < 2 ? communities.indexOf(c) : 2)
        .thenComparingLong(c -> -asPassword.getOrDefault(c, 0L))
        .thenComparingInt(communities::indexOf));
    StringBuilder out = new StringBuilder("community,rank,sources\n");
    for (int i = 0; i < ranked.size(); i++) {
      out.append(CsvText.line(List.of(ranked.get(i), Integer.toString(i + 1), ROUTERSPLOIT_SNMP)));
    }
    return out.toString();
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes both files into {@code args[1]} from the upstream lists in {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CredentialDataGenerator <upstream-dir> <output-dir>");
      System.exit(2);
    }
    write(Path.of(args[0]), Path.of(args[1]));
  }

  static void write(Path upstream, Path output) throws IOException {
    Generated g = generate(upstream);
    Files.createDirectories(output);
    Files.writeString(output.resolve("default-credentials.csv"), g.defaultCredentials(), StandardCharsets.UTF_8);
    Files.writeString(output.resolve("snmp-communities.csv"), g.snmpCommunities(), StandardCharsets.UTF_8);
  }

  /** Minimal RFC 4180 reading and writing, enough for these files. */
  static final class CsvText {
    private CsvText() {}

    static List<List<String>> parse(String text) {
      List<List<String>> records = new ArrayList<>();
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      try (StringReader r = new StringReader(text)) {
        int c;
        while ((c = r.read()) >= 0) {
          if (quoted) {
            if (c == '"') {
              r.mark(1);
              int next = r.read();
              if (next == '"') {
                field.append('"');
              } else {
                quoted = false;
                if (next >= 0) {
                  r.reset();
                }
              }
            } else {
              field.append((char) c);
            }
          } else if (c == '"' && field.isEmpty()) {
            quoted = true;
          } else if (c == ',') {
            fields.add(field.toString());
            field.setLength(0);
          } else if (c == '\n') {
            fields.add(stripCr(field));
            field.setLength(0);
            records.add(fields);
            fields = new ArrayList<>();
          } else {
            field.append((char) c);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!field.isEmpty() || !fields.isEmpty()) {
        fields.add(stripCr(field));
        records.add(fields);
      }
      return records;
    }

    private static String stripCr(StringBuilder b) {
      int n = b.length();
      return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
    }

    static String line(List<String> fields) {
      return fields.stream().map(CsvText::quote).collect(Collectors.joining(",")) + "\n";
    }

    private static String quote(String f) {
      if (f.isEmpty() || f.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
          && f.equals(f.strip())) {
        return f;
      }
      return '"' + f.replace("\"", "\"\"") + '"';
    }
  }
}
