package dev.iotcop.net.proto.snmp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Sends community-based requests to one agent over UDP and waits for the matching response: same request id, same
 * community, from the agent's address. Anything else that arrives (stray or malformed datagrams) is ignored until the
 * timeout. Agents usually stay silent for a wrong community, so "no answer" is a normal result, not an error; a host
 * that answers that nothing listens on the port (ICMP port unreachable) is, and {@link java.net.PortUnreachableException}
 * is thrown.
 */
public final class SnmpClient {
  private static final int RECEIVE_BUFFER = SnmpCodec.MAX_MESSAGE_BYTES;

  private final InetSocketAddress agent;
  private final Duration timeout;
  private final int retries;
  private final RandomGenerator requestIds;

  /**
   * @param timeout how long to wait for each attempt
   * @param retries how many times to resend after a silent attempt (0 sends once)
   */
  public SnmpClient(InetSocketAddress agent, Duration timeout, int retries) {
    if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (retries < 0 || retries > 10) {
      throw new IllegalArgumentException("retries must be between 0 and 10");
    }
    this.agent = agent;
    this.timeout = timeout;
    this.retries = retries;
    this.requestIds = new SecureRandom();
  }

  /** Sends a request PDU of the given type for the OIDs and returns the matching response, if one came in time. */
  public Optional<SnmpMessage> request(SnmpVersion version, String community, PduType type, List<Oid> oids)
      throws IOException {
    int requestId = requestIds.nextInt(1, Integer.MAX_VALUE);
    SnmpMessage request = new SnmpMessage(version, community, Pdu.request(type, requestId, oids));
    return exchange(SnmpCodec.encode(request), datagram -> {
      SnmpMessage message = SnmpCodec.decode(datagram);
      return message.pdu().type() == PduType.RESPONSE && message.pdu().requestId() == requestId
          && message.community().equals(community) ? Optional.of(message) : Optional.empty();
    });
  }

  /**
   * Sends an SNMPv3 engine discovery request (no user, no authentication) and returns what the agent's Report said
   * about its engine. Agents answer it without any credential, so it finds SNMPv3-capable agents whatever their
   * communities and users; empty when nothing answered with a Report to this message id.
   */
  public Optional<EngineDiscovery> discoverEngine() throws IOException {
    int messageId = requestIds.nextInt(1, Integer.MAX_VALUE);
    byte[] bytes = SnmpV3Codec.encode(SnmpV3Message.engineDiscovery(messageId, requestIds.nextInt(1, Integer.MAX_VALUE)));
    return exchange(bytes, datagram -> {
      SnmpV3Message message = SnmpV3Codec.decode(datagram);
      if (message.messageId() == messageId && message.data() instanceof SnmpV3Message.Plain plain
          && plain.scopedPdu().pdu().type() == PduType.REPORT) {
        UsmSecurityParameters usm = message.security();
        return Optional.of(new EngineDiscovery(new EngineId(usm.engineId()), usm.engineBoots(), usm.engineTime(),
            plain.scopedPdu().pdu().varBinds()));
      }
      return Optional.empty();
    });
  }

  /** Reads one datagram as the answer it waits for; empty (or a format error) for anything else. */
  @FunctionalInterface
  private interface AnswerMatcher<T> {
    Optional<T> match(byte[] datagram) throws SnmpFormatException;
  }

  /** Sends the request, resending after each silent attempt, and returns the first datagram the matcher accepts. */
  private <T> Optional<T> exchange(byte[] request, AnswerMatcher<T> matcher) throws IOException {
    try (DatagramSocket socket = new DatagramSocket()) {
      socket.connect(agent);
      for (int attempt = 0; attempt <= retries; attempt++) {
        socket.send(new DatagramPacket(request, request.length));
        Optional<T> answer = await(socket, matcher);
        if (answer.isPresent()) {
          return answer;
        }
      }
    }
    return Optional.empty();
  }

  private <T> Optional<T> await(DatagramSocket socket, AnswerMatcher<T> matcher) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    byte[] buffer = new byte[RECEIVE_BUFFER];
    while (true) {
      long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
      if (left <= 0) {
        return Optional.empty();
      }
      socket.setSoTimeout((int) left);
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (SocketTimeoutException e) {
        return Optional.empty();
      }
      try {
        Optional<T> answer = matcher.match(Arrays.copyOf(packet.getData(), packet.getLength()));
        if (answer.isPresent()) {
          return answer;
        }
      } catch (SnmpFormatException ignored) {
        // not an answer to us; keep waiting until the deadline
      }
    }
  }

  /**
   * Reads sysDescr.0, sysObjectID.0, sysName.0, sysContact.0 and sysLocation.0 with one community. Returns empty when
   * the agent did not answer at all (wrong community, or no agent). An SNMPv1 agent refuses a whole request when one
   * object is missing, so after an error the objects are asked for one at a time.
   */
  public Optional<SystemGroup> readSystemGroup(SnmpVersion version, String community) throws IOException {
    Optional<SnmpMessage> all = request(version, community, PduType.GET_REQUEST, SystemGroup.OIDS);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    if (all.get().pdu().errorStatus() == 0) {
      return Optional.of(SystemGroup.from(all.get().pdu().varBinds()));
    }
    List<VarBind> found = new ArrayList<>();
    for (Oid oid : SystemGroup.OIDS) {
      request(version, community, PduType.GET_REQUEST, List.of(oid))
          .filter(response -> response.pdu().errorStatus() == 0)
          .ifPresent(response -> found.addAll(response.pdu().varBinds()));
    }
    return Optional.of(SystemGroup.from(found));
  }
}
