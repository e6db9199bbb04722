package dev.iotcop.net.proto.ssdp;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply to M-SEARCH: an HTTP status line and headers in one datagram. Header names are upper-cased; when a header
 * repeats, the first value counts.
 */
public record SsdpResponse(int status, String reason, Map<String, String> headers) {
  public static final int MAX_BYTES = 8 * 1024;
  public static final int MAX_HEADERS = 64;
  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: (.*))?");
  private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}");
  private static final Pattern MAX_AGE = Pattern.compile("max-age\\s*=\\s*\"?(\\d{1,9})", Pattern.CASE_INSENSITIVE);

  public SsdpResponse {
    headers = Map.copyOf(headers);
  }

  public static SsdpResponse parse(byte[] datagram) throws SsdpFormatException {
    if (datagram.length > MAX_BYTES) {
      throw new SsdpFormatException("response of " + datagram.length + " bytes exceeds " + MAX_BYTES);
    }
    String text = new String(datagram, StandardCharsets.UTF_8);
    String[] lines = text.split("\r?\n", -1);
    Matcher status = STATUS_LINE.matcher(lines[0]);
    if (!status.matches()) {
      throw new SsdpFormatException("not an HTTP status line: " + abbreviate(lines[0]));
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length && !lines[i].isEmpty(); i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0 || !HEADER_NAME.matcher(lines[i].substring(0, colon)).matches()) {
        throw new SsdpFormatException("malformed header line: " + abbreviate(lines[i]));
      }
      if (i > MAX_HEADERS) {
        throw new SsdpFormatException("more than " + MAX_HEADERS + " headers");
      }
      headers.putIfAbsent(lines[i].substring(0, colon).toUpperCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
    }
    return new SsdpResponse(Integer.parseInt(status.group(1)), status.group(2) == null ? "" : status.group(2), headers);
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toUpperCase(Locale.ROOT)));
  }

  /** LOCATION as an absolute http or https URI; empty when missing or unusable. */
  public Optional<URI> location() {
    return header("LOCATION").flatMap(value -> {
      try {
        URI uri = new URI(value);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
            ? Optional.of(uri) : Optional.empty();
      } catch (URISyntaxException e) {
        return Optional.empty();
      }
    });
  }

  public Optional<String> server() {
    return header("SERVER");
  }

  public Optional<String> searchTarget() {
    return header("ST");
  }

  public Optional<String> uniqueServiceName() {
    return header("USN");
  }

  /** The max-age of CACHE-CONTROL: how long the advertisement stays valid. */
  public Optional<Duration> maxAge() {
    return header("CACHE-CONTROL").flatMap(value -> {
      Matcher matcher = MAX_AGE.matcher(value);
      return matcher.find() ? Optional.of(Duration.ofSeconds(Long.parseLong(matcher.group(1)))) : Optional.empty();
    });
  }

  private static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }
}
