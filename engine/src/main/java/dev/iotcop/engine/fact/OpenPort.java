package dev.iotcop.engine.fact;

import dev.iotcop.engine.Transport;

/** A port that accepted a connection (TCP) or answered a probe (UDP). */
public record OpenPort(String address, int port, Transport transport) implements Fact {}
