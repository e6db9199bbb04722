package dev.iotcop.net.proto.ftp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What FEAT (RFC 2389) told about the server. {@code authMechanisms} lists the AUTH arguments offered (RFC 4217), such
 * as TLS or SSL, upper-cased.
 */
public record FtpFeatures(boolean featSupported, List<String> features, List<String> authMechanisms) {
  private static final int MAX_FEATURES = 200;
  private static final int MAX_FEATURE_LENGTH = 200;

  public FtpFeatures {
    features = List.copyOf(features);
    authMechanisms = List.copyOf(authMechanisms);
  }

  public boolean authTls() {
    return authMechanisms.contains("TLS") || authMechanisms.contains("TLS-C") || authMechanisms.contains("SSL");
  }

  /** Reads a FEAT reply; anything other than a 211 means the command is not supported. Never fails. */
  public static FtpFeatures fromReply(FtpReply reply) {
    if (reply.code() != 211) {
      return new FtpFeatures(false, List.of(), List.of());
    }
    List<String> features = new ArrayList<>();
    List<String> auth = new ArrayList<>();
    List<String> lines = reply.lines();
    // the first and last lines are the 211- header and the 211 end line; features are the lines between
    for (int i = 1; i < lines.size() - 1 && features.size() < MAX_FEATURES; i++) {
      String feature = lines.get(i).strip();
      if (feature.isEmpty()) {
        continue;
      }
      if (feature.length() > MAX_FEATURE_LENGTH) {
        feature = feature.substring(0, MAX_FEATURE_LENGTH);
      }
      features.add(feature);
      String[] words = feature.split("\\s+", 2);
      if (words[0].equalsIgnoreCase("AUTH") && words.length == 2) {
        for (String mechanism : words[1].split("[;,\\s]+")) {
          if (!mechanism.isEmpty() && auth.size() < MAX_FEATURES) {
            auth.add(mechanism.toUpperCase(Locale.ROOT));
          }
        }
      }
    }
    return new FtpFeatures(true, features, auth);
  }
}
