package dev.iotcop.lab;

/** A port a running device serves, as recorded in its state file. */
public record EndpointState(String service, String type, String endpoint, int port, String transport) {}
