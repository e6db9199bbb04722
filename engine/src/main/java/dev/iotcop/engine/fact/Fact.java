package dev.iotcop.engine.fact;

/**
 * Something learnt about the target that other checks build on: an open port, an identified service, the device's
 * identity. Facts are immutable records; checks declare the fact types they need and the planner orders them.
 */
public interface Fact {}
