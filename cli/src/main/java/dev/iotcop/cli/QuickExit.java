package dev.iotcop.cli;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Optional;

/**
 * Ends the process at once through the C library's {@code _exit}. The JVM's own exit waits up to 300 ms for threads
 * that are inside native code, and once any socket was used from a virtual thread the JDK's I/O poller thread always
 * is (it waits in {@code epoll_wait}); an assessment therefore lost 0.3 s after writing its report. Only for commands
 * that have nothing left for the JVM's shutdown to do: output flushed, files closed, no shutdown hooks. Elsewhere, or
 * when the C library cannot be reached, it returns and the caller exits the usual way.
 */
final class QuickExit {
  private QuickExit() {}

  static void exit(int code) {
    Optional<MethodHandle> exit = handle();
    if (exit.isEmpty()) {
      return;
    }
    System.out.flush();
    System.err.flush();
    try {
      exit.get().invokeExact(code);
    } catch (Throwable e) {
      // fall back to the JVM's exit
    }
  }

  private static Optional<MethodHandle> handle() {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
      return Optional.empty();
    }
    try {
      Linker linker = Linker.nativeLinker();
      return linker.defaultLookup().find("_exit")
          .map(address -> linker.downcallHandle(address, FunctionDescriptor.ofVoid(ValueLayout.JAVA_INT)));
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }
}
