package dev.iotcop.net.proto.tls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The cipher suites we know, loaded from the {@code cipher-suites.csv} resource beside this class. */
public final class CipherSuiteRegistry {
  private static final String RESOURCE = "cipher-suites.csv";
  private final Map<Integer, CipherSuite> byCode;

  private CipherSuiteRegistry(Map<Integer, CipherSuite> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  /** Loads the bundled registry. A broken resource is a build defect, so it fails loudly. */
  public static CipherSuiteRegistry load() {
    try (InputStream in = CipherSuiteRegistry.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CipherSuiteRegistry parse(BufferedReader reader) throws IOException {
    Map<Integer, CipherSuite> map = new LinkedHashMap<>();
    String header = reader.readLine();
    if (header == null || !header.startsWith("code,name,")) {
      throw new IllegalStateException(RESOURCE + " has no header");
    }
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length != 8) {
        throw new IllegalStateException(RESOURCE + ": bad row " + String.join(",", f));
      }
      int code = Integer.parseInt(f[0].substring(2), 16);
      TlsVersion min = Arrays.stream(TlsVersion.values()).filter(v -> v.label().equals(f[6]))
          .findFirst().orElseThrow(() -> new IllegalStateException(RESOURCE + ": bad version " + f[6]));
      Set<SuiteWeakness> weak = EnumSet.noneOf(SuiteWeakness.class);
      if (!f[7].isEmpty()) {
        for (String w : f[7].split(";")) {
          weak.add(SuiteWeakness.valueOf(w));
        }
      }
      if (map.put(code, new CipherSuite(code, f[1], f[2], f[3], f[4], f[5], min, weak)) != null) {
        throw new IllegalStateException(RESOURCE + ": duplicate code " + f[0]);
      }
    }
    return new CipherSuiteRegistry(map);
  }

  public Optional<CipherSuite> byCode(int code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The registered name, or the hex code for suites we do not know. */
  public String name(int code) {
    return byCode(code).map(CipherSuite::name).orElse(String.format("0x%04X", code));
  }

  public List<CipherSuite> all() {
    return List.copyOf(byCode.values());
  }

  /** Every real suite a server could choose in a handshake of this version. */
  public List<CipherSuite> usableIn(TlsVersion version) {
    return byCode.values().stream().filter(s -> s.usableIn(version)).toList();
  }

  public List<CipherSuite> withWeakness(SuiteWeakness weakness) {
    return byCode.values().stream().filter(s -> s.weaknesses().contains(weakness)).toList();
  }
}
