package dev.iotcop.cli;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Run in a child JVM: prints how many carriers six busy virtual threads got at once. */
final class CarrierProbe {
  private CarrierProbe() {}

  public static void main(String[] args) throws Exception {
    Main.ensureCarriers();
    Set<String> carriers = ConcurrentHashMap.newKeySet();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 6; i++) {
        pool.execute(() -> {
          // Busy, never yielding: a virtual thread keeps its carrier until it ends.
          long end = System.nanoTime() + 300_000_000L;
          while (System.nanoTime() < end) {
            String name = Thread.currentThread().toString();
            carriers.add(name.substring(name.indexOf('@') + 1));
          }
        });
      }
    }
    System.out.println(carriers.size());
  }
}
