package dev.iotcop.net.check.credentials;

import dev.iotcop.net.proto.http.AuthChallenge;
import dev.iotcop.net.proto.http.LoginForm;

/** A login found on a web service: an authentication challenge at a path, or a login form on a page. */
sealed interface WebLogin {
  /** The path that asks for credentials (the challenge's resource, or the page carrying the form). */
  String path();

  /** Text that may name the product: realm, page title, Server header. */
  String identification();

  record Challenge(String path, AuthChallenge challenge, String identification) implements WebLogin {
    boolean digest() {
      return challenge.isScheme("Digest");
    }
  }

  record Form(String path, LoginForm form, String identification) implements WebLogin {}
}
