package dev.iotcop.engine.evidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Named values a check observed, in the order it observed them. */
public record Observation(Map<String, String> values) implements Evidence {
  public Observation {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static Observation of(String... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must come in pairs");
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return new Observation(m);
  }

  @Override
  public String type() {
    return "observation";
  }
}
