package dev.iotcop.net.proto.mdns;

import java.util.List;
import java.util.stream.Stream;

/** A DNS message: the 16-bit id and flags word, and the four sections. */
public record DnsMessage(int id, int flags, List<DnsQuestion> questions, List<DnsRecord> answers,
    List<DnsRecord> authorities, List<DnsRecord> additionals) {

  public static final int FLAG_RESPONSE = 0x8000;
  public static final int FLAG_AUTHORITATIVE = 0x0400;
  public static final int FLAG_TRUNCATED = 0x0200;

  public DnsMessage {
    if (id < 0 || id > 0xFFFF || flags < 0 || flags > 0xFFFF) {
      throw new IllegalArgumentException("id and flags are 16 bits");
    }
    questions = List.copyOf(questions);
    answers = List.copyOf(answers);
    authorities = List.copyOf(authorities);
    additionals = List.copyOf(additionals);
    if (Stream.of(questions.size(), answers.size(), authorities.size(), additionals.size()).anyMatch(n -> n > 0xFFFF)) {
      throw new IllegalArgumentException("a section holds at most 65535 entries");
    }
  }

  public boolean isResponse() {
    return (flags & FLAG_RESPONSE) != 0;
  }

  public boolean isTruncated() {
    return (flags & FLAG_TRUNCATED) != 0;
  }

  public int opcode() {
    return (flags >>> 11) & 0x0F;
  }

  public int responseCode() {
    return flags & 0x0F;
  }

  /** Answers, authorities and additionals together, in that order. */
  public List<DnsRecord> allRecords() {
    return Stream.of(answers, authorities, additionals).flatMap(List::stream).toList();
  }
}
