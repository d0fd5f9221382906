package dev.grants.ports.in;

import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.revision.RevisionId;
import java.util.Objects;

/**
 * The outcome of {@code GetLayerVersionPolicy}: a policy with at least one statement, and its revision (the
 * one the last mutation returned).
 *
 * <pre>{@code
 * GetLayerVersionPolicyResult read = permissions.getPolicy(command).get();
 * read.policy().statements();
 * }</pre>
 *
 * @param policy the policy, never empty
 */
public record GetLayerVersionPolicyResult(ResourcePolicy policy) {
  /** Checks the policy exists and has statements. */
  public GetLayerVersionPolicyResult {
    Objects.requireNonNull(policy, "policy");
    if (policy.statements().isEmpty() || !policy.exists()) {
      throw new IllegalArgumentException("a policy that is read has statements");
    }
  }

  /** The policy's current revision. */
  public RevisionId revisionId() {
    return policy.revision().get();
  }
}
