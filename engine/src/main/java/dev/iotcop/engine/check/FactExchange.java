package dev.iotcop.engine.check;

import dev.iotcop.engine.fact.Fact;
import dev.iotcop.engine.fact.Facts;
import java.util.List;
import java.util.function.Predicate;

/** How a running check trades facts with the runner before it finishes; see {@link CheckContext#share}. */
public interface FactExchange {
  /** Hands over facts at once; they count as if the check had returned them. */
  void share(List<? extends Fact> facts);

  /**
   * The facts the run sees, plus those of its {@link Need.Reach#ON_REQUEST} needs: once they are complete, or as soon
   * as {@code decided} holds for those known so far.
   */
  Facts inFull(Predicate<Facts> decided) throws InterruptedException;

  /**
   * For a check run on its own, as in tests: what it shares is only returned later, and the facts it was given are
   * already complete.
   */
  static FactExchange standalone(Facts facts) {
    return new FactExchange() {
      @Override
      public void share(List<? extends Fact> shared) {}

      @Override
      public Facts inFull(Predicate<Facts> decided) {
        return facts;
      }
    };
  }
}
