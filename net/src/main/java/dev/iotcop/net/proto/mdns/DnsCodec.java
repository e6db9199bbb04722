package dev.iotcop.net.proto.mdns;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes DNS messages (names written in full, never compressed) and decodes them, following compression pointers
 * safely: a pointer must lead strictly backwards from the label sequence it interrupts, so every chain ends, and the
 * decoded name may not exceed 255 bytes. Counts in the header never drive allocation; the bytes present do.
 */
public final class DnsCodec {
  public static final int MAX_MESSAGE_BYTES = 65_535;
  private static final int HEADER_BYTES = 12;

  private DnsCodec() {}

  public static byte[] encode(DnsMessage message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    u16(out, message.id());
    u16(out, message.flags());
    u16(out, message.questions().size());
    u16(out, message.answers().size());
    u16(out, message.authorities().size());
    u16(out, message.additionals().size());
    for (DnsQuestion question : message.questions()) {
      name(out, question.name());
      u16(out, question.type());
      u16(out, question.questionClass() | (question.unicastResponse() ? 0x8000 : 0));
    }
    for (DnsRecord record : message.allRecords()) {
      name(out, record.name());
      u16(out, record.type());
      u16(out, record.recordClass() | (record.cacheFlush() ? 0x8000 : 0));
      u32(out, record.ttl());
      byte[] data = recordData(record.data());
      u16(out, data.length);
      out.writeBytes(data);
    }
    return out.toByteArray();
  }

  private static byte[] recordData(RecordData data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (data) {
      case RecordData.A a -> out.writeBytes(a.address().getAddress());
      case RecordData.Aaaa a -> out.writeBytes(a.address().getAddress());
      case RecordData.Ptr p -> name(out, p.target());
      case RecordData.Srv s -> {
        u16(out, s.priority());
        u16(out, s.weight());
        u16(out, s.port());
        name(out, s.target());
      }
      case RecordData.Txt t -> t.strings().forEach(string -> {
        byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
        out.write(bytes.length);
        out.writeBytes(bytes);
      });
      case RecordData.Raw r -> out.writeBytes(r.data());
    }
    if (out.size() > 0xFFFF) {
      throw new IllegalArgumentException("RDATA longer than 65535 bytes");
    }
    return out.toByteArray();
  }

  private static void name(ByteArrayOutputStream out, DnsName name) {
    for (String label : name.labels()) {
      byte[] bytes = label.getBytes(StandardCharsets.UTF_8);
      out.write(bytes.length);
      out.writeBytes(bytes);
    }
    out.write(0);
  }

  private static void u16(ByteArrayOutputStream out, int value) {
    out.write(value >>> 8);
    out.write(value);
  }

  private static void u32(ByteArrayOutputStream out, long value) {
    u16(out, (int) (value >>> 16) & 0xFFFF);
    u16(out, (int) value & 0xFFFF);
  }

  public static DnsMessage decode(byte[] message) throws DnsFormatException {
    if (message.length > MAX_MESSAGE_BYTES) {
      throw new DnsFormatException("message of " + message.length + " bytes exceeds " + MAX_MESSAGE_BYTES);
    }
    if (message.length < HEADER_BYTES) {
      throw new DnsFormatException("message shorter than a DNS header");
    }
    Reader in = new Reader(message);
    int id = in.u16();
    int flags = in.u16();
    int questionCount = in.u16();
    int answerCount = in.u16();
    int authorityCount = in.u16();
    int additionalCount = in.u16();
    List<DnsQuestion> questions = new ArrayList<>();
    for (int i = 0; i < questionCount; i++) {
      DnsName name = in.name();
      int type = in.u16();
      int questionClass = in.u16();
      questions.add(new DnsQuestion(name, type, questionClass & 0x7FFF, (questionClass & 0x8000) != 0));
    }
    List<DnsRecord> answers = records(in, answerCount);
    List<DnsRecord> authorities = records(in, authorityCount);
    List<DnsRecord> additionals = records(in, additionalCount);
    if (in.position != message.length) {
      throw new DnsFormatException((message.length - in.position) + " bytes after the last record");
    }
    return new DnsMessage(id, flags, questions, answers, authorities, additionals);
  }

  private static List<DnsRecord> records(Reader in, int count) throws DnsFormatException {
    List<DnsRecord> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      DnsName name = in.name();
      int type = in.u16();
      int recordClass = in.u16();
      long ttl = in.u32();
      int length = in.u16();
      in.need(length);
      int end = in.position + length;
      RecordData data = recordData(in, type, end);
      if (in.position != end) {
        throw new DnsFormatException("RDATA of type " + type + " does not fill its " + length + " bytes");
      }
      records.add(new DnsRecord(name, recordClass & 0x7FFF, (recordClass & 0x8000) != 0, ttl, data));
    }
    return records;
  }

  private static RecordData recordData(Reader in, int type, int end) throws DnsFormatException {
    int length = end - in.position;
    return switch (type) {
      case DnsType.A -> {
        if (length != 4) {
          throw new DnsFormatException("A record of " + length + " bytes");
        }
        yield new RecordData.A((Inet4Address) address(in.bytes(4)));
      }
      case DnsType.AAAA -> {
        if (length != 16) {
          throw new DnsFormatException("AAAA record of " + length + " bytes");
        }
        yield new RecordData.Aaaa((Inet6Address) address(in.bytes(16)));
      }
      case DnsType.PTR -> new RecordData.Ptr(in.nameWithin(end));
      case DnsType.SRV -> {
        int priority = in.u16Within(end);
        int weight = in.u16Within(end);
        int port = in.u16Within(end);
        yield new RecordData.Srv(priority, weight, port, in.nameWithin(end));
      }
      case DnsType.TXT -> {
        List<String> strings = new ArrayList<>();
        while (in.position < end) {
          int size = in.u8();
          if (in.position + size > end) {
            throw new DnsFormatException("TXT string runs past its record");
          }
          strings.add(text(in.bytes(size)));
        }
        yield new RecordData.Txt(strings);
      }
      default -> new RecordData.Raw(type, in.bytes(length));
    };
  }

  private static InetAddress address(byte[] bytes) throws DnsFormatException {
    try {
      InetAddress address = InetAddress.getByAddress(bytes);
      if (bytes.length == 16 && !(address instanceof Inet6Address)) {
        // an IPv4-mapped IPv6 address comes back as IPv4; keep the record's own family
        return Inet6Address.getByAddress(null, bytes, -1);
      }
      return address;
    } catch (UnknownHostException e) {
      throw new DnsFormatException("bad address length");
    }
  }

  /** UTF-8 with each malformed byte replaced by '?', so the text never needs more bytes than the wire did. */
  static String text(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith("?");
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("replacing decoder cannot fail", e);
    }
  }

  private static final class Reader {
    private final byte[] data;
    private int position;

    Reader(byte[] data) {
      this.data = data;
    }

    void need(int count) throws DnsFormatException {
      if (count > data.length - position) {
        throw new DnsFormatException("truncated at offset " + position);
      }
    }

    int u8() throws DnsFormatException {
      need(1);
      return data[position++] & 0xFF;
    }

    int u16() throws DnsFormatException {
      need(2);
      int value = ((data[position] & 0xFF) << 8) | (data[position + 1] & 0xFF);
      position += 2;
      return value;
    }

    int u16Within(int end) throws DnsFormatException {
      if (position + 2 > end) {
        throw new DnsFormatException("field runs past its record");
      }
      return u16();
    }

    long u32() throws DnsFormatException {
      return ((long) u16() << 16) | u16();
    }

    byte[] bytes(int count) throws DnsFormatException {
      need(count);
      byte[] bytes = Arrays.copyOfRange(data, position, position + count);
      position += count;
      return bytes;
    }

    DnsName nameWithin(int end) throws DnsFormatException {
      DnsName name = name();
      if (position > end) {
        throw new DnsFormatException("name runs past its record");
      }
      return name;
    }

    DnsName name() throws DnsFormatException {
      List<String> labels = new ArrayList<>();
      int cursor = position;
      int runStart = position;
      int resume = -1;
      int wireLength = 1;
      while (true) {
        if (cursor >= data.length) {
          throw new DnsFormatException("name runs past the message");
        }
        int length = data[cursor] & 0xFF;
        if (length == 0) {
          cursor++;
          break;
        }
        int kind = length & 0xC0;
        if (kind == 0xC0) {
          if (cursor + 1 >= data.length) {
            throw new DnsFormatException("truncated compression pointer");
          }
          int target = ((length & 0x3F) << 8) | (data[cursor + 1] & 0xFF);
          if (target >= runStart) {
            throw new DnsFormatException("compression pointer at " + cursor + " does not point backwards");
          }
          if (resume < 0) {
            resume = cursor + 2;
          }
          cursor = target;
          runStart = target;
          continue;
        }
        if (kind != 0) {
          throw new DnsFormatException("unsupported label type 0x" + Integer.toHexString(kind));
        }
        if (cursor + 1 + length > data.length) {
          throw new DnsFormatException("label runs past the message");
        }
        wireLength += length + 1;
        if (wireLength > DnsName.MAX_NAME_BYTES) {
          throw new DnsFormatException("name longer than 255 bytes");
        }
        labels.add(text(Arrays.copyOfRange(data, cursor + 1, cursor + 1 + length)));
        cursor += 1 + length;
      }
      position = resume >= 0 ? resume : cursor;
      return new DnsName(labels);
    }
  }
}
