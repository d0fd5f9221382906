package dev.grants.ports.in;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import io.vavr.control.Either;

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
}
