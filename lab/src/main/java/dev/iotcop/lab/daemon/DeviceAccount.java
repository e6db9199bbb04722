package dev.iotcop.lab.daemon;

import java.nio.file.Path;
import java.util.Optional;

/** A profile account as it exists on the device: ids, home directory and, when asked for, a client SSH key. */
public record DeviceAccount(String name, int uid, int gid, Path home, String shell, Optional<Path> clientKey) {}
