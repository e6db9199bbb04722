package dev.iotcop.lab.daemon;

import dev.iotcop.lab.probe.SsdpSearchProbe;
import dev.iotcop.lab.profile.UpnpService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

/**
 * miniupnpd in debug mode (foreground, logging to stderr). Debian's build uses nftables only to add port mappings,
 * which this lab never asks for; SSDP and the device description work without it. The device interface doubles as
 * the "external" one, so miniupnpd reports that mapping is impossible behind a private address, which is harmless.
 */
final class UpnpRecipe {
  private UpnpRecipe() {}

  static DaemonPlan prepare(UpnpService spec, DeviceContext ctx) {
    Path dir = DeviceFiles.directory(ctx.layout().service(spec.name()));
    String uuid = spec.uuid() != null
        ? spec.uuid()
        : UUID.nameUUIDFromBytes(ctx.deviceName().getBytes(StandardCharsets.UTF_8)).toString();
    StringBuilder config = new StringBuilder("""
        ext_ifname=%1$s
        listening_ip=%1$s
        port=%2$d
        enable_natpmp=no
        enable_upnp=yes
        secure_mode=yes
        system_uptime=yes
        notify_interval=60
        uuid=%3$s
        lease_file=%4$s
        allow 1024-65535 0.0.0.0/0 1024-65535
        deny 0-65535 0.0.0.0/0 0-65535
        """.formatted(ctx.interfaceName(), spec.httpPort(), uuid, dir.resolve("leases")));
    option(config, "friendly_name", spec.friendlyName());
    option(config, "manufacturer_name", spec.manufacturer());
    option(config, "manufacturer_url", spec.manufacturerUrl());
    option(config, "model_name", spec.modelName());
    option(config, "model_description", spec.modelDescription());
    option(config, "model_url", spec.modelUrl());
    option(config, "model_number", spec.modelNumber());
    option(config, "serial", spec.serialNumber());
    Path file = DeviceFiles.write(dir.resolve("miniupnpd.conf"), config.toString());
    return DaemonPlan.builder(spec)
        .command(ctx.programs().require("miniupnpd"), "-d", "-f", file, "-P", dir.resolve("miniupnpd.pid"))
        .syslogTags("miniupnpd")
        .readyWhen(new Readiness.TcpAccepting(spec.httpPort()))
        .readyWhen(new Readiness.UdpAnswering(spec.port(), new SsdpSearchProbe("upnp:rootdevice")))
        .build();
  }

  private static void option(StringBuilder config, String key, String value) {
    if (value != null) {
      config.append(key).append('=').append(value).append('\n');
    }
  }
}
