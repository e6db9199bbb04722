package dev.iotcop.net.proto.ssh;

import dev.iotcop.net.proto.Octets;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** SSH_MSG_KEXINIT (RFC 4253 section 7.1): the cookie, the ten algorithm name-lists and the guess flag. */
public record KexInit(
    Octets cookie,
    List<String> kexAlgorithms,
    List<String> serverHostKeyAlgorithms,
    List<String> encryptionClientToServer,
    List<String> encryptionServerToClient,
    List<String> macClientToServer,
    List<String> macServerToClient,
    List<String> compressionClientToServer,
    List<String> compressionServerToClient,
    List<String> languagesClientToServer,
    List<String> languagesServerToClient,
    boolean firstKexPacketFollows,
    long reserved) {

  /** Algorithm names are at most 64 characters (RFC 4251 section 6). */
  public static final int MAX_NAME = 64;
  /** Our cap on one name-list; real lists are a few hundred bytes. */
  public static final int MAX_NAME_LIST = 8192;

  public KexInit {
    kexAlgorithms = checked(kexAlgorithms);
    serverHostKeyAlgorithms = checked(serverHostKeyAlgorithms);
    encryptionClientToServer = checked(encryptionClientToServer);
    encryptionServerToClient = checked(encryptionServerToClient);
    macClientToServer = checked(macClientToServer);
    macServerToClient = checked(macServerToClient);
    compressionClientToServer = checked(compressionClientToServer);
    compressionServerToClient = checked(compressionServerToClient);
    languagesClientToServer = checked(languagesClientToServer);
    languagesServerToClient = checked(languagesServerToClient);
    if (cookie.length() != 16 || reserved < 0 || reserved > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("cookie must be 16 bytes and reserved a uint32");
    }
  }

  private static List<String> checked(List<String> names) {
    List<String> copy = List.copyOf(names);
    for (String n : copy) {
      if (!validName(n)) {
        throw new IllegalArgumentException("invalid algorithm name: " + n);
      }
    }
    if (String.join(",", copy).length() > MAX_NAME_LIST) {
      throw new IllegalArgumentException("name-list too long");
    }
    return copy;
  }

  static boolean validName(String n) {
    return !n.isEmpty() && n.length() <= MAX_NAME && n.chars().allMatch(c -> c > 0x20 && c < 0x7F && c != ',');
  }

  /** The ten lists in wire order. */
  public List<List<String>> nameLists() {
    return List.of(kexAlgorithms, serverHostKeyAlgorithms, encryptionClientToServer, encryptionServerToClient,
        macClientToServer, macServerToClient, compressionClientToServer, compressionServerToClient,
        languagesClientToServer, languagesServerToClient);
  }

  /** The payload, starting with message number 20. */
  public byte[] encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(SshPacket.MSG_KEXINIT);
    out.writeBytes(cookie.toByteArray());
    for (List<String> list : nameLists()) {
      byte[] b = String.join(",", list).getBytes(StandardCharsets.US_ASCII);
      writeU32(out, b.length);
      out.writeBytes(b);
    }
    out.write(firstKexPacketFollows ? 1 : 0);
    writeU32(out, reserved);
    return out.toByteArray();
  }

  public static KexInit decode(byte[] payload) throws SshProtocolException {
    SshInput in = new SshInput(payload);
    int type = in.u8("message type");
    if (type != SshPacket.MSG_KEXINIT) {
      throw new SshProtocolException("expected KEXINIT (20), got message " + type);
    }
    Octets cookie = Octets.of(in.bytes(16, "cookie"));
    List<List<String>> lists = new ArrayList<>(10);
    for (int i = 0; i < 10; i++) {
      lists.add(nameList(in.asciiString(MAX_NAME_LIST, "name-list")));
    }
    boolean follows = in.bool("first_kex_packet_follows");
    long reserved = in.u32("reserved");
    return new KexInit(cookie, lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4), lists.get(5),
        lists.get(6), lists.get(7), lists.get(8), lists.get(9), follows, reserved);
  }

  private static List<String> nameList(String text) throws SshProtocolException {
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String n : text.split(",", -1)) {
      if (!validName(n)) {
        throw new SshProtocolException("invalid algorithm name in name-list: '" + n + "'");
      }
      names.add(n);
    }
    return names;
  }

  private static void writeU32(ByteArrayOutputStream out, long v) {
    out.write((int) (v >>> 24));
    out.write((int) (v >>> 16));
    out.write((int) (v >>> 8));
    out.write((int) v);
  }
}
