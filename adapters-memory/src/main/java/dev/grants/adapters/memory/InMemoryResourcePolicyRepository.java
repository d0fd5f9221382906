package dev.grants.adapters.memory;

import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.revision.RevisionId;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.RevisionConflict;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resource policies in a {@link ConcurrentHashMap}. A commit compares and sets under the map's per-key
 * lock, so it is atomic as {@link ResourcePolicyRepository} requires; reads never block. The common commit, on
 * the very policy read before, is one {@code putIfAbsent} or {@code replace}; only when that fails does the
 * commit compare revisions under the lock.
 *
 * <pre>{@code
 * ResourcePolicyRepository policies = new InMemoryResourcePolicyRepository();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class InMemoryResourcePolicyRepository implements ResourcePolicyRepository {
  private final ConcurrentHashMap<Arn, ResourcePolicy> policies = new ConcurrentHashMap<>();

  /** An empty repository. */
  public InMemoryResourcePolicyRepository() {}

  @Override
  public ResourcePolicy find(Arn resource) {
    ResourcePolicy stored = policies.get(resource);
    return stored != null ? stored : ResourcePolicy.none(resource);
  }

  @Override
  public Either<RevisionConflict, ResourcePolicy> commit(ResourcePolicy base, ResourcePolicy next) {
    ResourcePolicyRepository.requireCommittable(base, next);
    // Every stored policy has a revision, so a base without one matches only an absent policy; a stored policy
    // equal to the base has its revision. When neither shortcut applies, the revisions decide below.
    if (!base.exists()
        ? policies.putIfAbsent(base.resource(), next) == null
        : policies.replace(base.resource(), base, next)) {
      return Either.right(next);
    }
    Option<RevisionId> expected = base.revision();
    ResourcePolicy[] lost = new ResourcePolicy[1];
    policies.compute(base.resource(), (resource, stored) -> {
      Option<RevisionId> current = stored == null ? Option.none() : stored.revision();
      if (current.equals(expected)) {
        return next;
      }
      lost[0] = stored == null ? ResourcePolicy.none(resource) : stored;
      return stored;
    });
    return lost[0] == null ? Either.right(next) : Either.left(new RevisionConflict(lost[0]));
  }

  @Override
  public void delete(Arn resource) {
    policies.remove(resource);
  }
}
