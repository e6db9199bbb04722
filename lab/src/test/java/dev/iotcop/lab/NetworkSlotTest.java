package dev.iotcop.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NetworkSlotTest {

  @Property
  void hostAndDeviceShareOnePrivateSlash30(@ForAll @IntRange(max = NetworkSlot.COUNT - 1) int index) {
    NetworkSlot slot = new NetworkSlot(index);
    byte[] host = slot.hostAddress().getAddress();
    byte[] device = slot.deviceAddress().getAddress();
    assertThat(host[0]).isEqualTo((byte) 10);
    assertThat(host[1]).isEqualTo((byte) 213);
    assertThat(host[2]).isEqualTo(device[2]);
    assertThat((host[3] & 0xff) / 4).isEqualTo((device[3] & 0xff) / 4);
    assertThat(host[3] & 3).isEqualTo(1);
    assertThat(device[3] & 3).isEqualTo(2);
    assertThat(slot.hostInterface().length()).isLessThanOrEqualTo(15);
    assertThat(slot.transientDeviceInterface().length()).isLessThanOrEqualTo(15);
    assertThat(slot.subnet()).endsWith("/30");
  }

  @Test
  void everySlotHasItsOwnAddresses() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < NetworkSlot.COUNT; i++) {
      NetworkSlot slot = new NetworkSlot(i);
      assertThat(seen.add(slot.hostAddress().getHostAddress())).isTrue();
      assertThat(seen.add(slot.deviceAddress().getHostAddress())).isTrue();
    }
  }

  @Test
  void rejectsIndicesOutsideTheRange() {
    assertThatThrownBy(() -> new NetworkSlot(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NetworkSlot(NetworkSlot.COUNT)).isInstanceOf(IllegalArgumentException.class);
  }
}
