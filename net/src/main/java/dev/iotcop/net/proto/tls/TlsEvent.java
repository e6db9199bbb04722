package dev.iotcop.net.proto.tls;

/** What a server's next bytes amounted to, one step of its flight at a time. */
public sealed interface TlsEvent {
  /** A complete handshake message, reassembled across records if needed. */
  record Handshake(TlsHandshake message) implements TlsEvent {}

  record Alert(TlsAlert alert) implements TlsEvent {}

  record ChangeCipherSpec() implements TlsEvent {}

  /** A record we do not read (application data or heartbeat), e.g. the encrypted part of a TLS 1.3 flight. */
  record Protected(int contentType) implements TlsEvent {}

  /** The peer closed the connection at a record boundary. */
  record Closed() implements TlsEvent {}
}
