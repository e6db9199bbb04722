package dev.iotcop.lab.daemon;

import dev.iotcop.lab.HostCommands;
import dev.iotcop.lab.profile.Account;
import dev.iotcop.lab.profile.DeviceProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the device's /etc/passwd, /etc/group and /etc/shadow. The host's system users are kept (daemons drop to
 * them) with their passwords locked; profile accounts are added with SHA-512 crypt hashes made by
 * {@code openssl passwd -6}, and get a home directory inside the device's work directory.
 */
public final class DeviceAccounts {
  private static final int FIRST_UID = 2000;

  private DeviceAccounts() {}

  public static Map<String, DeviceAccount> write(DeviceProfile profile, DeviceLayout layout) {
    List<String[]> hostUsers = readColonFile(Path.of("/etc/passwd"));
    List<String[]> hostGroups = readColonFile(Path.of("/etc/group"));
    Set<String> profileNames = new HashSet<>();
    Set<Integer> profileUids = new HashSet<>();
    profile.accounts().forEach(a -> {
      profileNames.add(a.name());
      if (a.uid() > 0) {
        profileUids.add(a.uid());
      }
    });
    // a profile account replaces the host user of the same name or (non-root) uid, so ids resolve to the device's names
    hostUsers.removeIf(u -> profileNames.contains(u[0]) || profileUids.contains(Integer.parseInt(u[2])));
    Set<Integer> usedUids = new HashSet<>();
    hostUsers.forEach(u -> usedUids.add(Integer.parseInt(u[2])));
    Set<Integer> usedGids = new HashSet<>();
    hostGroups.forEach(g -> usedGids.add(Integer.parseInt(g[2])));

    long today = Duration.between(Instant.EPOCH, Instant.now()).toDays();
    StringBuilder passwd = new StringBuilder();
    StringBuilder shadow = new StringBuilder();
    StringBuilder group = new StringBuilder();
    for (String[] u : hostUsers) {
      passwd.append(String.join(":", u)).append('\n');
      shadow.append(u[0]).append(":!:").append(today).append(":0:99999:7:::\n");
    }
    for (String[] g : hostGroups) {
      group.append(String.join(":", g)).append('\n');
    }

    Map<String, DeviceAccount> accounts = new LinkedHashMap<>();
    int nextId = FIRST_UID;
    for (Account a : profile.accounts()) {
      int uid = a.uid();
      if (uid < 0) {
        while (usedUids.contains(nextId) || usedGids.contains(nextId)) {
          nextId++;
        }
        uid = nextId;
      }
      usedUids.add(uid);
      int gid;
      Optional<Integer> existingGroup = hostGroups.stream().filter(g -> g[0].equals(a.name()))
          .map(g -> Integer.parseInt(g[2])).findFirst();
      if (uid == 0) {
        gid = 0;
      } else if (existingGroup.isPresent()) {
        gid = existingGroup.get();
      } else {
        gid = uid;
        while (usedGids.contains(gid)) {
          gid++;
        }
        group.append(a.name()).append(":x:").append(gid).append(":\n");
        usedGids.add(gid);
      }
      Path home = DeviceFiles.directory(layout.home(a.name()));
      DeviceFiles.chown(home, uid, gid);
      passwd.append(String.join(":", a.name(), "x", Integer.toString(uid), Integer.toString(gid), a.name(),
          home.toString(), a.shell())).append('\n');
      String hash = a.hasPassword() ? sha512Crypt(a.password()) : "*";
      shadow.append(a.name()).append(':').append(hash).append(':').append(today).append(":0:99999:7:::\n");
      Optional<Path> key = a.sshKey() ? Optional.of(clientKey(a.name(), profile.hostname(), layout)) : Optional.empty();
      accounts.put(a.name(), new DeviceAccount(a.name(), uid, gid, home, a.shell(), key));
    }
    DeviceFiles.write(layout.etc().resolve("passwd"), passwd.toString());
    DeviceFiles.write(layout.etc().resolve("group"), group.toString());
    DeviceFiles.write(layout.etc().resolve("shadow"), shadow.toString(), "rw-r-----");
    DeviceFiles.chown(layout.etc().resolve("shadow"), 0, gidOf(hostGroups, "shadow"));
    return accounts;
  }

  /** A SHA-512 crypt hash; the password goes through stdin, never the command line. */
  static String sha512Crypt(String password) {
    return HostCommands.run(List.of("openssl", "passwd", "-6", "-stdin"), password + "\n", null, Duration.ofSeconds(20))
        .orThrow().strip();
  }

  private static Path clientKey(String account, String hostname, DeviceLayout layout) {
    Path dir = DeviceFiles.directory(layout.clientKeys().resolve(account), "rwx------");
    Path key = dir.resolve("id_ed25519");
    HostCommands.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", account + "@" + hostname,
        "-f", key.toString())).orThrow();
    return key;
  }

  private static int gidOf(List<String[]> groups, String name) {
    return groups.stream().filter(g -> g[0].equals(name)).mapToInt(g -> Integer.parseInt(g[2])).findFirst().orElse(0);
  }

  private static List<String[]> readColonFile(Path file) {
    try {
      List<String[]> rows = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split(":", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

}
