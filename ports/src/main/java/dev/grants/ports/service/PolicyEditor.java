package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.revision.RevisionId;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.RevisionConflict;
import io.vavr.control.Either;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one way every family changes a resource policy: read, change, compare-and-set, and on a lost race
 * read again and re-apply the change to the fresh policy, a bounded number of times. A change that carries
 * an expected revision re-checks it against the fresh policy, so it fails rather than overwrites.
 */
final class PolicyEditor {
  private final ResourcePolicyRepository policies;
  private final IdGenerator ids;
  private final Announcer announcer;
  private final int maxAttempts;

  PolicyEditor(ResourcePolicyRepository policies, IdGenerator ids, Announcer announcer, int maxAttempts) {
    this.policies = policies;
    this.ids = ids;
    this.announcer = announcer;
    this.maxAttempts = maxAttempts;
  }

  /**
   * Applies {@code change} (given the current policy and the revision to give the result) and commits it.
   *
   * @param event the event that announces the committed policy; {@code null} announces nothing
   */
  Either<GrantsError, ResourcePolicy> edit(
      Arn resource,
      BiFunction<ResourcePolicy, RevisionId, Either<GrantsError, ResourcePolicy>> change,
      Function<ResourcePolicy, GrantsEvent> event) {
    return edit(policies.find(resource), change, event);
  }

  /** {@link #edit(Arn, BiFunction, Function)} from {@code read}, the policy as it was just read. */
  Either<GrantsError, ResourcePolicy> edit(
      ResourcePolicy read,
      BiFunction<ResourcePolicy, RevisionId, Either<GrantsError, ResourcePolicy>> change,
      Function<ResourcePolicy, GrantsEvent> event) {
    return CompareAndSet.retry(maxAttempts, read, base -> {
      Either<GrantsError, ResourcePolicy> changed = change.apply(base, ids.newRevisionId());
      if (changed.isLeft()) {
        return CompareAndSet.done(changed);
      }
      Either<RevisionConflict, ResourcePolicy> committed = policies.commit(base, changed.get());
      if (committed.isRight()) {
        if (announcer.listening()) {
          GrantsEvent announced = event.apply(committed.get());
          if (announced != null) {
            announcer.announce(announced);
          }
        }
        return CompareAndSet.done(Either.<GrantsError, ResourcePolicy>right(committed.get()));
      }
      Thread.onSpinWait();
      return CompareAndSet.again(committed.getLeft().current());
    }).getOrElseGet(last -> Either.left(new GrantsError.ConcurrentModification(read.resource(), maxAttempts)));
  }

  ResourcePolicy read(Arn resource) {
    return policies.find(resource);
  }

  void forget(Arn resource) {
    policies.delete(resource);
  }
}
