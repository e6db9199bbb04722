package dev.iotcop.engine.evidence;

/** A file inside an analysed image: its path, hash, size and the excerpt that matters (e.g. a shadow line). */
public record FileEvidence(String path, String sha256, long size, String excerpt) implements Evidence {
  @Override
  public String type() {
    return "file";
  }
}
