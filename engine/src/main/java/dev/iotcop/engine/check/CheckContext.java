package dev.iotcop.engine.check;

import dev.iotcop.engine.Target;
import dev.iotcop.engine.fact.Facts;
import java.time.Clock;

/** Everything a check may use while it runs; the runner owns it and enforces the politeness limits behind it. */
public record CheckContext(
    Target target,
    Facts facts,
    Politeness politeness,
    Deadline deadline,
    ConnectionGate gate,
    LoginBudget logins,
    ProgressSink progress,
    Clock clock) {}
