package dev.iotcop.net.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LinuxSocketsTest {
  /** The packed word must be exactly the bytes of a C struct pollfd {int fd; short events; short revents;}. */
  @Property(tries = 200)
  void aPackedPollfdHasTheLayoutOfTheCStruct(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int fd,
      @ForAll short events, @ForAll short revents) {
    long word = LinuxSockets.pollfd(fd, events) | ((revents & 0xFFFFL) << 48);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment m = arena.allocate(8, 8);
      m.set(ValueLayout.JAVA_LONG, 0, word);
      assertThat(m.get(ValueLayout.JAVA_INT, 0)).isEqualTo(fd);
      assertThat(m.get(ValueLayout.JAVA_SHORT, 4)).isEqualTo(events);
      assertThat(m.get(ValueLayout.JAVA_SHORT, 6)).isEqualTo(revents);
    }
    assertThat(LinuxSockets.pollfdDescriptor(word)).isEqualTo(fd);
    assertThat(LinuxSockets.pollfdReturnedEvents(word)).isEqualTo(revents & 0xFFFF);
  }
}
