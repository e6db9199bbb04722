package dev.iotcop.net.proto.ftp;

import java.util.List;

/** One server reply: its three-digit code and its text lines (the code prefix included, as sent). */
public record FtpReply(int code, List<String> lines) {
  public FtpReply {
    lines = List.copyOf(lines);
  }

  public String text() {
    return String.join("\n", lines);
  }
}
