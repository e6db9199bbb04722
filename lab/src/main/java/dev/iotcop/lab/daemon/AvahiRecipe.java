package dev.iotcop.lab.daemon;

import dev.iotcop.lab.probe.MdnsQueryProbe;
import dev.iotcop.lab.profile.AvahiService;
import dev.iotcop.lab.profile.MdnsRecord;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * avahi-daemon without D-Bus, chroot or rlimits, on the device interface only. It reads static services from the
 * fixed directory /etc/avahi/services, so the device's own directory is bind-mounted there.
 */
final class AvahiRecipe {
  private AvahiRecipe() {}

  static DaemonPlan prepare(AvahiService spec, DeviceContext ctx) {
    Path dir = DeviceFiles.directory(ctx.layout().service(spec.name()));
    Path services = DeviceFiles.directory(dir.resolve("services"));
    int index = 0;
    Set<String> types = new LinkedHashSet<>();
    for (MdnsRecord record : spec.publish()) {
      StringBuilder txt = new StringBuilder();
      record.txt().forEach(t -> txt.append("<txt-record>").append(xml(t)).append("</txt-record>"));
      DeviceFiles.write(services.resolve("lab-" + (index++) + ".service"), """
          <?xml version="1.0" standalone='no'?>
          <!DOCTYPE service-group SYSTEM "avahi-service.dtd">
          <service-group>
            <name>%s</name>
            <service><type>%s</type><port>%d</port>%s</service>
          </service-group>
          """.formatted(xml(record.instance()), record.type(), record.port(), txt));
      types.add(record.type());
    }
    Path config = DeviceFiles.write(dir.resolve("avahi-daemon.conf"), """
        [server]
        host-name=%s
        domain-name=local
        use-ipv4=yes
        use-ipv6=no
        allow-interfaces=%s
        enable-dbus=no
        ratelimit-interval-usec=1000000
        ratelimit-burst=1000

        [wide-area]
        enable-wide-area=no

        [publish]
        publish-hinfo=no
        publish-workstation=no

        [reflector]
        enable-reflector=no

        [rlimits]
        """.formatted(ctx.profile().hostname(), ctx.interfaceName()));
    DaemonPlan.Builder plan = DaemonPlan.builder(spec)
        .command(ctx.programs().require("avahi-daemon"), "-f", config, "--no-chroot", "--no-rlimits")
        .syslogTags("avahi-daemon")
        .mountSetup("mkdir -p /run/avahi-daemon && chown avahi:avahi /run/avahi-daemon")
        .mountSetup("mount --bind " + Shell.quote(services) + " /etc/avahi/services")
        .readyWhen(new Readiness.UdpAnswering(spec.port(),
            new MdnsQueryProbe(ctx.profile().hostname() + ".local", MdnsQueryProbe.A)));
    types.forEach(t -> plan.readyWhen(new Readiness.UdpAnswering(spec.port(), new MdnsQueryProbe(t + ".local",
        MdnsQueryProbe.PTR))));
    return plan.build();
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
