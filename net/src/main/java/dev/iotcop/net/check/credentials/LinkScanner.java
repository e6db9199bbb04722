package dev.iotcop.net.check.credentials;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the pages a web page links to on the same server: {@code href} and {@code src} of anchors, areas and frames,
 * resolved against the page's path. Links to other hosts or schemes, fragments, scripts and static files are left out.
 * A bounded regular scan, not an HTML parser: it looks at no more than {@link #MAX_INPUT} characters.
 */
final class LinkScanner {
  static final int MAX_INPUT = 256 * 1024;
  private static final Pattern LINK = Pattern.compile("<(?:a|area|frame|iframe)\\b[^>]{0,2000}?\\b(?:href|src)\\s*=\\s*"
      + "(?:\"([^\"<>]{0,2000})\"|'([^'<>]{0,2000})'|([^\\s\"'<>]{1,2000}))", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Set<String> STATIC = Set.of("css", "js", "png", "jpg", "jpeg", "gif", "ico", "svg", "woff", "woff2",
      "ttf", "pdf", "zip", "bin", "img", "tar", "gz", "mp4", "jar", "cab", "exe");

  private LinkScanner() {}

  /** Same-server paths linked from {@code html}, which was served at {@code basePath}; at most {@code limit}, in order. */
  static List<String> links(String html, String basePath, int limit) {
    String s = html.length() > MAX_INPUT ? html.substring(0, MAX_INPUT) : html;
    Set<String> out = new LinkedHashSet<>();
    Matcher m = LINK.matcher(s);
    while (out.size() < limit && m.find()) {
      String raw = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      resolve(basePath, decode(raw.strip())).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  private static String decode(String v) {
    return v.replace("&amp;", "&");
  }

  /** The absolute path of a link relative to {@code basePath}, when it stays on the same server and is worth a look. */
  static java.util.Optional<String> resolve(String basePath, String link) {
    if (link.isEmpty() || link.startsWith("#") || link.startsWith("//") || SCHEME.matcher(link).find()
        || link.chars().anyMatch(c -> c <= 0x20 || c >= 0x7F || c == '\\')) {
      return java.util.Optional.empty();
    }
    String path = link;
    int cut = indexOfAny(path, "#");
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    String query = "";
    int q = path.indexOf('?');
    if (q >= 0) {
      query = path.substring(q);
      path = path.substring(0, q);
    }
    if (!path.startsWith("/")) {
      String dir = basePath.substring(0, basePath.lastIndexOf('/') + 1);
      path = dir + path;
    }
    String normal = normalise(path);
    int dot = normal.lastIndexOf('.');
    if (dot > normal.lastIndexOf('/') && STATIC.contains(normal.substring(dot + 1).toLowerCase(Locale.ROOT))) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(normal + query);
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Removes {@code .} and {@code ..} segments; never climbs above the root. */
  static String normalise(String path) {
    Deque<String> segments = new ArrayDeque<>();
    String[] parts = path.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      boolean last = i == parts.length - 1;
      if (p.equals(".") || p.isEmpty() && !last) {
        continue;
      }
      if (p.equals("..")) {
        segments.pollLast();
        continue;
      }
      segments.addLast(p);
    }
    String joined = "/" + String.join("/", segments);
    boolean directory = path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..");
    return directory && !joined.endsWith("/") ? joined + "/" : joined;
  }
}
