package dev.iotcop.engine.fact;

/** What the device says about itself (vendor, model, firmware version), from whichever source told it. */
public record DeviceFact(String address, String vendor, String model, String firmwareVersion, String source) implements Fact {}
