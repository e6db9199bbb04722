package dev.iotcop.net.check.disclosure;

import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckContract;
import dev.iotcop.engine.fact.Facts;
import java.net.InetAddress;
import java.net.URI;
import java.util.Optional;

class SecurityTxtCheckContractTest extends CheckContract {
  @Override
  protected Check check() {
    return new SecurityTxtCheck();
  }

  @Override
  protected Target sampleTarget() {
    return new Target.NetworkDevice("loopback", InetAddress.getLoopbackAddress(),
        Optional.of(URI.create("https://127.0.0.1:9/")));
  }

  @Override
  protected Facts sampleFacts() {
    return Facts.empty();
  }
}
