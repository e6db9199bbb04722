package dev.iotcop.lab.profile;

/**
 * A login account on the device. {@code password} null means the account has no usable password (a locked hash);
 * {@code sshKey} true makes the lab generate an Ed25519 key pair for it and authorise the public key.
 */
public record Account(String name, String password, Integer uid, String shell, Boolean sshKey) {

  public Account {
    Names.requireAccountName(name);
    Names.requireLine(password, "password of " + name);
    uid = uid == null ? ("root".equals(name) ? 0 : -1) : uid;
    shell = shell == null ? "/bin/sh" : Names.requireLine(shell, "shell of " + name);
    sshKey = sshKey != null && sshKey;
  }

  public boolean hasPassword() {
    return password != null;
  }
}
