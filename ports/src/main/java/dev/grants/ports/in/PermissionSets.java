package dev.grants.ports.in;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.Tag;
import io.vavr.control.Either;
import java.util.List;

/**
 * Identity Center instances and their permission sets: the lifecycle that provisioning hangs on. Every change
 * to a permission set's definition makes each account it is provisioned to stale until provisioned again.
 * An instance belongs to the account that created it; every operation on another account's instance, a read as
 * much as a change, is refused with {@link GrantsError.AccessDenied}, and one on an instance no account has is
 * {@link GrantsError.InstanceNotFound}.
 *
 * <pre>{@code
 * PermissionSets sets = InMemoryGrants.create().permissionSets();
 * Instance instance = sets.createInstance(CreateInstanceCommand.builder().context(context).build()).get();
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
public interface PermissionSets {

  /**
   * Creates the caller's instance (one per account).
   *
   * @return the instance, or {@link GrantsError.InvalidRequest} or {@link GrantsError.InstanceAlreadyExists}
   */
  Either<GrantsError, Instance> createInstance(CreateInstanceCommand command);

  /**
   * Lists the caller's instances.
   *
   * @return a page, or {@link GrantsError.InvalidRequest} or {@link GrantsError.InvalidPageToken}
   */
  Either<GrantsError, Page<Instance>> listInstances(ListInstancesCommand command);

  /**
   * Creates a permission set, definition version 1.
   *
   * @return the permission set, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InstanceNotFound},
   *     {@link GrantsError.AccessDenied} or {@link GrantsError.PermissionSetNameConflict}
   */
  Either<GrantsError, PermissionSet> createPermissionSet(CreatePermissionSetCommand command);

  /**
   * Reads a permission set.
   *
   * @return the permission set, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InstanceNotFound},
   *     {@link GrantsError.AccessDenied} or {@link GrantsError.PermissionSetNotFound}
   */
  Either<GrantsError, PermissionSet> describePermissionSet(DescribePermissionSetCommand command);

  /**
   * Sets the inline policy: a new definition version; every account provisioned with an older one is stale.
   *
   * @return the permission set after the change, or {@link GrantsError.InvalidRequest},
   *     {@link GrantsError.InstanceNotFound}, {@link GrantsError.AccessDenied},
   *     {@link GrantsError.PermissionSetNotFound} or {@link GrantsError.ConcurrentModification}
   */
  Either<GrantsError, PermissionSet> putInlinePolicy(PutInlinePolicyToPermissionSetCommand command);

  /**
   * Deletes a permission set and its provisioning records; refused while a provisioning of it is in progress.
   *
   * @return the deleted permission set, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InstanceNotFound},
   *     {@link GrantsError.AccessDenied}, {@link GrantsError.PermissionSetNotFound} or
   *     {@link GrantsError.ProvisioningInProgress}
   */
  Either<GrantsError, PermissionSet> deletePermissionSet(DeletePermissionSetCommand command);

  /**
   * Reads one of the caller's instances. The service documents no not-found error for it: an instance no account
   * has is refused as one of another account's is.
   *
   * @return the instance, or {@link GrantsError.InvalidRequest} or {@link GrantsError.AccessDenied}
   */
  Either<GrantsError, Instance> describeInstance(DescribeInstanceCommand command);

  /**
   * Lists the permission sets of an instance, in creation order.
   *
   * @return a page of their ARNs, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InvalidPageToken},
   *     {@link GrantsError.InstanceNotFound} or {@link GrantsError.AccessDenied}
   */
  Either<GrantsError, Page<PermissionSetArn>> listPermissionSets(ListPermissionSetsCommand command);

  /**
   * Changes a permission set's description, session duration or relay state: a new definition version, so every
   * account provisioned with an older one is stale.
   *
   * @return the permission set after the change, or {@link GrantsError.InvalidRequest},
   *     {@link GrantsError.InstanceNotFound}, {@link GrantsError.AccessDenied},
   *     {@link GrantsError.PermissionSetNotFound} or {@link GrantsError.ConcurrentModification}
   */
  Either<GrantsError, PermissionSet> updatePermissionSet(UpdatePermissionSetCommand command);

  /**
   * Adds tags to an instance or a permission set (a key it has gets the new value); tags are no part of a
   * permission set's definition.
   *
   * @return every tag of the resource after the change, or {@link GrantsError.InvalidRequest},
   *     {@link GrantsError.InstanceNotFound}, {@link GrantsError.AccessDenied},
   *     {@link GrantsError.PermissionSetNotFound}, {@link GrantsError.TaggedResourceNotFound} or
   *     {@link GrantsError.TooManyTags}
   */
  Either<GrantsError, List<Tag>> tagResource(TagResourceCommand command);

  /**
   * Removes tags from an instance or a permission set; a key it does not have is skipped.
   *
   * @return every tag of the resource after the change, or {@link GrantsError.InvalidRequest},
   *     {@link GrantsError.InstanceNotFound}, {@link GrantsError.AccessDenied},
   *     {@link GrantsError.PermissionSetNotFound} or {@link GrantsError.TaggedResourceNotFound}
   */
  Either<GrantsError, List<Tag>> untagResource(UntagResourceCommand command);

  /**
   * Lists the tags of an instance or a permission set, in the order their keys were first set.
   *
   * @return a page of tags, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InvalidPageToken},
   *     {@link GrantsError.InstanceNotFound}, {@link GrantsError.AccessDenied},
   *     {@link GrantsError.PermissionSetNotFound} or {@link GrantsError.TaggedResourceNotFound}
   */
  Either<GrantsError, Page<Tag>> listTagsForResource(ListTagsForResourceCommand command);
}
