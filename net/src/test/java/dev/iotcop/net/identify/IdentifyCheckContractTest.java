package dev.iotcop.net.identify;

import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckContract;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.OpenPort;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

class IdentifyCheckContractTest extends CheckContract {
  @Override
  protected Check check() {
    return new IdentifyCheck();
  }

  @Override
  protected Target sampleTarget() {
    return new Target.NetworkDevice("loopback", InetAddress.getLoopbackAddress(), Optional.empty());
  }

  @Override
  protected Facts sampleFacts() {
    return Facts.of(List.of(new OpenPort("127.0.0.1", 9, Transport.TCP)));
  }
}
