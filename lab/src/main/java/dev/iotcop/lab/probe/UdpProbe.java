package dev.iotcop.lab.probe;

/** A UDP request a service must answer, and the test of whether a datagram is its answer. */
public sealed interface UdpProbe permits SnmpGetProbe, SsdpSearchProbe, MdnsQueryProbe {

  byte[] request();

  boolean accepts(byte[] reply);
}
