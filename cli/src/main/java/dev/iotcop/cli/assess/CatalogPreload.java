package dev.iotcop.cli.assess;

import dev.iotcop.cli.CliContext;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.check.CheckKind;
import dev.iotcop.engine.check.ProgressSink;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads the catalog in the background while devices are assessed: checks do not need it, only the verdicts at the end
 * do. Loading starts when the first network check starts, that is once discovery, which wants every core for its port
 * scan, is done; from then on the assessment mostly waits for the device. Loading it twice is harmless (the context
 * loads once), and a failure is reported when the verdicts ask for the catalog.
 */
final class CatalogPreload {
  private final CliContext ctx;
  private final AtomicBoolean started = new AtomicBoolean();

  CatalogPreload(CliContext ctx) {
    this.ctx = ctx;
  }

  /** {@code progress}, which also starts loading the catalog when the first network check starts. */
  ProgressSink whenDiscoveryIsDone(ProgressSink progress) {
    return new ProgressSink() {
      @Override
      public void step(String what, long done, long total) {
        progress.step(what, done, total);
      }

      @Override
      public void note(String text) {
        progress.note(text);
      }

      @Override
      public void started(CheckDescriptor check, Subject subject) {
        progress.started(check, subject);
        if (check.kind() == CheckKind.NETWORK) {
          start();
        }
      }
    };
  }

  void start() {
    if (started.compareAndSet(false, true)) {
      // A platform thread: parsing the catalog keeps a core busy for a while, and on a virtual thread it would hold one
      // of the few carrier threads the checks' own virtual threads need to start.
      Thread.ofPlatform().daemon().name("iotcop-catalog").start(() -> {
        try {
          ctx.catalog();
        } catch (RuntimeException e) {
          // loaded again when the verdicts need it, and the failure reported then
        }
      });
    }
  }
}
