package dev.iotcop.engine.verdict;

import java.util.List;

/** Why a verdict is what it is: a message key with arguments, and the findings (by id, e.g. {@code F3}) it rests on. */
public record Reason(String messageKey, List<String> args, List<String> findings) {
  public Reason {
    args = List.copyOf(args);
    findings = List.copyOf(findings);
  }
}
