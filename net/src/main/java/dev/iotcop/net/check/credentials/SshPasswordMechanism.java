package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.ConnectionGate;
import dev.iotcop.engine.check.DeadlineExceededException;
import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.net.proto.ssh.SshSessionEnd;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.UserAuthFactory;
import org.apache.sshd.client.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.client.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.core.CoreModuleProperties;

/**
 * One SSH password (or keyboard-interactive) authentication per connection through Apache MINA SSHD. The client knows
 * exactly one method and one password and has no keys, agent or configuration files, so each connection carries
 * exactly one guess. The host key is accepted unchecked: only publicly known default passwords and random ones cross
 * the connection. The session ends with a half-close; when the server closes in turn, the session's place is given back
 * sooner (see {@link SessionEnding}).
 */
final class SshPasswordMechanism implements LoginMechanism {
  static final String PASSWORD = "ssh-password";
  static final String KEYBOARD_INTERACTIVE = "ssh-keyboard-interactive";
  /** Longest wait for one session to finish ending when the check is done; each ends within the politeness wait. */
  private static final Duration ENDING_LIMIT = Duration.ofSeconds(5);

  private final Subject.Service service;
  private final String name;
  private SshClient client;
  private volatile boolean reachedAuthentication;
  /** Sessions still being ended; the client stops only after them, or their wait would end early, looking like the server's close. */
  private final java.util.Queue<Thread> endings = new java.util.concurrent.ConcurrentLinkedQueue<>();

  SshPasswordMechanism(Subject.Service service, String name) {
    if (!name.equals(PASSWORD) && !name.equals(KEYBOARD_INTERACTIVE)) {
      throw new IllegalArgumentException("unknown SSH login mechanism " + name);
    }
    this.service = service;
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean allowsConcurrentAttempts() {
    return true;
  }

  private synchronized SshClient client() {
    if (client == null) {
      SshClient c = SshClient.setUpDefaultClient();
      c.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
      c.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
      c.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
      c.setAgentFactory(null);
      UserAuthFactory method = name.equals(PASSWORD)
          ? UserAuthPasswordFactory.INSTANCE : UserAuthKeyboardInteractiveFactory.INSTANCE;
      c.setUserAuthFactories(List.of(method));
      CoreModuleProperties.PASSWORD_PROMPTS.set(c, 1);
      c.start();
      client = c;
    }
    return client;
  }

  @Override
  public LoginTrial attempt(CheckContext ctx, Credential credential) throws InterruptedException {
    ctx.deadline().check();
    Duration connect = ctx.deadline().cap(ctx.politeness().connectTimeout());
    Duration read = ctx.deadline().cap(ctx.politeness().readTimeout());
    if (connect.isZero() || read.isZero()) {
      throw new DeadlineExceededException(ctx.deadline().at());
    }
    List<Transcript.Line> lines = new ArrayList<>();
    ConnectionGate.Permit permit = ctx.gate().open(service);
    ClientSession session;
    try {
      session = client().connect(credential.username(), service.address(), service.port()).verify(connect).getSession();
    } catch (IOException | RuntimeException e) {
      permit.close();
      return LoginTrial.unreachable(describe(e));
    }
    try {
      return authenticate(session, credential, read, lines);
    } catch (IOException e) {
      return LoginTrial.of(LoginTrial.Result.LOCKED, "connection broken during authentication: " + describe(e),
          List.of(new Transcript("ssh", lines)), Duration.ZERO);
    } finally {
      Duration wait = ctx.politeness().lingerAfterDeviceClosed();
      Thread ending = SessionEnding.inBackground(permit, () -> {
        try {
          return SshSessionEnd.halfCloseAndAwait(session, wait);
        } finally {
          session.close(true);
        }
      });
      if (ending != null) {
        endings.add(ending);
      }
    }
  }

  /** Waits for the authentication stage, then sends the one password and reads the answer. */
  private LoginTrial authenticate(ClientSession session, Credential credential, Duration read, List<Transcript.Line> lines)
      throws IOException {
    Set<ClientSession.ClientSessionEvent> ready = session.waitFor(
        EnumSet.of(ClientSession.ClientSessionEvent.WAIT_AUTH, ClientSession.ClientSessionEvent.CLOSED), read);
    if (!ready.contains(ClientSession.ClientSessionEvent.WAIT_AUTH)) {
      // Before any connection got this far it may be an algorithm mismatch; afterwards it is a refusal.
      return reachedAuthentication
          ? LoginTrial.of(LoginTrial.Result.LOCKED, "the server closed the connection before authentication", List.of(),
              Duration.ZERO)
          : LoginTrial.unreachable("no authentication stage: key exchange failed or the server closed the connection");
    }
    reachedAuthentication = true;
    lines.add(Transcript.Line.received(String.valueOf(session.getServerVersion())));
    lines.add(Transcript.Line.sent(name.equals(PASSWORD) ? "userauth password, user " + credential.username()
        : "userauth keyboard-interactive, user " + credential.username()));
    lines.add(Transcript.Line.sentSecret(credential.password()));
    session.addPasswordIdentity(credential.password());
    long start = System.nanoTime();
    AuthFuture auth = session.auth();
    boolean done = auth.await(read);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    if (!done) {
      lines.add(Transcript.Line.note("no answer within " + read.toMillis() + " ms"));
      return trial(LoginTrial.Result.UNDETERMINED, "no answer to the password within " + read.toMillis() + " ms",
          lines, elapsed, credential);
    }
    if (auth.isSuccess()) {
      lines.add(Transcript.Line.received("SSH_MSG_USERAUTH_SUCCESS"));
      return trial(LoginTrial.Result.ACCEPTED, "the server answered SSH_MSG_USERAUTH_SUCCESS", lines, elapsed, credential);
    }
    String why = auth.getException() == null ? "authentication failed" : describe(auth.getException());
    lines.add(Transcript.Line.received(why));
    return trial(LoginTrial.Result.REJECTED, why, lines, elapsed, credential);
  }

  private static LoginTrial trial(LoginTrial.Result result, String detail, List<Transcript.Line> lines, Duration elapsed,
      Credential credential) {
    Transcript t = TranscriptSecrets.scrub(new Transcript("ssh", lines), credential.password());
    return LoginTrial.of(result, detail, List.of(t), elapsed);
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  @Override
  public synchronized void close() {
    for (Thread t = endings.poll(); t != null; t = endings.poll()) {
      try {
        t.join(ENDING_LIMIT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (client != null) {
      client.stop();
      client = null;
    }
  }
}
