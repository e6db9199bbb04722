package dev.iotcop.net.proto.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One challenge from a WWW-Authenticate field (RFC 9110 section 11.6.1): a scheme with either auth-params or a
 * token68. Parameter names are kept in lower case; the scheme keeps the server's spelling.
 */
public record AuthChallenge(String scheme, Map<String, String> params, Optional<String> token68) {
  static final int MAX_INPUT = 8192;
  static final int MAX_CHALLENGES = 16;
  static final int MAX_PARAMS = 32;

  public AuthChallenge {
    if (!HttpSyntax.isToken(scheme)) {
      throw new IllegalArgumentException("scheme is not a token");
    }
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    if (token68.isPresent() && !params.isEmpty()) {
      throw new IllegalArgumentException("a challenge has a token68 or parameters, not both");
    }
  }

  public boolean isScheme(String name) {
    return scheme.equalsIgnoreCase(name);
  }

  public Optional<String> param(String name) {
    return Optional.ofNullable(params.get(name.toLowerCase(Locale.ROOT)));
  }

  public Optional<String> realm() {
    return param("realm");
  }

  /** The challenge as a server would send it; every parameter value quoted. */
  public String encode() {
    if (token68.isPresent()) {
      return scheme + " " + token68.get();
    }
    if (params.isEmpty()) {
      return scheme;
    }
    return scheme + " " + params.entrySet().stream().map(e -> e.getKey() + "=" + HttpSyntax.quote(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  /** All challenges in one field value. */
  public static List<AuthChallenge> parse(String value) throws HttpProtocolException {
    if (value.length() > MAX_INPUT) {
      throw new HttpProtocolException("WWW-Authenticate longer than " + MAX_INPUT);
    }
    return new Parser(value).challenges();
  }

  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    List<AuthChallenge> challenges() throws HttpProtocolException {
      List<AuthChallenge> out = new ArrayList<>();
      skipSeparators();
      while (pos < s.length()) {
        if (out.size() == MAX_CHALLENGES) {
          throw new HttpProtocolException("more than " + MAX_CHALLENGES + " challenges");
        }
        out.add(challenge());
        skipSeparators();
      }
      if (out.isEmpty()) {
        throw new HttpProtocolException("no challenge in WWW-Authenticate");
      }
      return out;
    }

    private AuthChallenge challenge() throws HttpProtocolException {
      String scheme = token("auth scheme");
      int spaces = skipSpaces();
      if (pos >= s.length() || s.charAt(pos) == ',' || spaces == 0) {
        if (spaces == 0 && pos < s.length() && s.charAt(pos) != ',') {
          throw new HttpProtocolException("unexpected character after scheme " + scheme);
        }
        return new AuthChallenge(scheme, Map.of(), Optional.empty());
      }
      int start = pos;
      int end = token68End(pos);
      if (end > pos) {
        int after = end;
        while (after < s.length() && (s.charAt(after) == ' ' || s.charAt(after) == '\t')) {
          after++;
        }
        if (after >= s.length() || s.charAt(after) == ',') {
          pos = end;
          return new AuthChallenge(scheme, Map.of(), Optional.of(s.substring(start, end)));
        }
      }
      Map<String, String> params = new LinkedHashMap<>();
      while (true) {
        String name = token("parameter name").toLowerCase(Locale.ROOT);
        skipSpaces();
        expect('=');
        skipSpaces();
        String value = pos < s.length() && s.charAt(pos) == '"' ? quoted() : token("parameter value");
        if (params.size() == MAX_PARAMS) {
          throw new HttpProtocolException("more than " + MAX_PARAMS + " parameters");
        }
        params.putIfAbsent(name, value);
        skipSpaces();
        if (pos >= s.length()) {
          break;
        }
        expect(',');
        skipSeparators();
        if (pos >= s.length() || !nextIsParam()) {
          break;
        }
      }
      return new AuthChallenge(scheme, params, Optional.empty());
    }

    /** After a comma: a token followed by "=" continues the parameters; anything else starts a new challenge. */
    private boolean nextIsParam() {
      int p = pos;
      while (p < s.length() && HttpSyntax.isTchar(s.charAt(p))) {
        p++;
      }
      if (p == pos) {
        return false;
      }
      while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
        p++;
      }
      return p < s.length() && s.charAt(p) == '=';
    }

    private int token68End(int from) {
      int p = from;
      while (p < s.length() && (Character.isLetterOrDigit(s.charAt(p)) && s.charAt(p) < 128
          || "-._~+/".indexOf(s.charAt(p)) >= 0)) {
        p++;
      }
      if (p == from) {
        return from;
      }
      while (p < s.length() && s.charAt(p) == '=') {
        p++;
      }
      return p;
    }

    private String token(String what) throws HttpProtocolException {
      int start = pos;
      while (pos < s.length() && HttpSyntax.isTchar(s.charAt(pos))) {
        pos++;
      }
      if (pos == start) {
        throw new HttpProtocolException("expected " + what + " at offset " + start);
      }
      return s.substring(start, pos);
    }

    private String quoted() throws HttpProtocolException {
      StringBuilder b = new StringBuilder();
      pos++;
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        if (c == '"') {
          return b.toString();
        }
        if (c == '\\') {
          if (pos >= s.length()) {
            break;
          }
          c = s.charAt(pos++);
        }
        b.append(c);
      }
      throw new HttpProtocolException("unterminated quoted string");
    }

    private void expect(char c) throws HttpProtocolException {
      if (pos >= s.length() || s.charAt(pos) != c) {
        throw new HttpProtocolException("expected '" + c + "' at offset " + pos);
      }
      pos++;
    }

    private int skipSpaces() {
      int start = pos;
      while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
        pos++;
      }
      return pos - start;
    }

    private void skipSeparators() {
      while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t' || s.charAt(pos) == ',')) {
        pos++;
      }
    }
  }
}
