package dev.iotcop.lab.daemon;

import dev.iotcop.lab.profile.AvahiService;
import dev.iotcop.lab.profile.DropbearService;
import dev.iotcop.lab.profile.LighttpdService;
import dev.iotcop.lab.profile.MosquittoService;
import dev.iotcop.lab.profile.NginxService;
import dev.iotcop.lab.profile.OpenSshService;
import dev.iotcop.lab.profile.ServiceSpec;
import dev.iotcop.lab.profile.SnmpService;
import dev.iotcop.lab.profile.TelnetService;
import dev.iotcop.lab.profile.UpnpService;
import dev.iotcop.lab.profile.VsftpdService;
import java.util.List;

/** Writes a service's files and says how to run it. */
public final class DaemonRecipes {
  /** The PAM services the lab's daemons authenticate through (their stacks are replaced on the device). */
  public static final List<String> PAM_SERVICES = List.of("sshd", "login", "vsftpd");

  private DaemonRecipes() {}

  public static DaemonPlan prepare(ServiceSpec service, DeviceContext ctx) {
    return switch (service) {
      case TelnetService s -> TelnetRecipe.prepare(s, ctx);
      case DropbearService s -> DropbearRecipe.prepare(s, ctx);
      case OpenSshService s -> OpenSshRecipe.prepare(s, ctx);
      case LighttpdService s -> LighttpdRecipe.prepare(s, ctx);
      case NginxService s -> NginxRecipe.prepare(s, ctx);
      case VsftpdService s -> VsftpdRecipe.prepare(s, ctx);
      case MosquittoService s -> MosquittoRecipe.prepare(s, ctx);
      case SnmpService s -> SnmpRecipe.prepare(s, ctx);
      case UpnpService s -> UpnpRecipe.prepare(s, ctx);
      case AvahiService s -> AvahiRecipe.prepare(s, ctx);
    };
  }
}
