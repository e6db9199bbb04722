package dev.iotcop.lab.profile;

/** HTTP basic authentication in front of every URL under {@code path}. */
public record BasicAuth(String path, String realm, String user, String password) {

  public BasicAuth {
    path = path == null ? "/" : path;
    if (!path.matches("/[A-Za-z0-9._/-]*")) {
      throw new IllegalArgumentException("basic auth path '" + path + "' must be an absolute URL path");
    }
    realm = Names.requireLine(realm == null ? "device" : realm, "realm");
    if (user == null || password == null || user.contains(":") || realm.contains("\"")) {
      throw new IllegalArgumentException("basic auth needs a user without ':' and a password");
    }
    Names.requireLine(user, "basic auth user");
    Names.requireLine(password, "basic auth password");
  }
}
