package dev.iotcop.net.discovery;

import dev.iotcop.engine.check.Deadline;
import dev.iotcop.engine.check.ProgressSink;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A TCP connect scan with non-blocking sockets on one selector: up to {@code window} connection attempts are in flight,
 * each resolved by the kernel's answer (connected, refused, unreachable) or by its timeout. It makes the same
 * connections as {@link TcpPortScanner} without a thread per attempt, which matters when every port is scanned.
 */
public final class SelectorPortScanner {
  private final int window;
  private final Duration connectTimeout;

  public SelectorPortScanner(int window, Duration connectTimeout) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1");
    }
    this.window = window;
    this.connectTimeout = connectTimeout;
  }

  private record Attempt(int port, long expiresAt, SocketChannel channel) {}

  public TcpPortScanner.ScanResult scan(InetAddress address, PortSpec ports, Deadline deadline, ProgressSink progress)
      throws InterruptedException {
    int[] list = ports.toArray();
    List<Integer> open = new ArrayList<>();
    int filtered = 0;
    int done = 0;
    int next = 0;
    long timeoutNanos = connectTimeout.toNanos();
    // Insertion order is start order, so the oldest attempt, the first to time out, is always at the head.
    LinkedHashSet<Attempt> inFlight = new LinkedHashSet<>();
    try (Selector selector = Selector.open()) {
      while ((next < list.length || !inFlight.isEmpty()) && !deadline.passed()) {
        if (Thread.currentThread().isInterrupted()) {
          inFlight.forEach(a -> close(a.channel()));
          throw new InterruptedException("port scan interrupted");
        }
        while (inFlight.size() < window && next < list.length) {
          int port = list[next++];
          SocketChannel ch = SocketChannel.open();
          try {
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.SO_LINGER, 0);
            if (ch.connect(new InetSocketAddress(address, port))) {
              open.add(port);
              done++;
              close(ch);
            } else {
              Attempt a = new Attempt(port, System.nanoTime() + timeoutNanos, ch);
              ch.register(selector, SelectionKey.OP_CONNECT, a);
              inFlight.add(a);
            }
          } catch (IOException e) {
            done++;
            if (!(e instanceof ConnectException) || !String.valueOf(e.getMessage()).contains("refused")) {
              filtered++;
            }
            close(ch);
          }
        }
        selector.select(10);
        Iterator<SelectionKey> it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
          SelectionKey key = it.next();
          it.remove();
          Attempt a = (Attempt) key.attachment();
          try {
            if (a.channel().finishConnect()) {
              open.add(a.port());
            }
          } catch (ConnectException e) {
            if (!String.valueOf(e.getMessage()).contains("refused")) {
              filtered++;
            }
          } catch (IOException e) {
            filtered++;
          }
          key.cancel();
          close(a.channel());
          inFlight.remove(a);
          done++;
        }
        long now = System.nanoTime();
        while (!inFlight.isEmpty() && inFlight.getFirst().expiresAt() <= now) {
          Attempt a = inFlight.removeFirst();
          a.channel().keyFor(selector).cancel();
          close(a.channel());
          filtered++;
          done++;
        }
        if ((done & 4095) == 0) {
          progress.step("tcp-ports", done, list.length);
        }
      }
      inFlight.forEach(a -> close(a.channel()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot open a selector: " + e.getMessage(), e);
    }
    open.sort(Integer::compare);
    progress.step("tcp-ports", done, list.length);
    return new TcpPortScanner.ScanResult(List.copyOf(open), filtered, done, done == list.length);
  }

  private static void close(SocketChannel ch) {
    try {
      ch.close();
    } catch (IOException e) {
      // closing a failed or finished attempt cannot lose anything we need
    }
  }
}
