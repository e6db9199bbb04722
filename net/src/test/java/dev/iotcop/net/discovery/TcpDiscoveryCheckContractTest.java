package dev.iotcop.net.discovery;

import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckContract;
import dev.iotcop.engine.fact.Facts;
import java.net.InetAddress;
import java.util.Optional;

class TcpDiscoveryCheckContractTest extends CheckContract {
  @Override
  protected Check check() {
    return new TcpDiscoveryCheck();
  }

  @Override
  protected Target sampleTarget() {
    return new Target.NetworkDevice("loopback", InetAddress.getLoopbackAddress(), Optional.empty(), "1-1024", "");
  }

  @Override
  protected Facts sampleFacts() {
    return Facts.empty();
  }
}
