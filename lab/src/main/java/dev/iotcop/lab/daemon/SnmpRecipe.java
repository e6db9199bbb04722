package dev.iotcop.lab.daemon;

import dev.iotcop.lab.probe.SnmpGetProbe;
import dev.iotcop.lab.profile.SnmpService;
import java.nio.file.Path;

/** Net-SNMP snmpd on UDP only (SMUX off), ignoring the host's snmpd.conf, with no MIB files loaded. */
final class SnmpRecipe {
  private SnmpRecipe() {}

  static DaemonPlan prepare(SnmpService spec, DeviceContext ctx) {
    Path dir = DeviceFiles.directory(ctx.layout().service(spec.name()));
    Path persistent = DeviceFiles.directory(dir.resolve("persistent"), "rwx------");
    DeviceFiles.chown(persistent, "Debian-snmp", "Debian-snmp");
    Path mibs = DeviceFiles.directory(dir.resolve("mibs"));
    Path log = ctx.layout().log(spec.name() + ".snmpd.log");
    StringBuilder config = new StringBuilder("""
        agentAddress udp:%s:%d
        rocommunity %s default
        sysDescr %s
        sysLocation %s
        sysContact %s
        sysServices 72
        """.formatted(ctx.ip(), spec.port(), spec.readCommunity(), spec.sysDescr(), spec.sysLocation(),
        spec.sysContact()));
    if (spec.writeCommunity() != null) {
      config.append("rwcommunity ").append(spec.writeCommunity()).append(" default\n");
    }
    config.append("sysName ").append(spec.sysName() == null ? ctx.profile().hostname() : spec.sysName()).append('\n');
    Path file = DeviceFiles.write(dir.resolve("snmpd.conf"), config.toString(), "rw-------");
    return DaemonPlan.builder(spec)
        .command(ctx.programs().require("snmpd"), "-f", "-C", "-c", file, "-Lf", log, "-p", dir.resolve("snmpd.pid"),
            "-u", "Debian-snmp", "-g", "Debian-snmp", "-I", "-smux")
        .environment("SNMP_PERSISTENT_DIR", persistent.toString())
        .environment("MIBDIRS", mibs.toString())
        .environment("MIBS", "")
        .log(log)
        .readyWhen(new Readiness.UdpAnswering(spec.port(), new SnmpGetProbe(spec.readCommunity())))
        .build();
  }
}
