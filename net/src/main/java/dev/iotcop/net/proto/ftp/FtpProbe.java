package dev.iotcop.net.proto.ftp;

import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.net.proto.SessionEnd;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.net.MalformedServerReplyException;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPConnectionClosedException;

/**
 * One FTP control connection for probing: the banner, FEAT, and login attempts classified by reply code, with a
 * transcript in which passwords are flagged secret. Built on commons-net's {@link FTPClient}; no data connection is
 * ever opened. Everything the server sends on the session is capped, so a hostile server cannot flood the reader.
 */
public final class FtpProbe implements AutoCloseable {
  public static final String PROTOCOL = "ftp";
  public static final String ANONYMOUS_USER = "anonymous";
  public static final String ANONYMOUS_PASSWORD = "anonymous@";
  public static final long DEFAULT_MAX_BYTES = 64 * 1024;
  private static final int MAX_TRANSCRIPT_LINES = 400;
  private static final int QUIT_REPLY_MILLIS = 1000;

  private final FTPClient client;
  private final ByteCappedSocketFactory sockets;
  private final List<Transcript.Line> lines = new ArrayList<>();
  private final FtpReply banner;
  private boolean closed;
  private boolean closedByServer;

  private FtpProbe(FTPClient client, ByteCappedSocketFactory sockets, FtpReply banner, boolean closedByServer) {
    this.client = client;
    this.sockets = sockets;
    this.banner = banner;
    this.closed = closedByServer;
    this.closedByServer = closedByServer;
    record(banner);
  }

  /**
   * Connects and reads the banner. A 421 banner (too many connections) is a normal result: the probe is then closed
   * and {@link #banner()} tells why.
   *
   * @throws FtpReplyException when the banner is not an FTP reply
   */
  public static FtpProbe connect(InetSocketAddress server, Duration timeout) throws IOException, FtpReplyException {
    return connect(server, timeout, DEFAULT_MAX_BYTES);
  }

  public static FtpProbe connect(InetSocketAddress server, Duration timeout, long maxBytes)
      throws IOException, FtpReplyException {
    int millis = Math.clamp(timeout.toMillis(), 1, Integer.MAX_VALUE);
    FTPClient client = new FTPClient();
    ByteCappedSocketFactory sockets = new ByteCappedSocketFactory(maxBytes);
    client.setSocketFactory(sockets);
    client.setConnectTimeout(millis);
    client.setDefaultTimeout(millis);
    client.setStrictReplyParsing(false);
    try {
      client.connect(server.getAddress(), server.getPort());
      return new FtpProbe(client, sockets, lastReply(client), false);
    } catch (FTPConnectionClosedException e) {
      FtpProbe probe = new FtpProbe(client, sockets, lastReply(client), true);
      probe.disconnectQuietly();
      return probe;
    } catch (MalformedServerReplyException | ByteCappedSocketFactory.CapExceededException e) {
      disconnectQuietly(client);
      throw new FtpReplyException("no FTP banner: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      disconnectQuietly(client);
      throw e;
    }
  }

  public FtpReply banner() {
    return banner;
  }

  /** False once the server closed the session (after a 421, or when it hung up). */
  public boolean isOpen() {
    return !closed && client.isConnected();
  }

  public FtpFeatures features() throws IOException, FtpReplyException {
    Optional<FtpReply> reply = command("FEAT", null, false);
    return reply.map(FtpFeatures::fromReply).orElse(new FtpFeatures(false, List.of(), List.of()));
  }

  public FtpLoginResult anonymousLogin() throws IOException, FtpReplyException {
    return login(ANONYMOUS_USER, ANONYMOUS_PASSWORD);
  }

  /** Sends USER and, when the server asks for it, PASS; classifies the final reply. */
  public FtpLoginResult login(String user, String password) throws IOException, FtpReplyException {
    requireSingleLine(user);
    requireSingleLine(password);
    Optional<FtpReply> afterUser = command("USER", user, false);
    if (afterUser.isEmpty()) {
      return closedResult();
    }
    if (afterUser.get().code() != 331) {
      return classify(afterUser.get());
    }
    Optional<FtpReply> afterPassword = command("PASS", password, true);
    return afterPassword.map(FtpProbe::classify).orElseGet(this::closedResult);
  }

  private static FtpLoginResult classify(FtpReply reply) {
    return new FtpLoginResult(FtpLoginOutcome.fromCode(reply.code()), reply);
  }

  private FtpLoginResult closedResult() {
    return new FtpLoginResult(FtpLoginOutcome.CLOSED, new FtpReply(0, List.of()));
  }

  /** Returns the reply, or empty when the session was or became closed without one. */
  private Optional<FtpReply> command(String verb, String argument, boolean secret)
      throws IOException, FtpReplyException {
    if (!isOpen()) {
      return Optional.empty();
    }
    String line = argument == null ? verb : verb + " " + argument;
    lines(secret ? Transcript.Line.sentSecret(line) : Transcript.Line.sent(line));
    try {
      client.sendCommand(verb, argument);
      FtpReply reply = lastReply(client);
      record(reply);
      return Optional.of(reply);
    } catch (FTPConnectionClosedException e) {
      closed = true;
      closedByServer = true;
      FtpReply reply = lastReply(client);
      disconnectQuietly();
      if (reply.code() == 421) {
        record(reply);
        return Optional.of(reply);
      }
      lines(Transcript.Line.note("connection closed"));
      return Optional.empty();
    } catch (MalformedServerReplyException | ByteCappedSocketFactory.CapExceededException e) {
      closed = true;
      disconnectQuietly();
      throw new FtpReplyException("bad reply to " + verb + ": " + e.getMessage(), e);
    }
  }

  private static FtpReply lastReply(FTPClient client) {
    String[] replyLines = client.getReplyStrings();
    return new FtpReply(client.getReplyCode(), replyLines == null ? List.of() : Arrays.asList(replyLines));
  }

  private void record(FtpReply reply) {
    reply.lines().forEach(text -> lines(Transcript.Line.received(text)));
  }

  private void lines(Transcript.Line line) {
    if (lines.size() < MAX_TRANSCRIPT_LINES) {
      lines.add(line);
    }
  }

  private static void requireSingleLine(String value) {
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("FTP arguments cannot contain line breaks");
    }
  }

  public Transcript transcript() {
    return new Transcript(PROTOCOL, lines);
  }

  private void disconnectQuietly() {
    closed = true;
    disconnectQuietly(client);
  }

  private static void disconnectQuietly(FTPClient client) {
    try {
      client.disconnect();
    } catch (IOException ignored) {
      // already closed or broken: nothing left to release
    }
  }

  /**
   * Ends the session politely: QUIT, then up to {@code bound} for the server to close the connection, then closes it.
   *
   * @return true when the server closed its end, now or earlier (it hung up or turned the session away)
   */
  public boolean quit(Duration bound) {
    if (closedByServer) {
      disconnectQuietly();
      return true;
    }
    boolean serverClosed = false;
    if (isOpen()) {
      try {
        client.setSoTimeout(QUIT_REPLY_MILLIS);
        client.sendCommand("QUIT");
        serverClosed = SessionEnd.awaitServerClose(sockets.last(), bound);
      } catch (FTPConnectionClosedException e) {
        serverClosed = true;
      } catch (IOException | RuntimeException ignored) {
        // closing anyway
      }
    }
    disconnectQuietly();
    return serverClosed;
  }

  /** Sends QUIT when still connected and closes the connection, without waiting for the server to close its end. */
  @Override
  public void close() {
    quit(Duration.ZERO);
  }
}
