package dev.iotcop.net.identify;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises services that speak first (SSH, telnet, FTP, SMTP, POP3, IMAP, VNC) from the bytes they send on
 * connection. A pure function of the bytes: safe on anything.
 */
public final class BannerClassifier {
  private static final Pattern SSH = Pattern.compile("^SSH-([0-9.]+)-([^\\s\\r\\n]+)");
  private static final Pattern PRODUCT_VERSION = Pattern.compile("([A-Za-z][A-Za-z-]*)[_/ -]v?([0-9][0-9A-Za-z.+~-]*)");
  private static final Pattern VSFTPD = Pattern.compile("\\(vsFTPd ([0-9.]+)\\)");
  private static final Pattern PROFTPD = Pattern.compile("ProFTPD ([0-9.a-z]+)");

  private BannerClassifier() {}

  public static Optional<Identification> classify(byte[] banner) {
    if (banner.length == 0) {
      return Optional.empty();
    }
    String text = printable(banner);
    if ((banner[0] & 0xff) == 0xff) {
      return Optional.of(Identification.of("telnet", "", "", text.strip()));
    }
    Matcher ssh = SSH.matcher(text);
    if (ssh.find()) {
      String software = ssh.group(2);
      Matcher pv = PRODUCT_VERSION.matcher(software);
      boolean split = pv.find();
      String product = split ? pv.group(1) : software;
      String version = split ? pv.group(2) : "";
      return Optional.of(new Identification("ssh", false, product, version, firstLine(text), java.util.Map.of("ssh.protocol", ssh.group(1))));
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (text.startsWith("220")) {
      if (lower.contains("smtp") || lower.contains("mail")) {
        return Optional.of(Identification.of("smtp", "", "", firstLine(text)));
      }
      Matcher vs = VSFTPD.matcher(text);
      if (vs.find()) {
        return Optional.of(Identification.of("ftp", "vsftpd", vs.group(1), firstLine(text)));
      }
      Matcher pro = PROFTPD.matcher(text);
      if (pro.find()) {
        return Optional.of(Identification.of("ftp", "ProFTPD", pro.group(1), firstLine(text)));
      }
      return Optional.of(Identification.of("ftp", "", "", firstLine(text)));
    }
    if (text.startsWith("RFB ")) {
      return Optional.of(Identification.of("vnc", "", text.substring(4, Math.min(text.length(), 11)).strip(), firstLine(text)));
    }
    if (text.startsWith("+OK")) {
      return Optional.of(Identification.of("pop3", "", "", firstLine(text)));
    }
    if (text.startsWith("* OK")) {
      return Optional.of(Identification.of("imap", "", "", firstLine(text)));
    }
    if (lower.contains("login:") || lower.contains("password:") || lower.contains("username:")) {
      return Optional.of(Identification.of("telnet", "", "", text.strip()));
    }
    return Optional.of(Identification.of("unknown", "", "", firstLine(text)));
  }

  /** The bytes as text with control characters other than line breaks removed, at most 512 characters. */
  static String printable(byte[] bytes) {
    String s = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7f)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String firstLine(String text) {
    String t = text.strip();
    int nl = t.indexOf('\n');
    return (nl < 0 ? t : t.substring(0, nl)).strip();
  }
}
