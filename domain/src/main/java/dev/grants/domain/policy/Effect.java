package dev.grants.domain.policy;

/**
 * Whether a statement allows or denies. Grants writes {@code Allow} statements; an explicit {@code Deny}
 * overrides every allow in {@link ResourcePolicy#decide}.
 */
public enum Effect {
  /** The statement grants. */
  ALLOW("Allow"),
  /** The statement refuses, whatever else allows. */
  DENY("Deny");

  private final String policyValue;

  Effect(String policyValue) {
    this.policyValue = policyValue;
  }

  /** The word written in a policy document: {@code Allow} or {@code Deny}. */
  public String policyValue() {
    return policyValue;
  }
}
