package dev.iotcop.net.proto.telnet;

import java.util.OptionalInt;

/**
 * What one {@link TelnetClient#readUntil} call saw.
 *
 * @param text the data received during the call (telnet commands removed), as UTF-8 with malformed bytes replaced
 * @param stop why reading stopped
 * @param matched the index of the first pattern (in the order given) that matched, when {@code stop} is MATCHED
 */
public record ReadResult(String text, Stop stop, OptionalInt matched) {

  public enum Stop {
    MATCHED,
    TIMEOUT,
    CLOSED,
    BYTE_CAP
  }
}
