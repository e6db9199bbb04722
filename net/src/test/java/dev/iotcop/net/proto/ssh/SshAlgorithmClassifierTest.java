package dev.iotcop.net.proto.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SshAlgorithmClassifierTest {
  private final SshAlgorithmClassifier classifier = SshAlgorithmClassifier.load();

  @Test
  void flagsKnownWeakNamesPerKind() {
    assertThat(classifier.classify(SshAlgorithmKind.KEX, "diffie-hellman-group1-sha1")).isPresent();
    assertThat(classifier.classify(SshAlgorithmKind.HOST_KEY, "ssh-dss")).isPresent();
    assertThat(classifier.classify(SshAlgorithmKind.CIPHER, "arcfour256")).isPresent();
    assertThat(classifier.classify(SshAlgorithmKind.CIPHER, "twofish256-cbc")).isPresent();
    assertThat(classifier.classify(SshAlgorithmKind.MAC, "hmac-md5-96")).isPresent();
    assertThat(classifier.classify(SshAlgorithmKind.MAC, "hmac-sha1").orElseThrow().reason()).isNotBlank();
  }

  @Test
  void leavesStrongNamesAndOtherKindsAlone() {
    assertThat(classifier.classify(SshAlgorithmKind.KEX, "curve25519-sha256")).isEmpty();
    assertThat(classifier.classify(SshAlgorithmKind.CIPHER, "aes256-gcm@openssh.com")).isEmpty();
    assertThat(classifier.classify(SshAlgorithmKind.CIPHER, "aes128-ctr")).isEmpty();
    assertThat(classifier.classify(SshAlgorithmKind.MAC, "hmac-sha1-etm@openssh.com")).isEmpty();
    assertThat(classifier.classify(SshAlgorithmKind.HOST_KEY, "rsa-sha2-256")).isEmpty();
    assertThat(classifier.classify(SshAlgorithmKind.MAC, "ssh-rsa")).isEmpty();
  }

  @Test
  void globMatchesRunsOfCharacters() {
    assertThat(SshAlgorithmClassifier.glob("*-cbc", "aes128-cbc")).isTrue();
    assertThat(SshAlgorithmClassifier.glob("*-cbc", "aes128-cbc-x")).isFalse();
    assertThat(SshAlgorithmClassifier.glob("*-cbc@*", "rijndael-cbc@lysator.liu.se")).isTrue();
    assertThat(SshAlgorithmClassifier.glob("a*b*c", "a-b-b-c")).isTrue();
    assertThat(SshAlgorithmClassifier.glob("exact", "exact")).isTrue();
    assertThat(SshAlgorithmClassifier.glob("exact", "exactly")).isFalse();
  }
}
