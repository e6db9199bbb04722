package dev.iotcop.net.proto.http;

import java.util.List;
import java.util.Optional;

/**
 * An HTML form with a password field. {@code action} is as written in the page (empty means the page itself);
 * {@code method} is upper case, GET when the page says nothing.
 */
public record LoginForm(
    String action,
    String method,
    List<FormField> fields,
    String passwordField,
    Optional<String> usernameField) {

  public LoginForm {
    fields = List.copyOf(fields);
  }

  /** One named control of the form. */
  public record FormField(String name, String type, String value) {}
}
