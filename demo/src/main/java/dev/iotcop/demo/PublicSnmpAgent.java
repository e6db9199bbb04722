package dev.iotcop.demo;

import dev.iotcop.net.proto.snmp.Oid;
import dev.iotcop.net.proto.snmp.Pdu;
import dev.iotcop.net.proto.snmp.PduType;
import dev.iotcop.net.proto.snmp.SnmpCodec;
import dev.iotcop.net.proto.snmp.SnmpFormatException;
import dev.iotcop.net.proto.snmp.SnmpMessage;
import dev.iotcop.net.proto.snmp.SnmpValue;
import dev.iotcop.net.proto.snmp.SystemGroup;
import dev.iotcop.net.proto.snmp.VarBind;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An SNMP v1/v2c agent that answers GET requests for the system group to anyone using the community {@code public},
 * as many devices ship. Requests with another community are dropped silently, as real agents do; other objects are
 * answered with noSuchObject.
 */
public final class PublicSnmpAgent implements AutoCloseable {
  private static final String COMMUNITY = "public";
  private final DatagramSocket socket;
  private final Map<Oid, String> system;
  private final ExecutorService loop = Executors.newVirtualThreadPerTaskExecutor();

  public PublicSnmpAgent(InetAddress address, Map<Oid, String> system) throws SocketException {
    this.socket = new DatagramSocket(new InetSocketAddress(address, 0));
    this.system = Map.copyOf(system);
    loop.execute(this::serve);
  }

  public static Map<Oid, String> systemGroup(String model, String serial) {
    return Map.of(SystemGroup.SYS_DESCR, model + " IP camera, firmware 2.4.1, serial " + serial,
        SystemGroup.SYS_NAME, "democam", SystemGroup.SYS_CONTACT, "support@democam.example", SystemGroup.SYS_LOCATION, "living room");
  }

  public int port() {
    return socket.getLocalPort();
  }

  private Void serve() {
    byte[] buf = new byte[4096];
    while (!socket.isClosed()) {
      DatagramPacket in = new DatagramPacket(buf, buf.length);
      try {
        socket.receive(in);
        SnmpMessage request = SnmpCodec.decode(Arrays.copyOf(in.getData(), in.getLength()));
        if (!COMMUNITY.equals(request.community()) || request.pdu().type() != PduType.GET_REQUEST) {
          continue;
        }
        List<VarBind> answers = new ArrayList<>();
        for (VarBind vb : request.pdu().varBinds()) {
          String value = system.get(vb.oid());
          answers.add(new VarBind(vb.oid(), value == null ? new SnmpValue.NoSuchObject() : SnmpValue.OctetString.of(value)));
        }
        SnmpMessage response = new SnmpMessage(request.version(), request.community(),
            new Pdu(PduType.RESPONSE, request.pdu().requestId(), 0, 0, answers));
        byte[] out = SnmpCodec.encode(response);
        socket.send(new DatagramPacket(out, out.length, in.getSocketAddress()));
      } catch (SnmpFormatException e) {
        // not SNMP v1/v2c (for instance an SNMPv3 discovery): ignored, as an agent without v3 would
      } catch (IOException e) {
        if (socket.isClosed()) {
          return null;
        }
      }
    }
    return null;
  }

  @Override
  public void close() {
    socket.close();
    loop.shutdownNow();
  }
}
