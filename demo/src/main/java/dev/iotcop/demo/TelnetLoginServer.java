package dev.iotcop.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * A telnet service with a BusyBox-style login: it negotiates echo and suppress-go-ahead, asks for login and password,
 * and on the configured account gives a shell prompt; otherwise it says "Login incorrect" and, after three failures,
 * hangs up. Enough of a real telnet login for the demo device and for tests.
 */
public final class TelnetLoginServer implements AutoCloseable {
  private static final byte IAC = (byte) 255;
  private static final byte WILL = (byte) 251;
  private static final byte ECHO = 1;
  private static final byte SGA = 3;
  private static final int MAX_LINE = 256;

  private final ServerSocket server;
  private final Account account;
  private final String hostname;
  private final ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
  private final Semaphore sessions = new Semaphore(8);

  public TelnetLoginServer(InetAddress address, Account account, String hostname) throws IOException {
    this.server = new ServerSocket(0, 16, address);
    this.account = account;
    this.hostname = hostname;
    pool.execute(this::acceptLoop);
  }

  public int port() {
    return server.getLocalPort();
  }

  private Void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        if (!sessions.tryAcquire()) {
          s.close();
          continue;
        }
        pool.execute(() -> {
          try (s) {
            session(s);
          } catch (IOException e) {
            // a client hanging up mid-login is normal
          } finally {
            sessions.release();
          }
        });
      } catch (IOException e) {
        return null;
      }
    }
    return null;
  }

  private void session(Socket s) throws IOException {
    s.setSoTimeout(30_000);
    InputStream in = s.getInputStream();
    OutputStream out = s.getOutputStream();
    out.write(new byte[] {IAC, WILL, ECHO, IAC, WILL, SGA});
    for (int attempt = 0; attempt < 3; attempt++) {
      write(out, "\r\n" + hostname + " login: ");
      String user = readLine(in);
      write(out, "Password: ");
      String pass = readLine(in);
      if (user == null || pass == null) {
        return;
      }
      if (account.matches(user, pass)) {
        write(out, "\r\n\r\nBusyBox v1.35.0 built-in shell (ash)\r\n\r\n~ # ");
        String cmd = readLine(in);
        if (cmd != null) {
          write(out, "\r\n~ # ");
        }
        return;
      }
      sleepQuietly();
      write(out, "\r\nLogin incorrect\r\n");
    }
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Reads one line, dropping telnet commands and their options; null when the client hung up or went quiet. */
  static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      while (line.size() < MAX_LINE) {
        int b = in.read();
        if (b < 0) {
          return null;
        }
        if (b == 255) {
          int cmd = in.read();
          if (cmd >= 251 && cmd <= 254) {
            in.read();
          } else if (cmd == 250) {
            int c;
            while ((c = in.read()) >= 0 && c != 240) {
              // skip subnegotiation
            }
          }
          continue;
        }
        if (b == '\r' || b == '\n') {
          if (line.size() > 0 || b == '\r') {
            return line.toString(StandardCharsets.US_ASCII);
          }
          continue;
        }
        if (b != 0) {
          line.write(b);
        }
      }
      return line.toString(StandardCharsets.US_ASCII);
    } catch (SocketTimeoutException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    pool.shutdownNow();
  }
}
