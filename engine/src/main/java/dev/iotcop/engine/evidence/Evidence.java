package dev.iotcop.engine.evidence;

/**
 * What a finding rests on, typed so that every report format can render it faithfully. Anything without a dedicated
 * type is an {@link Observation} of named values.
 */
public sealed interface Evidence
    permits Transcript, TlsHandshakeSummary, CertificateSummary, SshAlgorithms, HttpExchange, CredentialEvidence, Observation, FileEvidence {

  /** A stable lower-case name of the evidence type, used as the {@code type} field in machine-readable reports. */
  String type();
}
