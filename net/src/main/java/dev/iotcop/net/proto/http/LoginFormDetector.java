package dev.iotcop.net.proto.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds login forms in HTML: {@code <form>} elements that contain an {@code <input type=password>}. This is a small
 * tolerant tag scanner, not an HTML parser: it skips comments, scripts and styles, reads attributes quoted or not, and
 * looks at no more than {@link #MAX_INPUT} characters, so it runs in linear time on any input.
 */
public final class LoginFormDetector {
  public static final int MAX_INPUT = 512 * 1024;
  static final int MAX_FORMS = 64;
  static final int MAX_FIELDS = 256;

  private LoginFormDetector() {}

  public static List<LoginForm> detect(String html) {
    String s = html.length() > MAX_INPUT ? html.substring(0, MAX_INPUT) : html;
    List<LoginForm> forms = new ArrayList<>();
    FormBuilder current = null;
    int pos = 0;
    while (pos < s.length() && forms.size() < MAX_FORMS) {
      int lt = s.indexOf('<', pos);
      if (lt < 0) {
        break;
      }
      if (s.startsWith("<!--", lt)) {
        int end = s.indexOf("-->", lt + 4);
        pos = end < 0 ? s.length() : end + 3;
        continue;
      }
      Tag tag = readTag(s, lt);
      pos = tag.end;
      switch (tag.name) {
        case "script", "style", "textarea", "title" -> {
          if (!tag.closing) {
            int close = indexOfIgnoreCase(s, "</" + tag.name, pos);
            if (!tag.name.equals("textarea")) {
              pos = close < 0 ? s.length() : close;
            } else if (current != null) {
              current.add(tag.attributes.getOrDefault("name", ""), "textarea", "");
              pos = close < 0 ? s.length() : close;
            }
          }
        }
        case "form" -> {
          if (tag.closing) {
            if (current != null) {
              current.build().ifPresent(forms::add);
              current = null;
            }
          } else {
            if (current != null) {
              current.build().ifPresent(forms::add);
            }
            current = new FormBuilder(tag.attributes.getOrDefault("action", ""),
                tag.attributes.getOrDefault("method", "GET"));
          }
        }
        case "input" -> {
          if (current != null && !tag.closing) {
            current.add(tag.attributes.getOrDefault("name", ""),
                tag.attributes.getOrDefault("type", "text").toLowerCase(Locale.ROOT),
                tag.attributes.getOrDefault("value", ""));
          }
        }
        case "select", "button" -> {
          if (current != null && !tag.closing && tag.attributes.containsKey("name")) {
            current.add(tag.attributes.get("name"), tag.name, tag.attributes.getOrDefault("value", ""));
          }
        }
        default -> { }
      }
    }
    if (current != null && forms.size() < MAX_FORMS) {
      current.build().ifPresent(forms::add);
    }
    return List.copyOf(forms);
  }

  private record Tag(String name, boolean closing, Map<String, String> attributes, int end) {}

  /** Reads the tag starting at {@code lt}; always returns an end beyond {@code lt}, so the scan advances. */
  private static Tag readTag(String s, int lt) {
    int p = lt + 1;
    boolean closing = p < s.length() && s.charAt(p) == '/';
    if (closing) {
      p++;
    }
    int nameStart = p;
    while (p < s.length() && (Character.isLetterOrDigit(s.charAt(p)) || s.charAt(p) == '-')) {
      p++;
    }
    String name = s.substring(nameStart, p).toLowerCase(Locale.ROOT);
    if (name.isEmpty()) {
      return new Tag("", closing, Map.of(), lt + 1);
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    while (p < s.length()) {
      char c = s.charAt(p);
      if (c == '>') {
        return new Tag(name, closing, attrs, p + 1);
      }
      if (Character.isWhitespace(c) || c == '/') {
        p++;
        continue;
      }
      int an = p;
      while (p < s.length() && !Character.isWhitespace(s.charAt(p)) && "=>/".indexOf(s.charAt(p)) < 0) {
        p++;
      }
      if (p == an) {
        p++;
        continue;
      }
      String attr = s.substring(an, p).toLowerCase(Locale.ROOT);
      while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
        p++;
      }
      String value = "";
      if (p < s.length() && s.charAt(p) == '=') {
        p++;
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
          p++;
        }
        if (p < s.length() && (s.charAt(p) == '"' || s.charAt(p) == '\'')) {
          char q = s.charAt(p);
          int close = s.indexOf(q, p + 1);
          int end = close < 0 ? s.length() : close;
          value = s.substring(p + 1, end);
          p = close < 0 ? s.length() : close + 1;
        } else {
          int vs = p;
          while (p < s.length() && !Character.isWhitespace(s.charAt(p)) && s.charAt(p) != '>') {
            p++;
          }
          value = s.substring(vs, p);
        }
      }
      attrs.putIfAbsent(attr, decodeEntities(value));
    }
    return new Tag(name, closing, attrs, s.length());
  }

  private static String decodeEntities(String v) {
    if (v.indexOf('&') < 0) {
      return v;
    }
    return v.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static int indexOfIgnoreCase(String s, String needle, int from) {
    String lower = needle.toLowerCase(Locale.ROOT);
    for (int i = s.indexOf('<', from); i >= 0 && i + lower.length() <= s.length(); i = s.indexOf('<', i + 1)) {
      if (s.regionMatches(true, i, lower, 0, lower.length())) {
        return i;
      }
    }
    return -1;
  }

  private static final class FormBuilder {
    private final String action;
    private final String method;
    private final List<LoginForm.FormField> fields = new ArrayList<>();

    FormBuilder(String action, String method) {
      this.action = action;
      String m = method.strip().toUpperCase(Locale.ROOT);
      this.method = m.isEmpty() ? "GET" : m;
    }

    void add(String name, String type, String value) {
      if (fields.size() < MAX_FIELDS) {
        fields.add(new LoginForm.FormField(name, type, value));
      }
    }

    Optional<LoginForm> build() {
      Optional<LoginForm.FormField> password = fields.stream().filter(f -> f.type().equals("password")).findFirst();
      if (password.isEmpty()) {
        return Optional.empty();
      }
      int passwordIndex = fields.indexOf(password.get());
      Optional<String> user = Optional.empty();
      for (int i = passwordIndex - 1; i >= 0; i--) {
        LoginForm.FormField f = fields.get(i);
        if ((f.type().equals("text") || f.type().equals("email") || f.type().equals("tel")) && !f.name().isEmpty()) {
          user = Optional.of(f.name());
          break;
        }
      }
      return Optional.of(new LoginForm(action, method, fields, password.get().name(), user));
    }
  }
}
