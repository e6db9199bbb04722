package dev.iotcop.lab.profile;

/**
 * Account lockout after failed logins, enforced by pam_faillock for the services that authenticate through PAM
 * (OpenSSH with password login, vsftpd local logins, telnet with the system login program).
 */
public record Lockout(Integer deny, Integer unlockTimeSeconds) {

  public Lockout {
    deny = deny == null ? 5 : deny;
    unlockTimeSeconds = unlockTimeSeconds == null ? 600 : unlockTimeSeconds;
    if (deny < 1 || unlockTimeSeconds < 0) {
      throw new IllegalArgumentException("lockout needs deny >= 1 and unlockTimeSeconds >= 0");
    }
  }
}
