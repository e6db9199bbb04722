package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.engine.evidence.Transcript;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags as secret every transcript line that contains the password, so a service that echoes what was typed cannot leak
 * it into a report. Passwords shorter than three characters are left alone: they would flag half the dialog.
 */
final class TranscriptSecrets {
  private TranscriptSecrets() {}

  static List<Evidence> scrub(List<Evidence> evidence, String password) {
    if (password.length() < 3) {
      return evidence;
    }
    List<Evidence> out = new ArrayList<>(evidence.size());
    for (Evidence e : evidence) {
      out.add(e instanceof Transcript t ? scrub(t, password) : e);
    }
    return out;
  }

  static Transcript scrub(Transcript t, String password) {
    if (password.length() < 3) {
      return t;
    }
    List<Transcript.Line> lines = new ArrayList<>(t.lines().size());
    for (Transcript.Line l : t.lines()) {
      lines.add(!l.secret() && l.text().contains(password) ? new Transcript.Line(l.direction(), l.text(), true) : l);
    }
    return new Transcript(t.protocol(), lines);
  }
}
