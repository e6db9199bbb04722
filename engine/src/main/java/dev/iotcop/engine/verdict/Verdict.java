package dev.iotcop.engine.verdict;

import java.util.List;

/** The verdict on one EN 303 645 provision and the reasons it rests on. */
public record Verdict(String provision, VerdictValue verdict, List<Reason> reasons) {
  public Verdict {
    reasons = List.copyOf(reasons);
  }
}
