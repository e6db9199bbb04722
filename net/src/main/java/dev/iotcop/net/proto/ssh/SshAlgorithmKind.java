package dev.iotcop.net.proto.ssh;

/** Which name-list an algorithm comes from; the encryption and MAC lists cover both directions. */
public enum SshAlgorithmKind {
  KEX,
  HOST_KEY,
  CIPHER,
  MAC
}
