package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.evidence.Evidence;
import java.util.List;
import java.util.Optional;

/** What examining one clear-text service showed about credentials crossing it. */
sealed interface Exposure {
  List<Evidence> evidence();

  /** The service takes a user name and password (or shows a shell) without encryption. */
  record CredentialsInClear(String suffix, Confidence confidence, List<String> args, List<Evidence> evidence)
      implements Exposure {
    public CredentialsInClear {
      args = List.copyOf(args);
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * No credential was seen crossing the service (anonymous broker, anonymous-only FTP, web pages without a login).
   * {@code suffix} names an INFO finding, or is empty when the service is no management interface worth a line.
   */
  record NoCredentials(Optional<String> suffix, List<String> args, List<Evidence> evidence) implements Exposure {
    public NoCredentials {
      args = List.copyOf(args);
      evidence = List.copyOf(evidence);
    }
  }

  /** The service refuses to take a login until the connection is encrypted (e.g. FTP demanding AUTH TLS). */
  record EncryptionRequired(String suffix, List<String> args, List<Evidence> evidence) implements Exposure {
    public EncryptionRequired {
      args = List.copyOf(args);
      evidence = List.copyOf(evidence);
    }
  }

  /** The examination could not tell: no answer, connection refused, an answer it did not understand. */
  record Undetermined(String reason, List<Evidence> evidence) implements Exposure {
    public Undetermined {
      evidence = List.copyOf(evidence);
    }
  }
}
