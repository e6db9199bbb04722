package dev.iotcop.bench.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads iotcop's JSON report into the same {@link Issue}s the peer tools are read into. */
final class IotcopOutputs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private IotcopOutputs() {}

  static List<Issue> issues(String reportJson) throws IOException {
    JsonNode doc = JSON.readTree(reportJson);
    List<Issue> out = new ArrayList<>();
    for (JsonNode s : doc.path("services")) {
      if (s.path("transport").asText().equals("tcp")) {
        out.add(new Issue(Issue.Kind.OPEN_PORT, s.path("port").asInt(), ""));
      }
    }
    for (JsonNode f : doc.path("findings")) {
      if (!f.path("outcome").asText().equals("FAIL")) {
        continue;
      }
      int port = f.path("service").path("port").asInt(0);
      for (JsonNode e : f.path("evidence")) {
        switch (e.path("type").asText()) {
          case "credential" -> {
            if (e.path("accepted").asBoolean()) {
              String protocol = f.path("service").path("protocol").asText();
              out.add(new Issue(Issue.Kind.DEFAULT_CREDENTIAL, port, protocol.equals("snmp") ? "community" : e.path("username").asText()));
            }
          }
          case "tls" -> {
            for (JsonNode v : e.path("versionsAccepted")) {
              String version = v.asText();
              if (version.equals("SSLv3") || version.equals("TLSv1.0") || version.equals("TLSv1") || version.equals("TLSv1.1")) {
                out.add(new Issue(Issue.Kind.TLS_OLD_PROTOCOL, port, version.equals("TLSv1") ? "TLSv1.0" : version));
              }
            }
            for (JsonNode w : e.path("weakSuitesAccepted")) {
              out.add(new Issue(Issue.Kind.TLS_WEAK_CIPHER, port, cipherClass(w.asText())));
            }
          }
          case "certificate" -> {
            String problems = e.path("problems").toString().toLowerCase(Locale.ROOT);
            if (problems.contains("expired")) {
              out.add(new Issue(Issue.Kind.CERT_EXPIRED, port, ""));
            }
            if (e.path("selfSigned").asBoolean()) {
              out.add(new Issue(Issue.Kind.CERT_SELF_SIGNED, port, ""));
            }
            if (problems.contains("key too short") || (problems.contains("weak") && problems.contains("key"))) {
              out.add(new Issue(Issue.Kind.CERT_WEAK_KEY, port, ""));
            }
            if (problems.contains("sha-1") || problems.contains("sha1") || problems.contains("md5")) {
              out.add(new Issue(Issue.Kind.CERT_WEAK_SIGNATURE, port, ""));
            }
          }
          case "ssh" -> e.path("weak").forEach(a -> out.add(new Issue(Issue.Kind.SSH_WEAK_ALGORITHM, port, algorithmName(a.asText()))));
          default -> { }
        }
      }
    }
    return out.stream().distinct().sorted().toList();
  }

  /** How long one check ran, as the report says. */
  static java.time.Duration checkTime(String reportJson, String checkId) throws IOException {
    for (JsonNode c : JSON.readTree(reportJson).path("checks")) {
      if (c.path("id").asText().equals(checkId)) {
        return java.time.Duration.ofMillis(c.path("durationMs").asLong());
      }
    }
    return java.time.Duration.ZERO;
  }

  /** iotcop lists a weak SSH algorithm as {@code name (kind, class): reason}; the peers name it alone. */
  static String algorithmName(String entry) {
    int paren = entry.indexOf(" (");
    return paren < 0 ? entry : entry.substring(0, paren);
  }

  /** The weakness class of a suite named in iotcop's evidence, in the peers' vocabulary. */
  static String cipherClass(String suiteOrClass) {
    String s = suiteOrClass.toUpperCase(Locale.ROOT);
    if (s.contains("NULL") && !s.contains("ANON")) {
      return "NULL";
    }
    if (s.contains("ANON")) {
      return "ANON";
    }
    if (s.contains("EXPORT")) {
      return "EXPORT";
    }
    if (s.contains("RC4")) {
      return "RC4";
    }
    if (s.contains("3DES")) {
      return "3DES";
    }
    if (s.contains("DES")) {
      return "DES";
    }
    return s;
  }
}
