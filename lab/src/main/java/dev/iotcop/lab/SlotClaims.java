package dev.iotcop.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Claims network slots by creating {@code slots/INDEX} exclusively (an atomic file creation), starting at a random
 * index so parallel runs rarely contend. A slot whose /30 or interface names already exist on the host is skipped.
 */
final class SlotClaims {
  private static final SecureRandom RANDOM = new SecureRandom();

  private SlotClaims() {}

  /** Claims a free slot and records the device name (given the slot) in its file. */
  static NetworkSlot claim(LabHost host, IntFunction<String> deviceName) {
    Path dir = host.slotDirectory();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new LabException("cannot create the lab state directory " + dir + ": " + e.getMessage(), e);
    }
    String hostAddresses = HostCommands.run(List.of("ip", "-o", "addr", "show")).orThrow();
    String hostLinks = HostCommands.run(List.of("ip", "-o", "link", "show")).orThrow();
    int start = RANDOM.nextInt(NetworkSlot.COUNT);
    for (int i = 0; i < NetworkSlot.COUNT; i++) {
      NetworkSlot slot = new NetworkSlot((start + i) % NetworkSlot.COUNT);
      if (inUse(slot, hostAddresses, hostLinks)) {
        continue;
      }
      Path file = dir.resolve(Integer.toString(slot.index()));
      try {
        Files.writeString(file, deviceName.apply(slot.index()) + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return slot;
      } catch (FileAlreadyExistsException taken) {
        // another device holds it; try the next one
      } catch (IOException e) {
        throw new UncheckedIOException("cannot claim " + file, e);
      }
    }
    throw new LabException("all " + NetworkSlot.COUNT + " lab network slots are taken; run Lab.downAll()");
  }

  static void release(LabHost host, int slot) {
    try {
      Files.deleteIfExists(host.slotDirectory().resolve(Integer.toString(slot)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release slot " + slot, e);
    }
  }

  private static boolean inUse(NetworkSlot slot, String hostAddresses, String hostLinks) {
    String prefix = slot.hostAddress().getHostAddress();
    String devicePrefix = slot.deviceAddress().getHostAddress();
    return hostAddresses.contains(" " + prefix + "/") || hostAddresses.contains(" " + devicePrefix + "/")
        || hostLinks.contains(" " + slot.hostInterface() + "@") || hostLinks.contains(" " + slot.hostInterface() + ":");
  }
}
