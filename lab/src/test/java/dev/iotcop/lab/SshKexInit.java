package dev.iotcop.lab;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The algorithm lists an SSH server offers in its first KEXINIT (RFC 4253 section 7.1), read without logging in. */
record SshKexInit(String banner, Map<String, List<String>> lists) {
  private static final List<String> NAMES = List.of("kex", "hostkey", "cipher_c2s", "cipher_s2c", "mac_c2s", "mac_s2c",
      "compression_c2s", "compression_s2c", "lang_c2s", "lang_s2c");

  static SshKexInit read(InetAddress address, int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2000);
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write("SSH-2.0-iotcop_lab_probe\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder banner = new StringBuilder();
      for (int b = in.read(); b >= 0 && b != '\n' && banner.length() < 255; b = in.read()) {
        banner.append((char) b);
      }
      DataInputStream data = new DataInputStream(in);
      int length = data.readInt();
      if (length < 20 || length > 35000) {
        throw new IOException("implausible SSH packet length " + length);
      }
      byte[] packet = data.readNBytes(length);
      int padding = packet[0] & 0xff;
      if (packet[1] != 20) {
        throw new IOException("first packet is not KEXINIT but " + packet[1]);
      }
      int at = 2 + 16;
      Map<String, List<String>> lists = new LinkedHashMap<>();
      for (String name : NAMES) {
        int n = ((packet[at] & 0xff) << 24) | ((packet[at + 1] & 0xff) << 16) | ((packet[at + 2] & 0xff) << 8)
            | (packet[at + 3] & 0xff);
        at += 4;
        if (n < 0 || at + n > packet.length - padding) {
          throw new IOException("name-list " + name + " overruns the packet");
        }
        String value = new String(packet, at, n, StandardCharsets.US_ASCII);
        at += n;
        lists.put(name, value.isEmpty() ? List.of() : Arrays.asList(value.split(",")));
      }
      return new SshKexInit(banner.toString().strip(), lists);
    }
  }

  /** Key exchange methods without the extension markers (ext-info, strict-kex) servers add. */
  List<String> keyExchanges() {
    return lists.get("kex").stream().filter(k -> !k.startsWith("ext-info-") && !k.startsWith("kex-strict-")).toList();
  }
}
