package dev.iotcop.catalog.ics;

import java.util.List;

/**
 * One row of the Implementation Conformance Statement for a provision: the reference and status the standard
 * gives, which Support answers are admissible, and for which answers the Detail column must carry a
 * justification. {@code testCases} are the TS 103 701 test cases that read this row.
 */
public record IcsRow(
    String provision,
    String clause,
    String status,
    boolean provisional,
    List<String> conditions,
    List<IcsSupport> allowedSupport,
    List<IcsSupport> detailRequiredFor,
    List<String> testCases) {
  public IcsRow {
    conditions = List.copyOf(conditions);
    allowedSupport = List.copyOf(allowedSupport);
    detailRequiredFor = List.copyOf(detailRequiredFor);
    testCases = List.copyOf(testCases);
  }

  public boolean allows(IcsSupport support) {
    return allowedSupport.contains(support);
  }
}
