package dev.iotcop.lab.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;

/**
 * Writes device files. Daemons drop root after start, so what they read must be readable by their user and the logs
 * they append to must be owned by it.
 */
public final class DeviceFiles {
  private DeviceFiles() {}

  public static Path write(Path file, String content) {
    return write(file, content, "rw-r--r--");
  }

  public static Path write(Path file, String content, String permissions) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** A directory readable by every daemon user (the work root of a device is under a world-readable parent). */
  public static Path directory(Path dir) {
    return directory(dir, "rwxr-xr-x");
  }

  public static Path directory(Path dir, String permissions) {
    try {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(permissions));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }

  /** An empty file owned by {@code user} (and that user's primary group when {@code group} is null). */
  public static Path ownedFile(Path file, String user, String group) {
    try {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        Files.createFile(file);
      }
      return chown(file, user, group);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file, e);
    }
  }

  public static Path chown(Path file, String user, String group) {
    try {
      UserPrincipalLookupService lookup = file.getFileSystem().getUserPrincipalLookupService();
      PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      view.setOwner(lookup.lookupPrincipalByName(user));
      if (group != null) {
        GroupPrincipal g = lookup.lookupPrincipalByGroupName(group);
        view.setGroup(g);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot give " + file + " to " + user, e);
    }
  }

  /** Ownership by number, for device accounts that exist only in the device's own /etc/passwd. */
  public static Path chown(Path file, int uid, int gid) {
    try {
      Files.setAttribute(file, "unix:uid", uid);
      Files.setAttribute(file, "unix:gid", gid);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot give " + file + " to uid " + uid, e);
    }
  }
}
