package dev.iotcop.lab.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** One daemon of a device profile; the YAML key {@code type} picks the daemon. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = TelnetService.class, name = "telnetd"),
  @JsonSubTypes.Type(value = DropbearService.class, name = "dropbear"),
  @JsonSubTypes.Type(value = OpenSshService.class, name = "openssh"),
  @JsonSubTypes.Type(value = LighttpdService.class, name = "lighttpd"),
  @JsonSubTypes.Type(value = NginxService.class, name = "nginx"),
  @JsonSubTypes.Type(value = VsftpdService.class, name = "vsftpd"),
  @JsonSubTypes.Type(value = MosquittoService.class, name = "mosquitto"),
  @JsonSubTypes.Type(value = SnmpService.class, name = "snmpd"),
  @JsonSubTypes.Type(value = UpnpService.class, name = "miniupnpd"),
  @JsonSubTypes.Type(value = AvahiService.class, name = "avahi")
})
public sealed interface ServiceSpec
    permits TelnetService, DropbearService, OpenSshService, LighttpdService, NginxService, VsftpdService,
        MosquittoService, SnmpService, UpnpService, AvahiService {

  String name();

  /** The daemon's kind as written in the profile's {@code type} key. */
  @JsonIgnore
  String type();

  /** Every port the service opens; the first one is the port {@code LabDevice.port(name())} answers. */
  @JsonIgnore
  List<Endpoint> endpoints();

  /** The programs the host must have for this service (looked up on PATH and in /usr/sbin). */
  @JsonIgnore
  List<String> requiredPrograms();
}
