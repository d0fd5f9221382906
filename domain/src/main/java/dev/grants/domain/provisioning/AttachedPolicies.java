package dev.grants.domain.provisioning;

import dev.grants.domain.Nullable;
import dev.grants.domain.error.GrantsError;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;

/**
 * The policies a permission set's definition refers to beside its inline policy: the managed policies attached to
 * it (AWS managed and customer managed, in the order they were attached) and its permissions boundary.
 *
 * <p>The quota: at most {@link #MAX_ATTACHED} attached policies, both kinds counted together, because every one of
 * them becomes a managed policy of the one IAM role the permission set is provisioned as, and IAM's default quota
 * of managed policies per role is 10. The boundary does not count.
 *
 * <pre>{@code
 * AttachedPolicies policies = AttachedPolicies.NONE
 *     .attach(set, new PolicyReference.Managed("arn:aws:iam::aws:policy/ReadOnlyAccess")).get();
 * policies.of(PolicyReference.Managed.class); // [Managed[arn=arn:aws:iam::aws:policy/ReadOnlyAccess]]
 * }</pre>
 *
 * @param attached the attached policies, each once, in the order they were attached
 * @param boundary the permissions boundary, {@code null} when none
 */
public record AttachedPolicies(List<PolicyReference> attached, @Nullable PolicyReference boundary) {

  /** No attached policy and no boundary: a new permission set's. */
  public static final AttachedPolicies NONE = new AttachedPolicies(List.of(), null);

  /** At most this many attached policies per permission set, AWS managed and customer managed together. */
  public static final int MAX_ATTACHED = 10;

  /** Copies the list and checks each policy is there once. */
  public AttachedPolicies {
    attached = List.copyOf(attached);
    if (attached.stream().distinct().count() != attached.size()) {
      throw new IllegalArgumentException("a policy is attached at most once");
    }
  }

  /** The attached policies of {@code kind}, in the order they were attached. */
  public <P extends PolicyReference> List<P> of(Class<P> kind) {
    return attached.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /**
   * These policies with {@code policy} attached last.
   *
   * @return the policies, or {@link GrantsError.PolicyAlreadyAttached} or {@link GrantsError.TooManyPolicies}
   */
  public Either<GrantsError, AttachedPolicies> attach(PermissionSetArn set, PolicyReference policy) {
    if (attached.contains(policy)) {
      return Either.left(new GrantsError.PolicyAlreadyAttached(set, policy));
    }
    if (attached.size() >= MAX_ATTACHED) {
      return Either.left(new GrantsError.TooManyPolicies(set, MAX_ATTACHED));
    }
    List<PolicyReference> more = new ArrayList<>(attached);
    more.add(policy);
    return Either.right(new AttachedPolicies(more, boundary));
  }

  /**
   * These policies without {@code policy}.
   *
   * @return the policies, or {@link GrantsError.PolicyNotAttached}
   */
  public Either<GrantsError, AttachedPolicies> detach(PermissionSetArn set, PolicyReference policy) {
    if (!attached.contains(policy)) {
      return Either.left(new GrantsError.PolicyNotAttached(set, policy));
    }
    List<PolicyReference> fewer = new ArrayList<>(attached);
    fewer.remove(policy);
    return Either.right(new AttachedPolicies(fewer, boundary));
  }

  /** These policies with {@code newBoundary} as the boundary ({@code null}: none). */
  public AttachedPolicies withBoundary(@Nullable PolicyReference newBoundary) {
    return new AttachedPolicies(attached, newBoundary);
  }
}
