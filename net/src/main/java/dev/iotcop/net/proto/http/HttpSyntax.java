package dev.iotcop.net.proto.http;

/** Character classes of RFC 9110 that several parsers here share. */
final class HttpSyntax {
  private HttpSyntax() {}

  static boolean isTchar(int c) {
    return c > 0x20 && c < 0x7F && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
  }

  static boolean isToken(String s) {
    return !s.isEmpty() && s.chars().allMatch(HttpSyntax::isTchar);
  }

  /** Quotes a value as an HTTP quoted-string, escaping backslash and double quote. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('"').toString();
  }
}
