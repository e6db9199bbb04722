package dev.iotcop.lab;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * One of 16384 point-to-point /30 networks in 10.213.0.0/16: the host end of the device's veth pair gets {@code .1}
 * of the /30, the device {@code .2}. Slots are claimed through files in the state directory, so concurrent runs
 * (threads or JVMs) never share one.
 */
public record NetworkSlot(int index) {
  public static final int COUNT = 16384;

  public NetworkSlot {
    if (index < 0 || index >= COUNT) {
      throw new IllegalArgumentException("network slot " + index + " is outside 0.." + (COUNT - 1));
    }
  }

  public Inet4Address hostAddress() {
    return address(1);
  }

  public Inet4Address deviceAddress() {
    return address(2);
  }

  public String subnet() {
    return address(0).getHostAddress() + "/30";
  }

  /** Host-side veth name (at most 15 characters, as Linux requires). */
  public String hostInterface() {
    return "iotl" + index + "h";
  }

  /** Device-side veth name until it is renamed {@code eth0} inside the namespace. */
  public String transientDeviceInterface() {
    return "iotl" + index + "d";
  }

  private Inet4Address address(int offset) {
    int host = (index & 63) * 4 + offset;
    byte[] bytes = {10, (byte) 213, (byte) (index >> 6), (byte) host};
    try {
      return (Inet4Address) InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
