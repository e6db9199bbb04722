package dev.iotcop.net.discovery;

import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckContract;
import dev.iotcop.engine.fact.Facts;
import java.net.InetAddress;
import java.util.Optional;

class UdpDiscoveryCheckContractTest extends CheckContract {
  @Override
  protected Check check() {
    return new UdpDiscoveryCheck();
  }

  @Override
  protected Target sampleTarget() {
    return new Target.NetworkDevice("loopback", InetAddress.getLoopbackAddress(), Optional.empty(), "", "9");
  }

  @Override
  protected Facts sampleFacts() {
    return Facts.empty();
  }
}
