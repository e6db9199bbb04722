package dev.iotcop.net.proto.ftp;

/** The outcome of a login attempt with the reply that decided it. */
public record FtpLoginResult(FtpLoginOutcome outcome, FtpReply reply) {}
