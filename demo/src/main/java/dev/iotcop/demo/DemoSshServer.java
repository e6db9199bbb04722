package dev.iotcop.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * An SSH server (Apache MINA SSHD) configured like an old embedded one: password logins, SHA-1 key exchange and CBC
 * ciphers offered next to modern ones, and a 1024-bit RSA host key.
 */
final class DemoSshServer implements AutoCloseable {
  private final SshServer server;

  DemoSshServer(InetAddress address, Account account, Path dir) throws IOException {
    server = ServerBuilder.builder()
        .keyExchangeFactories(List.of(
            ServerBuilder.DH2KEX.apply(BuiltinDHFactories.dhg1),
            ServerBuilder.DH2KEX.apply(BuiltinDHFactories.dhg14),
            ServerBuilder.DH2KEX.apply(BuiltinDHFactories.ecdhp256)))
        .cipherFactories(List.of(BuiltinCiphers.aes128cbc, BuiltinCiphers.tripledescbc, BuiltinCiphers.aes128ctr))
        .macFactories(List.of(BuiltinMacs.hmacsha1, BuiltinMacs.hmacmd5, BuiltinMacs.hmacsha256))
        .signatureFactories(List.of(BuiltinSignatures.rsa, BuiltinSignatures.rsaSHA256))
        .build();
    server.setHost(address.getHostAddress());
    server.setPort(0);
    SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(dir.resolve("ssh_host_rsa_key"));
    keys.setAlgorithm("RSA");
    keys.setKeySize(1024);
    server.setKeyPairProvider(keys);
    server.setPasswordAuthenticator((user, password, session) -> account.matches(user, password));
    server.start();
  }

  int port() {
    return server.getPort();
  }

  @Override
  public void close() throws IOException {
    server.stop(true);
  }
}
