package dev.iotcop.demo;

/** A user name and password a demo server accepts. */
public record Account(String username, String password) {
  public boolean matches(String user, String pass) {
    return username.equals(user) && password.equals(pass);
  }
}
