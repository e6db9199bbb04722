package dev.iotcop.net.check.disclosure;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Outcome;

/**
 * What kind of information a device gives away before authentication, and how much it weighs against the provision
 * that a device should reveal as little security-relevant information as it can to callers that have not
 * authenticated.
 */
enum InfoKind {
  /**
   * Serial numbers identify one unit for good; vendors derive default passwords, cloud pairing and warranty look-ups
   * from them, so handing one to anyone who asks is a disclosure the device can easily avoid.
   */
  SERIAL_NUMBER(Outcome.FAIL, Confidence.MEDIUM),
  /**
   * The exact version of the device's own firmware tells an attacker which published vulnerabilities apply: the
   * provision names detailed software versions as its example of what not to reveal.
   */
  FIRMWARE_VERSION(Outcome.FAIL, Confidence.MEDIUM),
  /** SNMP read with the well-known community: the management data is open to anyone, whatever it holds. */
  DEFAULT_COMMUNITY(Outcome.FAIL, Confidence.MEDIUM),
  /**
   * A MAC address is shown, but anyone on the device's own link sees it anyway; it matters only when the service is
   * reachable from further away, which a test from one network cannot tell. Shown, but not enough to fail.
   */
  MAC_ADDRESS(Outcome.FAIL, Confidence.LOW),
  /**
   * The exact version of a server component in a banner the protocol does not require (HTTP Server, FTP greeting,
   * RTSP Server, telnet greeting). It helps an attacker, and servers print it by default; shown without deciding.
   */
  COMPONENT_VERSION(Outcome.FAIL, Confidence.LOW),
  /**
   * A software version the protocol itself requires in its greeting (the SSH identification string, the UPnP SERVER
   * header): a device cannot leave it out and still speak the protocol, so it is information only.
   */
  REQUIRED_VERSION(Outcome.INFO, Confidence.HIGH),
  /** Model and manufacturer are printed on the box; what matters is the firmware running on it. */
  MODEL(Outcome.INFO, Confidence.HIGH),
  MANUFACTURER(Outcome.INFO, Confidence.HIGH),
  /** Names, contacts and locations the owner set or the device advertises for discovery. */
  DEVICE_NAME(Outcome.INFO, Confidence.HIGH),
  /** Identifiers the protocol requires (UPnP UDN, SNMP engine id) to tell devices apart. */
  UNIQUE_ID(Outcome.INFO, Confidence.HIGH),
  /** The services a device advertises: what discovery protocols are for. */
  SERVICE_LIST(Outcome.INFO, Confidence.HIGH),
  /** Time since boot, from which the last reboot (and so the last update) can be guessed. */
  UPTIME(Outcome.INFO, Confidence.HIGH);

  private final Outcome outcome;
  private final Confidence confidence;

  InfoKind(Outcome outcome, Confidence confidence) {
    this.outcome = outcome;
    this.confidence = confidence;
  }

  Outcome outcome() {
    return outcome;
  }

  Confidence confidence() {
    return confidence;
  }
}
