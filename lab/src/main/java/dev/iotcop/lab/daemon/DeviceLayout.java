package dev.iotcop.lab.daemon;

import java.nio.file.Path;

/**
 * The files of one device under its work directory. The device's /etc/passwd, /etc/shadow, /etc/pam.d and the like
 * are bind-mounted from {@code etc/} inside the device's private mount namespace; daemons log into {@code log/}.
 */
public record DeviceLayout(Path root) {

  public Path etc() {
    return root.resolve("etc");
  }

  public Path pamDirectory() {
    return etc().resolve("pam.d");
  }

  public Path logs() {
    return root.resolve("log");
  }

  public Path log(String fileName) {
    return logs().resolve(fileName);
  }

  /** Everything a daemon printed on stdout and stderr. */
  public Path consoleLog(String service) {
    return log(service + ".console.log");
  }

  public Path syslog() {
    return log("syslog.log");
  }

  public Path run() {
    return root.resolve("run");
  }

  /** Mount point where the device's private /dev is assembled before it is moved over /dev. */
  public Path devStaging() {
    return root.resolve("dev");
  }

  public Path service(String service) {
    return root.resolve("svc").resolve(service);
  }

  public Path faillock() {
    return root.resolve("faillock");
  }

  public Path home(String account) {
    return root.resolve("home").resolve(account);
  }

  public Path clientKeys() {
    return root.resolve("client-keys");
  }

  public Path certificateAuthority() {
    return root.resolve("ca");
  }

  public Path anchorScript() {
    return run().resolve("anchor.sh");
  }

  public Path anchorReady() {
    return run().resolve("anchor.ready");
  }

  public Path anchorLog() {
    return log("anchor.console.log");
  }
}
