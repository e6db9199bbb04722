package dev.iotcop.net.check.credentials;

/** A user name and password to try; the password never appears in {@link #toString()}. */
public record Credential(String username, String password) {
  @Override
  public String toString() {
    return "Credential[" + username + ", password hidden]";
  }
}
