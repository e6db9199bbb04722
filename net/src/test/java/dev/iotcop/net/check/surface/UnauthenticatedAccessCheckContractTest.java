package dev.iotcop.net.check.surface;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckContract;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class UnauthenticatedAccessCheckContractTest extends CheckContract {
  @Override
  protected Check check() {
    return new UnauthenticatedAccessCheck();
  }

  @Override
  protected Target sampleTarget() {
    return new Target.NetworkDevice("loopback", InetAddress.getLoopbackAddress(), Optional.empty());
  }

  @Override
  protected Facts sampleFacts() {
    return Facts.of(List.of(new ServiceFact(new Subject.Service("127.0.0.1", 9, Transport.TCP, "ftp"), false, "", "",
        "220", Map.of())));
  }
}
