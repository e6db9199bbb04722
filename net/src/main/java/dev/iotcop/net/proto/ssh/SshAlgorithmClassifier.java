package dev.iotcop.net.proto.ssh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Says which offered SSH algorithms are weak, from the {@code ssh-weak-algorithms.csv} data file beside this class.
 * A pattern is an exact name or contains {@code *} matching any run of characters; the first matching row wins.
 */
public final class SshAlgorithmClassifier {
  private static final String RESOURCE = "ssh-weak-algorithms.csv";

  private record Rule(SshAlgorithmKind kind, String pattern, String reason) {
    boolean matches(String name) {
      return glob(pattern, name);
    }
  }

  private final List<Rule> rules;

  private SshAlgorithmClassifier(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static SshAlgorithmClassifier load() {
    try (InputStream in = SshAlgorithmClassifier.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Rule> rules = new ArrayList<>();
      String header = reader.readLine();
      if (!"kind,pattern,reason".equals(header)) {
        throw new IllegalStateException(RESOURCE + " has an unexpected header");
      }
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", 3);
        if (f.length != 3 || f[1].isEmpty() || f[2].isBlank()) {
          throw new IllegalStateException(RESOURCE + ": bad row " + line);
        }
        rules.add(new Rule(SshAlgorithmKind.valueOf(f[0].toUpperCase(Locale.ROOT)), f[1], f[2]));
      }
      return new SshAlgorithmClassifier(rules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<WeakSshAlgorithm> classify(SshAlgorithmKind kind, String name) {
    return rules.stream().filter(r -> r.kind == kind && r.matches(name)).findFirst()
        .map(r -> new WeakSshAlgorithm(kind, name, r.reason));
  }

  /** Every weak algorithm the KEXINIT offers, each name once per kind, in offer order. */
  public List<WeakSshAlgorithm> weakIn(KexInit kex) {
    Set<WeakSshAlgorithm> out = new LinkedHashSet<>();
    add(out, SshAlgorithmKind.KEX, kex.kexAlgorithms());
    add(out, SshAlgorithmKind.HOST_KEY, kex.serverHostKeyAlgorithms());
    add(out, SshAlgorithmKind.CIPHER, kex.encryptionServerToClient());
    add(out, SshAlgorithmKind.CIPHER, kex.encryptionClientToServer());
    add(out, SshAlgorithmKind.MAC, kex.macServerToClient());
    add(out, SshAlgorithmKind.MAC, kex.macClientToServer());
    return List.copyOf(out);
  }

  private void add(Set<WeakSshAlgorithm> out, SshAlgorithmKind kind, List<String> names) {
    names.forEach(n -> classify(kind, n).ifPresent(out::add));
  }

  /** Matches {@code *} against any run of characters; iterative, linear in practice for our short names. */
  static boolean glob(String pattern, String name) {
    int p = 0;
    int n = 0;
    int star = -1;
    int mark = 0;
    while (n < name.length()) {
      if (p < pattern.length() && pattern.charAt(p) == name.charAt(n)) {
        p++;
        n++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        mark = n;
      } else if (star >= 0) {
        p = star + 1;
        n = ++mark;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
