package dev.iotcop.engine.check;

/** Where long-running work reports progress; the CLI shows it on a terminal, tests ignore it. */
public interface ProgressSink {
  ProgressSink NONE = new ProgressSink() {
    @Override
    public void step(String what, long done, long total) {}

    @Override
    public void note(String text) {}
  };

  /** {@code done} of {@code total} units of {@code what}; total may be 0 when unknown. */
  void step(String what, long done, long total);

  void note(String text);

  /** A run of {@code check} on {@code subject} is starting; called by the runner, on its own thread, so keep it short. */
  default void started(CheckDescriptor check, dev.iotcop.engine.Subject subject) {}
}
