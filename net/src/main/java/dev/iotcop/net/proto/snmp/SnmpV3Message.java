package dev.iotcop.net.proto.snmp;

import dev.iotcop.net.proto.Octets;
import java.util.List;
import java.util.Objects;

/**
 * An SNMPv3 message (RFC 3412 section 6) with the User-based Security Model: the header data, the USM parameters, and
 * the scoped PDU in plain text or, when the privacy flag is set, encrypted. Only USM (security model 3) is handled.
 */
public record SnmpV3Message(int messageId, int maxSize, int flags, UsmSecurityParameters security, Data data) {
  public static final int VERSION = 3;
  public static final int SECURITY_MODEL_USM = 3;
  public static final int FLAG_AUTH = 0x01;
  public static final int FLAG_PRIV = 0x02;
  public static final int FLAG_REPORTABLE = 0x04;
  /** The largest datagram iotcop can take in: a UDP payload over IPv4. */
  public static final int MAX_RECEIVE_SIZE = 65_507;

  /** The scoped PDU, readable or encrypted. */
  public sealed interface Data {}

  public record Plain(ScopedPdu scopedPdu) implements Data {
    public Plain {
      Objects.requireNonNull(scopedPdu, "scopedPdu");
    }
  }

  public record Encrypted(Octets cipherText) implements Data {
    public Encrypted {
      Objects.requireNonNull(cipherText, "cipherText");
    }
  }

  public SnmpV3Message {
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(data, "data");
    if (messageId < 0 || maxSize < 0) {
      throw new IllegalArgumentException("message id and maximum size are not negative");
    }
    if (flags < 0 || flags > 0xFF) {
      throw new IllegalArgumentException("flags are one octet");
    }
    if (((flags & FLAG_PRIV) != 0) != (data instanceof Encrypted)) {
      throw new IllegalArgumentException("the privacy flag and an encrypted scoped PDU go together");
    }
    if ((flags & FLAG_PRIV) != 0 && (flags & FLAG_AUTH) == 0) {
      throw new IllegalArgumentException("privacy needs authentication");
    }
  }

  /**
   * The engine discovery request of RFC 3414 section 4: reportable, no authentication, no privacy, an empty user and
   * engine id, and an empty GetRequest. An agent answers with a Report that names its engine, without any credential.
   */
  public static SnmpV3Message engineDiscovery(int messageId, int requestId) {
    Pdu get = Pdu.request(PduType.GET_REQUEST, requestId, List.of());
    return new SnmpV3Message(messageId, MAX_RECEIVE_SIZE, FLAG_REPORTABLE, UsmSecurityParameters.discovery(),
        new Plain(new ScopedPdu(Octets.empty(), Octets.empty(), get)));
  }

  public boolean authenticated() {
    return (flags & FLAG_AUTH) != 0;
  }

  public boolean reportable() {
    return (flags & FLAG_REPORTABLE) != 0;
  }
}
