package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Confidence;
import dev.iotcop.net.proto.ssh.SshAlgorithmKind;
import dev.iotcop.net.proto.ssh.WeakSshAlgorithm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How much a weak SSH algorithm counts against a server, from {@code ssh-algorithm-severity.csv} beside this class.
 * The proto package says which algorithms are weak; this table says which of them fail the provision. A pattern is an
 * exact name or a name with {@code *} wildcards; the first matching row wins. A weak algorithm with no row counts as
 * {@link Level#DISCOURAGED}, so a new entry in the weak list is reviewed rather than silently failed or ignored.
 */
final class SshAlgorithmSeverity {
  private static final String RESOURCE = "ssh-algorithm-severity.csv";

  /** The levels, worst first. */
  enum Level {
    /** Broken or within reach of practical attacks: FAIL, high confidence. */
    BROKEN(Optional.of(Confidence.HIGH)),
    /** Retired by current guidance, though no cheap attack is known: FAIL, medium confidence. */
    OBSOLETE(Optional.of(Confidence.MEDIUM)),
    /** Not current practice, but defensible in a maintained server: FAIL with low confidence, for a reviewer. */
    DISCOURAGED(Optional.of(Confidence.LOW)),
    /** Weaker than the best but still in current default configurations: INFO only. */
    NOTED(Optional.empty());

    private final Optional<Confidence> failure;

    Level(Optional<Confidence> failure) {
      this.failure = failure;
    }

    /** The confidence of the failure at this level, or empty when the level is only noted. */
    Optional<Confidence> failure() {
      return failure;
    }
  }

  private record Rule(SshAlgorithmKind kind, String pattern, String level) {}

  private final List<Rule> rules;

  private SshAlgorithmSeverity(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static SshAlgorithmSeverity load() {
    try (InputStream in = SshAlgorithmSeverity.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      if (!"kind,pattern,severity,why".equals(reader.readLine())) {
        throw new IllegalStateException(RESOURCE + " has an unexpected header");
      }
      List<Rule> rules = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", 4);
        if (f.length != 4 || f[1].isEmpty() || f[3].isBlank()) {
          throw new IllegalStateException(RESOURCE + ": bad row " + line);
        }
        String level = f[2];
        if (!level.equals(SHA1_HOST_KEY)) {
          Level.valueOf(level.toUpperCase(Locale.ROOT));
        }
        rules.add(new Rule(SshAlgorithmKind.valueOf(f[0].toUpperCase(Locale.ROOT)), f[1], level));
      }
      return new SshAlgorithmSeverity(rules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The row value for SHA-1 RSA host key signatures. A client that knows the SHA-2 variants never uses them, and the
   * choice cannot be forced by an attacker, since the offers are covered by the key exchange hash. So they are only
   * discouraged when a host key algorithm that is not weak is offered too, and obsolete when they are all there is.
   */
  static final String SHA1_HOST_KEY = "sha1-host-key";

  /**
   * The level of one weak algorithm; {@code strongHostKeyOffered} tells whether the server also offers a host key
   * algorithm that is not weak.
   */
  Level levelOf(WeakSshAlgorithm weak, boolean strongHostKeyOffered) {
    return explicitLevel(weak, strongHostKeyOffered).orElse(Level.DISCOURAGED);
  }

  /** The level the table gives, or empty when no row matches. */
  Optional<Level> explicitLevel(WeakSshAlgorithm weak, boolean strongHostKeyOffered) {
    for (Rule r : rules) {
      if (r.kind() == weak.kind() && matches(r.pattern(), weak.name())) {
        if (r.level().equals(SHA1_HOST_KEY)) {
          return Optional.of(strongHostKeyOffered ? Level.DISCOURAGED : Level.OBSOLETE);
        }
        return Optional.of(Level.valueOf(r.level().toUpperCase(Locale.ROOT)));
      }
    }
    return Optional.empty();
  }

  /** {@code *} matches any run of characters, including none; everything else matches itself. */
  static boolean matches(String pattern, String name) {
    String[] parts = pattern.split("\\*", -1);
    if (parts.length == 1) {
      return pattern.equals(name);
    }
    if (!name.startsWith(parts[0])) {
      return false;
    }
    int at = parts[0].length();
    for (int i = 1; i < parts.length - 1; i++) {
      int found = name.indexOf(parts[i], at);
      if (found < 0) {
        return false;
      }
      at = found + parts[i].length();
    }
    String last = parts[parts.length - 1];
    return name.length() - last.length() >= at && name.endsWith(last);
  }
}
