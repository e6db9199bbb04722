package dev.iotcop.engine.evidence;

import java.util.List;

/** An excerpt of a protocol exchange, line by line, with the direction of each line. Secrets sent are flagged. */
public record Transcript(String protocol, List<Line> lines) implements Evidence {
  public static final int MAX_LINE = 300;

  public Transcript {
    lines = List.copyOf(lines);
  }

  public enum Direction {
    SENT,
    RECEIVED,
    NOTE
  }

  /** One line; when {@code secret} is set the text is a secret the tool sent and is masked unless asked. */
  public record Line(Direction direction, String text, boolean secret) {
    public Line {
      text = text.length() > MAX_LINE ? text.substring(0, MAX_LINE) + "…" : text;
    }

    public static Line sent(String text) {
      return new Line(Direction.SENT, text, false);
    }

    public static Line sentSecret(String text) {
      return new Line(Direction.SENT, text, true);
    }

    public static Line received(String text) {
      return new Line(Direction.RECEIVED, text, false);
    }

    public static Line note(String text) {
      return new Line(Direction.NOTE, text, false);
    }

    public String render(boolean showSecrets) {
      return secret ? new Secret(text).render(showSecrets) : text;
    }
  }

  @Override
  public String type() {
    return "transcript";
  }
}
