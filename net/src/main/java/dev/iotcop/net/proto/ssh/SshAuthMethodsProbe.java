package dev.iotcop.net.proto.ssh;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.UserAuth;
import org.apache.sshd.client.auth.UserAuthFactory;
import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientConnectionServiceFactory;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientUserAuthService;
import org.apache.sshd.client.session.ClientUserAuthServiceFactory;
import org.apache.sshd.common.Service;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;

/**
 * Learns which authentication methods an SSH server allows by sending only the "none" request (RFC 4252 section 5.2)
 * through Apache MINA SSHD, then disconnecting. No password, key or keyboard answer is ever sent: the only client
 * method configured has a name no server offers, so MINA has nothing to try after "none". The host key is accepted
 * without checking because no secret crosses the connection.
 */
public final class SshAuthMethodsProbe {
  /** A method name that no server lists, so the client can never proceed past "none". */
  static final String NO_METHOD = "none-only@iotcop.dev";

  private SshAuthMethodsProbe() {}

  /** What the probe learnt, and whether the server closed the connection after our half-close. */
  public record Result(AuthMethodsOutcome outcome, boolean serverClosed) {}

  public static AuthMethodsOutcome probe(String host, int port, String username, Duration timeout) {
    return probe(host, port, username, timeout, Duration.ZERO).outcome();
  }

  /**
   * Probes, then ends the session with a half-close and waits up to {@code closeWait} for the server to close in turn.
   */
  public static Result probe(String host, int port, String username, Duration timeout, Duration closeWait) {
    AtomicReference<List<String>> serverMethods = new AtomicReference<>();
    SshClient client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.setUserAuthFactories(List.of(new NoMethodFactory()));
    client.setServiceFactories(List.of(new RecordingServiceFactory(serverMethods), ClientConnectionServiceFactory.INSTANCE));
    client.start();
    try (ClientSession session = client.connect(username, host, port).verify(timeout).getSession()) {
      AuthMethodsOutcome outcome = methods(session, serverMethods, timeout);
      return new Result(outcome, SshSessionEnd.halfCloseAndAwait(session, closeWait));
    } catch (IOException | RuntimeException e) {
      return new Result(new AuthMethodsOutcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage()), false);
    } finally {
      client.stop();
    }
  }

  private static AuthMethodsOutcome methods(ClientSession session, AtomicReference<List<String>> serverMethods,
      Duration timeout) throws IOException {
    AuthFuture auth = session.auth();
    if (!auth.await(timeout)) {
      return new AuthMethodsOutcome.Failed("no authentication answer within " + timeout);
    }
    if (auth.isSuccess()) {
      return new AuthMethodsOutcome.NoneAccepted();
    }
    List<String> methods = serverMethods.get();
    if (methods == null) {
      Throwable t = auth.getException();
      return new AuthMethodsOutcome.Failed(t == null ? "server sent no method list" : t.getMessage());
    }
    return new AuthMethodsOutcome.MethodsOffered(methods);
  }

  private static final class RecordingServiceFactory extends ClientUserAuthServiceFactory {
    private final AtomicReference<List<String>> sink;

    RecordingServiceFactory(AtomicReference<List<String>> sink) {
      this.sink = sink;
    }

    @Override
    public Service create(Session session) throws IOException {
      return new RecordingUserAuthService(session, sink);
    }
  }

  /** MINA's own user-auth service, which records the method list the server sent with its failure answer. */
  private static final class RecordingUserAuthService extends ClientUserAuthService {
    private final AtomicReference<List<String>> sink;

    RecordingUserAuthService(Session session, AtomicReference<List<String>> sink) {
      super(session);
      this.sink = sink;
    }

    @Override
    protected void tryNext(int cmd, AuthFuture future) throws Exception {
      if (serverMethods != null) {
        sink.set(List.copyOf(serverMethods));
      }
      super.tryNext(cmd, future);
    }
  }

  private static final class NoMethodFactory implements UserAuthFactory {
    @Override
    public String getName() {
      return NO_METHOD;
    }

    @Override
    public UserAuth createUserAuth(ClientSession session) {
      return new UserAuth() {
        private ClientSession owner;

        @Override
        public void init(ClientSession s, String service) {
          owner = s;
        }

        @Override
        public boolean process(Buffer buffer) {
          return false;
        }

        @Override
        public void destroy() {
          owner = null;
        }

        @Override
        public ClientSession getClientSession() {
          return owner;
        }

        @Override
        public ClientSession getSession() {
          return owner;
        }

        @Override
        public String getName() {
          return NO_METHOD;
        }
      };
    }
  }
}
