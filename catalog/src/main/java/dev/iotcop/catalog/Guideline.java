package dev.iotcop.catalog;

import java.util.List;

/** One of the 13 guidelines of the UK Code of Practice for Consumer IoT Security (October 2018). */
public record Guideline(int number, boolean prioritised, List<Stakeholder> stakeholders) {
  public Guideline {
    stakeholders = List.copyOf(stakeholders);
  }

  public ItemRef ref() {
    return ItemRef.of(Catalog.COP, Integer.toString(number));
  }
}
