package dev.iotcop.net.proto.tls;

/** Why a cipher suite counts as weak. One suite can have several reasons. */
public enum SuiteWeakness {
  /** No encryption at all. */
  NULL_CIPHER,
  /** Deliberately shortened keys from the old export rules. */
  EXPORT,
  /** No server authentication, so anyone in the middle can impersonate the server. */
  ANONYMOUS,
  /** RC4 stream cipher, with known keystream biases. */
  RC4,
  /** Single DES, 56-bit keys or less. */
  DES,
  /** Triple DES, 64-bit blocks (collision attacks on long sessions). */
  TRIPLE_DES,
  /** MD5 for record integrity. */
  MD5,
  /** CBC mode with HMAC-SHA1 in MAC-then-encrypt order, the source of padding-oracle attacks. */
  CBC_SHA1
}
