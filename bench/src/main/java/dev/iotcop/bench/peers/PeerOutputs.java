package dev.iotcop.bench.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads what the peer tools print into {@link Issue}s, so their findings can be set beside iotcop's. */
final class PeerOutputs {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HYDRA = Pattern.compile("^\\[(\\d+)]\\[([a-z0-9-]+)] host: \\S+\\s+login: (\\S*)\\s+password: (.*)$");
  private static final Pattern SSH_AUDIT = Pattern.compile("^\\((kex|key|enc|mac)\\) (\\S+)\\s+-- \\[(fail|warn)]");

  private PeerOutputs() {}

  /** A port nmap reported open, with the service name and whether nmap saw it inside TLS. */
  record NmapPort(int port, String service, boolean tls, String product) {}

  static List<NmapPort> nmapXml(String xml) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setExpandEntityReferences(false);
      Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      List<NmapPort> out = new ArrayList<>();
      NodeList ports = doc.getElementsByTagName("port");
      for (int i = 0; i < ports.getLength(); i++) {
        Element p = (Element) ports.item(i);
        Element state = (Element) p.getElementsByTagName("state").item(0);
        if (state == null || !state.getAttribute("state").equals("open") || !p.getAttribute("protocol").equals("tcp")) {
          continue;
        }
        Element svc = (Element) p.getElementsByTagName("service").item(0);
        String name = svc == null ? "" : svc.getAttribute("name");
        boolean tls = svc != null && svc.getAttribute("tunnel").equals("ssl") || name.equals("https") || name.startsWith("ssl");
        out.add(new NmapPort(Integer.parseInt(p.getAttribute("portid")), name, tls, svc == null ? "" : svc.getAttribute("product")));
      }
      return out;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("nmap XML not readable: " + e.getMessage(), e);
    }
  }

  /** The scan time nmap reports itself ({@code <finished elapsed="0.66">}), without its start-up. */
  static java.time.Duration nmapElapsed(String xml) {
    Matcher m = Pattern.compile("<finished [^>]*elapsed=\"([0-9.]+)\"").matcher(xml);
    return m.find() ? java.time.Duration.ofMillis((long) (Double.parseDouble(m.group(1)) * 1000)) : java.time.Duration.ZERO;
  }

  /** testssl.sh JSON findings: offered legacy protocols, offered weak cipher classes, certificate problems. */
  static List<Issue> testssl(String json, int port) throws IOException {
    List<Issue> out = new ArrayList<>();
    for (JsonNode f : JSON.readTree(json)) {
      String id = f.path("id").asText();
      String finding = f.path("finding").asText().toLowerCase(Locale.ROOT);
      boolean offered = finding.startsWith("offered");
      switch (id) {
        case "SSLv3" -> add(out, offered, Issue.Kind.TLS_OLD_PROTOCOL, port, "SSLv3");
        case "TLS1" -> add(out, offered, Issue.Kind.TLS_OLD_PROTOCOL, port, "TLSv1.0");
        case "TLS1_1" -> add(out, offered, Issue.Kind.TLS_OLD_PROTOCOL, port, "TLSv1.1");
        case "cipherlist_NULL" -> add(out, offered, Issue.Kind.TLS_WEAK_CIPHER, port, "NULL");
        case "cipherlist_aNULL" -> add(out, offered, Issue.Kind.TLS_WEAK_CIPHER, port, "ANON");
        case "cipherlist_EXPORT" -> add(out, offered, Issue.Kind.TLS_WEAK_CIPHER, port, "EXPORT");
        case "cipherlist_LOW" -> add(out, offered, Issue.Kind.TLS_WEAK_CIPHER, port, "DES");
        case "cipherlist_3DES_IDEA" -> add(out, offered, Issue.Kind.TLS_WEAK_CIPHER, port, "3DES");
        case "cipherlist_RC4" -> add(out, offered, Issue.Kind.TLS_WEAK_CIPHER, port, "RC4");
        case "cert_expirationStatus" -> add(out, finding.contains("expired"), Issue.Kind.CERT_EXPIRED, port, "");
        case "cert_chain_of_trust" -> add(out, finding.contains("self signed"), Issue.Kind.CERT_SELF_SIGNED, port, "");
        case "cert_keySize" -> add(out, keyTooSmall(finding), Issue.Kind.CERT_WEAK_KEY, port, "");
        case "cert_signatureAlgorithm" -> add(out, finding.contains("sha1") || finding.contains("md5"), Issue.Kind.CERT_WEAK_SIGNATURE, port, "");
        default -> { }
      }
    }
    return out;
  }

  private static boolean keyTooSmall(String finding) {
    Matcher m = Pattern.compile("(rsa|dsa)\\s+(\\d+)\\s+bits").matcher(finding);
    if (m.find()) {
      return Integer.parseInt(m.group(2)) < 2048;
    }
    Matcher ec = Pattern.compile("ec\\w*\\s+(\\d+)\\s+bits").matcher(finding);
    return ec.find() && Integer.parseInt(ec.group(1)) < 256;
  }

  /** ssh-audit text output: algorithms it marks [fail] (weak) or [warn]. Only failures count as weaknesses here. */
  static List<Issue> sshAudit(String text, int port) {
    List<Issue> out = new ArrayList<>();
    for (String raw : text.lines().toList()) {
      String line = raw.replaceAll("\u001B\\[[0-9;]*m", "").strip();
      Matcher m = SSH_AUDIT.matcher(line);
      if (m.find() && m.group(3).equals("fail")) {
        out.add(new Issue(Issue.Kind.SSH_WEAK_ALGORITHM, port, m.group(2)));
      }
    }
    return out.stream().distinct().toList();
  }

  /** hydra's lines for found credentials. */
  static List<Issue> hydra(String text) {
    List<Issue> out = new ArrayList<>();
    for (String line : text.lines().toList()) {
      Matcher m = HYDRA.matcher(line.strip());
      if (m.matches()) {
        out.add(new Issue(Issue.Kind.DEFAULT_CREDENTIAL, Integer.parseInt(m.group(1)), m.group(3)));
      }
    }
    return out;
  }

  private static void add(List<Issue> out, boolean when, Issue.Kind kind, int port, String detail) {
    if (when) {
      out.add(new Issue(kind, port, detail));
    }
  }
}
