package dev.iotcop.net.check.credentials;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The default credentials and SNMP communities iotcop knows, read from the data files in
 * {@code dev/iotcop/net/credentials/} (built from public lists; see the NOTICE file there). Pure data with two queries:
 * the vendor rows whose pattern matches what identification saw, and the generic rows of a service by rank.
 */
public final class CredentialCatalog {
  static final String CREDENTIALS = "/dev/iotcop/net/credentials/default-credentials.csv";
  static final String COMMUNITIES = "/dev/iotcop/net/credentials/snmp-communities.csv";
  static final List<String> CREDENTIAL_COLUMNS =
      List.of("service", "vendor", "product_pattern", "username", "password", "rank", "sources");
  static final List<String> COMMUNITY_COLUMNS = List.of("community", "rank", "sources");
  public static final Set<String> SERVICES = Set.of("telnet", "ssh", "ftp", "http", "mqtt", "rtsp", "any");
  /** Identification text longer than this is cut before patterns see it. */
  static final int MAX_IDENTIFICATION = 4096;

  private final List<DefaultCredential> credentials;
  private final List<SnmpCommunity> communities;

  CredentialCatalog(List<DefaultCredential> credentials, List<SnmpCommunity> communities) {
    this.credentials = List.copyOf(credentials);
    this.communities = communities.stream().sorted(Comparator.comparingInt(SnmpCommunity::rank)).toList();
  }

  private static final class Shipped {
    static final CredentialCatalog INSTANCE = new CredentialCatalog(readCredentials(), readCommunities());
  }

  /** The catalog shipped with iotcop, read once. */
  public static CredentialCatalog shipped() {
    return Shipped.INSTANCE;
  }

  public List<DefaultCredential> credentials() {
    return credentials;
  }

  /** Communities by rank, most common first. */
  public List<SnmpCommunity> communities() {
    return communities;
  }

  /**
   * Vendor rows for {@code service} (or {@code any}) whose pattern matches the identification text, ordered by rank
   * (then vendor), each pair once.
   */
  public List<DefaultCredential> productSpecific(String service, String identification) {
    String text = identification.length() > MAX_IDENTIFICATION ? identification.substring(0, MAX_IDENTIFICATION) : identification;
    List<DefaultCredential> matching = credentials.stream()
        .filter(c -> !c.generic() && appliesTo(c, service) && c.matches(text))
        .sorted(Comparator.comparingInt(DefaultCredential::rank).thenComparing(DefaultCredential::vendor))
        .toList();
    return distinct(matching);
  }

  /** Generic rows of the service by rank, then generic {@code any} rows by rank, each pair once. */
  public List<DefaultCredential> generic(String service) {
    List<DefaultCredential> own = credentials.stream().filter(c -> c.generic() && c.service().equals(service))
        .sorted(Comparator.comparingInt(DefaultCredential::rank)).toList();
    List<DefaultCredential> any = credentials.stream().filter(c -> c.generic() && c.service().equals("any"))
        .sorted(Comparator.comparingInt(DefaultCredential::rank)).toList();
    List<DefaultCredential> all = new ArrayList<>(own);
    all.addAll(any);
    return distinct(all);
  }

  private static boolean appliesTo(DefaultCredential c, String service) {
    return c.service().equals(service) || c.service().equals("any");
  }

  private static List<DefaultCredential> distinct(List<DefaultCredential> ordered) {
    Map<Credential, DefaultCredential> first = new LinkedHashMap<>();
    ordered.forEach(c -> first.putIfAbsent(c.credential(), c));
    return List.copyOf(first.values());
  }

  static List<DefaultCredential> readCredentials() {
    List<DefaultCredential> out = new ArrayList<>();
    for (Map<String, String> row : rows(CREDENTIALS, CREDENTIAL_COLUMNS)) {
      out.add(credential(row));
    }
    return out;
  }

  static DefaultCredential credential(Map<String, String> row) {
    String service = row.get("service");
    if (!SERVICES.contains(service)) {
      throw new IllegalStateException("unknown service '" + service + "' in " + CREDENTIALS);
    }
    String pattern = row.get("product_pattern");
    Optional<Pattern> compiled;
    try {
      compiled = pattern.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(pattern, Pattern.CASE_INSENSITIVE));
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("bad product pattern in " + CREDENTIALS + ": " + pattern, e);
    }
    if (compiled.isEmpty() != row.get("vendor").isEmpty()) {
      throw new IllegalStateException("a vendor row needs a pattern and a generic row none: " + row.get("vendor"));
    }
    return new DefaultCredential(service, row.get("vendor"), compiled, row.get("username"), row.get("password"),
        Integer.parseInt(row.get("rank")), sources(row.get("sources")));
  }

  static List<SnmpCommunity> readCommunities() {
    List<SnmpCommunity> out = new ArrayList<>();
    for (Map<String, String> row : rows(COMMUNITIES, COMMUNITY_COLUMNS)) {
      out.add(new SnmpCommunity(row.get("community"), Integer.parseInt(row.get("rank")), sources(row.get("sources"))));
    }
    return out;
  }

  private static List<String> sources(String text) {
    List<String> s = Arrays.stream(text.split(";")).filter(x -> !x.isBlank()).toList();
    if (s.isEmpty()) {
      throw new IllegalStateException("a row without sources");
    }
    return s;
  }

  private static List<Map<String, String>> rows(String resource, List<String> columns) {
    try (InputStream in = CredentialCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      CsvMapper mapper = new CsvMapper();
      CsvSchema schema = CsvSchema.emptySchema().withHeader();
      List<Map<String, String>> rows = new ArrayList<>();
      try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
        while (it.hasNext()) {
          Map<String, String> row = it.next();
          if (!List.copyOf(row.keySet()).equals(columns)) {
            throw new IllegalStateException(resource + ": expected columns " + columns + ", got " + row.keySet());
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
