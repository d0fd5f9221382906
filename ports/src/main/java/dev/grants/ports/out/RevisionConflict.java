package dev.grants.ports.out;

import dev.grants.domain.policy.ResourcePolicy;
import java.util.Objects;

/**
 * A compare-and-set that lost: the stored policy is no longer the base the change was made from.
 *
 * @param current the policy stored now ({@link ResourcePolicy#none} when there is none)
 */
public record RevisionConflict(ResourcePolicy current) {
  /** Checks the current policy is present. */
  public RevisionConflict {
    Objects.requireNonNull(current, "current");
  }
}
