package dev.iotcop.net.check.surface;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of an HTML page and its visible text, read well enough to judge what the page lets a visitor do. One
 * forward pass over at most 256 KiB: scripts, styles and comments are skipped, form controls collected, other tags
 * dropped. Not an HTML parser: a malformed page gives a partial result, never an error, and never slows the pass.
 */
record PageForms(List<Form> forms, String visibleText) {
  static final int MAX_CHARS = 256 * 1024;
  static final int MAX_FORMS = 32;
  static final int MAX_FIELDS = 128;
  private static final int MAX_TAG_FOR_ATTRIBUTES = 4096;
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-z][a-z0-9_:-]*)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACE = Pattern.compile("\\s+");

  record Field(String element, String type, String name, String value) {
    boolean password() {
      return element.equals("input") && type.equals("password");
    }

    /** A control a person fills in or chooses (not hidden, not a button). */
    boolean entry() {
      return switch (element) {
        case "select", "textarea" -> true;
        case "input" -> !List.of("hidden", "submit", "button", "reset", "image").contains(type);
        default -> false;
      };
    }
  }

  record Form(String method, String action, List<Field> fields, String text) {
    Form {
      fields = List.copyOf(fields);
    }
  }

  PageForms {
    forms = List.copyOf(forms);
  }

  static PageForms read(String html) {
    String page = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
    List<Form> forms = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    FormBuilder open = null;
    int i = 0;
    while (i < page.length()) {
      char c = page.charAt(i);
      if (c != '<') {
        text.append(c);
        if (open != null) {
          open.text.append(c);
        }
        i++;
        continue;
      }
      if (page.startsWith("<!--", i)) {
        int end = page.indexOf("-->", i + 4);
        if (end < 0) {
          break;
        }
        i = end + 3;
        continue;
      }
      int close = page.indexOf('>', i);
      if (close < 0) {
        break;
      }
      String tag = tagName(page, i + 1, close);
      String content = page.substring(i + 1, close);
      i = close + 1;
      text.append(' ');
      switch (tag) {
        case "script", "style" -> {
          int end = indexOfIgnoringCase(page, "</" + tag, i);
          int after = end < 0 ? -1 : page.indexOf('>', end);
          i = after < 0 ? page.length() : after + 1;
        }
        case "form" -> {
          if (open != null && forms.size() < MAX_FORMS) {
            forms.add(open.build());
          }
          Map<String, String> a = attributes(content);
          open = new FormBuilder(a.getOrDefault("method", "get").toUpperCase(Locale.ROOT), a.getOrDefault("action", ""));
        }
        case "/form" -> {
          if (open != null && forms.size() < MAX_FORMS) {
            forms.add(open.build());
          }
          open = null;
        }
        case "input", "select", "textarea", "button" -> {
          if (open != null && open.fields.size() < MAX_FIELDS) {
            Map<String, String> a = attributes(content);
            String type = a.getOrDefault("type", tag.equals("input") ? "text" : tag).toLowerCase(Locale.ROOT);
            String value = a.getOrDefault("value", "");
            open.fields.add(new Field(tag, type, a.getOrDefault("name", a.getOrDefault("id", "")), value));
            if (tag.equals("input") && List.of("submit", "button").contains(type)) {
              open.text.append(' ').append(value).append(' ');
            }
          }
        }
        default -> { }
      }
      if (open != null) {
        open.text.append(' ');
      }
    }
    if (open != null && forms.size() < MAX_FORMS) {
      forms.add(open.build());
    }
    return new PageForms(forms, collapse(text));
  }

  private static final class FormBuilder {
    final String method;
    final String action;
    final List<Field> fields = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    FormBuilder(String method, String action) {
      this.method = method;
      this.action = action;
    }

    Form build() {
      return new Form(method, action, fields, collapse(text));
    }
  }

  /** The element name of a tag starting at {@code from} (after '<'), with a leading '/' for end tags. */
  private static String tagName(String page, int from, int to) {
    int i = from;
    StringBuilder name = new StringBuilder();
    if (i < to && page.charAt(i) == '/') {
      name.append('/');
      i++;
    }
    while (i < to && name.length() < 16 && isAsciiLetterOrDigit(page.charAt(i))) {
      name.append(Character.toLowerCase(page.charAt(i++)));
    }
    return name.toString();
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static int indexOfIgnoringCase(String text, String needle, int from) {
    for (int i = from; i + needle.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  private static Map<String, String> attributes(String tag) {
    String t = tag.length() > MAX_TAG_FOR_ATTRIBUTES ? tag.substring(0, MAX_TAG_FOR_ATTRIBUTES) : tag;
    Map<String, String> out = new HashMap<>();
    Matcher m = ATTRIBUTE.matcher(t);
    while (m.find()) {
      String value = m.group(2);
      if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
        value = value.substring(1, value.length() - 1);
      }
      out.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value);
    }
    return out;
  }

  private static String collapse(CharSequence text) {
    return SPACE.matcher(text).replaceAll(" ").strip();
  }
}
