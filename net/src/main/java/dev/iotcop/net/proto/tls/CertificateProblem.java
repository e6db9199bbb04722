package dev.iotcop.net.proto.tls;

/** One thing wrong with a certificate, with the detail that shows it (dates, sizes, algorithm names). */
public record CertificateProblem(Kind kind, String detail) {
  public enum Kind {
    EXPIRED("certificate problem: expired"),
    NOT_YET_VALID("certificate problem: not valid yet"),
    SELF_SIGNED("certificate problem: self-signed"),
    WEAK_KEY("certificate problem: key too short"),
    WEAK_SIGNATURE("certificate problem: signed with a broken hash");

    private final String summary;

    Kind(String summary) {
      this.summary = summary;
    }

    /** Always starts with "certificate problem", so it is never confused with a handshake refusal. */
    public String summary() {
      return summary;
    }
  }

  @Override
  public String toString() {
    return kind.summary() + " (" + detail + ")";
  }
}
