package dev.iotcop.catalog;

/**
 * One provision of one version of ETSI EN 303 645. {@code provisional} marks entries whose status is not
 * confirmed by two independent sources; {@code evidence} says, in our words, how the facts were sourced.
 */
public record Provision(String version, String id, String clause, ProvisionStatus status, boolean provisional, String evidence) {
  public ItemRef ref() {
    return new ItemRef(Catalog.EN303645, version, id);
  }

  public boolean isMandatory() {
    return status.level() == RequirementLevel.MANDATORY;
  }
}
