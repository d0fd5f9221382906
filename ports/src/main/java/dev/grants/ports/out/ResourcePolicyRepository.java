package dev.grants.ports.out;

import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.principal.Arn;
import io.vavr.control.Either;

/**
 * Where resource policies are kept, one per resource ARN, with optimistic concurrency on their revision.
 *
 * <p><b>Atomicity.</b> {@link #commit} is a compare-and-set: it stores {@code next} if and only if the stored
 * revision of {@code base.resource()} is, at that instant, {@code base.revision()} (nothing stored, when
 * {@code base} is {@link ResourcePolicy#none}); otherwise it stores nothing and returns the policy stored
 * now. Of any number of concurrent commits from the same base, at most one succeeds. A commit either
 * happens whole or not at all; a successful commit is visible to every later {@link #find}.
 *
 * <pre>{@code
 * ResourcePolicy base = repository.find(arn);
 * Either<RevisionConflict, ResourcePolicy> stored =
 *     repository.commit(base, base.add(statement, ExpectedRevision.any(), ids.newRevisionId()).get());
 * }</pre>
 *
 * <p>Implementations are thread-safe. The testkit's {@code ResourcePolicyRepositoryContract} checks all of the
 * above, including under concurrent writers.
 */
public interface ResourcePolicyRepository {

  /** The policy of {@code resource}: the stored one, or {@link ResourcePolicy#none} when there is none. */
  ResourcePolicy find(Arn resource);

  /**
   * Stores {@code next} in place of {@code base}, atomically, if {@code base} is still the stored state.
   *
   * @param base the policy the change was made from, as {@link #find} returned it
   * @param next the changed policy; same resource, a new revision
   * @return {@code next}, or the conflict with the policy stored now
   * @throws IllegalArgumentException if {@code next} is for another resource or has no revision
   */
  Either<RevisionConflict, ResourcePolicy> commit(ResourcePolicy base, ResourcePolicy next);

  /**
   * Checks what {@link #commit} refuses, for implementations: both present, one resource, and a revision on
   * {@code next}.
   *
   * @throws NullPointerException if either is missing
   * @throws IllegalArgumentException if {@code next} is for another resource or has no revision
   */
  static void requireCommittable(ResourcePolicy base, ResourcePolicy next) {
    java.util.Objects.requireNonNull(base, "base");
    java.util.Objects.requireNonNull(next, "next");
    if (!base.resource().equals(next.resource())) {
      throw new IllegalArgumentException("base and next are policies of different resources");
    }
    if (!next.exists()) {
      throw new IllegalArgumentException("a committed policy has a revision");
    }
  }

  /** Forgets the policy of {@code resource} (its resource was deleted); nothing happens if there is none. */
  void delete(Arn resource);
}
