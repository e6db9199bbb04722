package dev.iotcop.net.discovery;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * The few C library socket calls a polling connect scan needs, bound through the foreign function API. Only on Linux
 * (x86-64 and AArch64, which share these constants and structure layouts) and only when the process was started with
 * native access enabled; otherwise {@link #available()} is empty and callers use plain Java sockets.
 */
final class LinuxSockets {
  static final int AF_INET = 2;
  static final int AF_INET6 = 10;
  static final int SOCK_STREAM_NONBLOCK_CLOEXEC = 1 | 0x800 | 0x80000;
  static final int EINTR = 4;
  static final int EINPROGRESS = 115;
  static final int ECONNREFUSED = 111;
  static final short POLLOUT = 0x004;
  static final short POLLERR = 0x008;
  static final short POLLHUP = 0x010;
  static final int POLLFD_SIZE = 8;
  private static final ValueLayout.OfShort PORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(java.nio.ByteOrder.BIG_ENDIAN);
  private static final int SOL_SOCKET = 1;
  private static final int SO_ERROR = 4;
  private static final int SO_LINGER = 13;
  /** Set {@code -Diotcop.scanner=threads} to never use the C library. */
  static final String SCANNER_PROPERTY = "iotcop.scanner";

  private static final Optional<LinuxSockets> INSTANCE = load();

  private final StructLayout callState;
  private final VarHandle errno;
  private final MethodHandle socket;
  private final MethodHandle connect;
  private final MethodHandle close;
  private final MethodHandle poll;
  private final MethodHandle getsockopt;
  private final MethodHandle setsockopt;

  private LinuxSockets(Linker linker, SymbolLookup libc) {
    callState = Linker.Option.captureStateLayout();
    errno = callState.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    Linker.Option keepErrno = Linker.Option.captureCallState("errno");
    ValueLayout.OfInt i = ValueLayout.JAVA_INT;
    socket = linker.downcallHandle(libc.find("socket").orElseThrow(), FunctionDescriptor.of(i, i, i, i), keepErrno);
    connect = linker.downcallHandle(libc.find("connect").orElseThrow(), FunctionDescriptor.of(i, i, ValueLayout.ADDRESS, i), keepErrno);
    close = linker.downcallHandle(libc.find("close").orElseThrow(), FunctionDescriptor.of(i, i));
    poll = linker.downcallHandle(libc.find("poll").orElseThrow(),
        FunctionDescriptor.of(i, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, i), keepErrno);
    getsockopt = linker.downcallHandle(libc.find("getsockopt").orElseThrow(),
        FunctionDescriptor.of(i, i, i, i, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    setsockopt = linker.downcallHandle(libc.find("setsockopt").orElseThrow(),
        FunctionDescriptor.of(i, i, i, i, ValueLayout.ADDRESS, i));
  }

  /**
   * A {@code struct pollfd} as one little-endian 64-bit word: the descriptor in the low 32 bits, the requested events in
   * the next 16, the returned events in the top 16.
   */
  static long pollfd(int fd, short events) {
    return (fd & 0xFFFF_FFFFL) | ((events & 0xFFFFL) << 32);
  }

  static int pollfdDescriptor(long pollfd) {
    return (int) pollfd;
  }

  static int pollfdReturnedEvents(long pollfd) {
    return (int) (pollfd >>> 48);
  }

  static Optional<LinuxSockets> available() {
    return INSTANCE;
  }

  private static Optional<LinuxSockets> load() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    if (!os.equals("linux") || !(arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64"))
        || java.nio.ByteOrder.nativeOrder() != java.nio.ByteOrder.LITTLE_ENDIAN
        || "threads".equals(System.getProperty(SCANNER_PROPERTY))
        || !LinuxSockets.class.getModule().isNativeAccessEnabled()) {
      return Optional.empty();
    }
    try {
      Linker linker = Linker.nativeLinker();
      return Optional.of(new LinuxSockets(linker, linker.defaultLookup()));
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }

  /** Per-scan scratch memory for the calls: the captured errno, a socket address, option buffers. */
  final class Session implements AutoCloseable {
    private final Arena arena = Arena.ofConfined();
    private final MemorySegment state = arena.allocate(callState);
    private final MemorySegment address;
    private final int addressLength;
    private final MemorySegment intValue = arena.allocate(ValueLayout.JAVA_INT);
    private final MemorySegment intLength = arena.allocate(ValueLayout.JAVA_INT);
    private final MemorySegment linger = arena.allocate(8, 4);
    private final int family;

    Session(InetAddress target) {
      byte[] raw = target.getAddress();
      if (target instanceof Inet4Address) {
        family = AF_INET;
        addressLength = 16;
        address = arena.allocate(addressLength, 4);
        address.set(ValueLayout.JAVA_SHORT, 0, (short) AF_INET);
        MemorySegment.copy(raw, 0, address, ValueLayout.JAVA_BYTE, 4, 4);
      } else {
        family = AF_INET6;
        addressLength = 28;
        address = arena.allocate(addressLength, 4);
        address.set(ValueLayout.JAVA_SHORT, 0, (short) AF_INET6);
        MemorySegment.copy(raw, 0, address, ValueLayout.JAVA_BYTE, 8, 16);
        address.set(ValueLayout.JAVA_INT, 24, ((Inet6Address) target).getScopeId());
      }
    }

    MemorySegment allocate(long bytes) {
      return arena.allocate(bytes, 8);
    }

    /** A non-blocking stream socket, or a negative errno. */
    int openSocket() throws Throwable {
      int fd = (int) socket.invokeExact(state, family, SOCK_STREAM_NONBLOCK_CLOEXEC, 0);
      return fd >= 0 ? fd : -lastErrno();
    }

    /** Starts connecting to {@code port}: 0 when connected at once, else the errno (EINPROGRESS while pending). */
    int startConnect(int fd, int port) throws Throwable {
      address.set(PORT, 2, (short) port);
      int r = (int) connect.invokeExact(state, fd, address, addressLength);
      return r == 0 ? 0 : lastErrno();
    }

    /** Waits for events on {@code count} pollfd entries: the number ready, or a negative errno. */
    int poll(MemorySegment fds, int count, int timeoutMs) throws Throwable {
      int r = (int) poll.invokeExact(state, fds, (long) count, timeoutMs);
      return r >= 0 ? r : -lastErrno();
    }

    /** The pending error of a socket whose connection attempt ended (0 when it connected). */
    int pendingError(int fd) throws Throwable {
      intValue.set(ValueLayout.JAVA_INT, 0, 0);
      intLength.set(ValueLayout.JAVA_INT, 0, 4);
      int r = (int) getsockopt.invokeExact(fd, SOL_SOCKET, SO_ERROR, intValue, intLength);
      return r == 0 ? intValue.get(ValueLayout.JAVA_INT, 0) : -1;
    }

    /** Closes with a reset rather than a handshake, so an open port leaves no lingering state on either side. */
    void abort(int fd) throws Throwable {
      linger.set(ValueLayout.JAVA_INT, 0, 1);
      linger.set(ValueLayout.JAVA_INT, 4, 0);
      int ignored = (int) setsockopt.invokeExact(fd, SOL_SOCKET, SO_LINGER, linger, 8);
      close(fd);
    }

    void close(int fd) throws Throwable {
      int ignored = (int) close.invokeExact(fd);
    }

    private int lastErrno() {
      return (int) errno.get(state, 0L);
    }

    @Override
    public void close() {
      arena.close();
    }
  }
}
