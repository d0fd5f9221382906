package dev.grants.ports.in;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PolicyReference;
import io.vavr.control.Either;

/**
 * A permission set's definition beyond its attributes: the inline policy, the attached AWS managed and customer
 * managed policies, and the permissions boundary. Every change is a new definition version, so each account the
 * permission set is provisioned to is stale ({@code LATEST_PERMISSION_SET_NOT_PROVISIONED}) until it is provisioned
 * again; a change that changes nothing (deleting an inline policy there is none of) is no new version.
 *
 * <p>Every operation is refused, as {@link PermissionSets}' are, with {@link GrantsError.InvalidRequest} (a member
 * breaks the model's constraints), {@link GrantsError.InstanceNotFound}, {@link GrantsError.AccessDenied} (another
 * account's instance) or {@link GrantsError.PermissionSetNotFound}; every change also with
 * {@link GrantsError.ConcurrentModification} when other writers keep moving it. Further refusals are listed per
 * operation.
 *
 * <pre>{@code
 * PermissionSetDefinitions definitions = InMemoryGrants.create().permissionSetDefinitions();
 * definitions.attachManagedPolicy(PolicyReferenceCommand.builder().context(context).instanceArn(instance)
 *     .permissionSetArn(set).managedPolicyArn("arn:aws:iam::aws:policy/ReadOnlyAccess").build());
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
public interface PermissionSetDefinitions {

  /** Reads the permission set, for its inline policy ({@code null} when none). */
  Either<GrantsError, PermissionSet> getInlinePolicy(PermissionSetCommand command);

  /** Deletes the inline policy; there being none is no error. */
  Either<GrantsError, PermissionSet> deleteInlinePolicy(PermissionSetCommand command);

  /**
   * Attaches an AWS managed policy.
   *
   * @return the permission set after the change, or also {@link GrantsError.PolicyAlreadyAttached} or
   *     {@link GrantsError.TooManyPolicies}
   */
  Either<GrantsError, PermissionSet> attachManagedPolicy(PolicyReferenceCommand command);

  /**
   * Detaches an AWS managed policy.
   *
   * @return the permission set after the change, or also {@link GrantsError.PolicyNotAttached}
   */
  Either<GrantsError, PermissionSet> detachManagedPolicy(PolicyReferenceCommand command);

  /** Lists the attached AWS managed policies, in the order they were attached; also {@link GrantsError.InvalidPageToken}. */
  Either<GrantsError, Page<PolicyReference.Managed>> listManagedPolicies(ListPoliciesInPermissionSetCommand command);

  /**
   * Attaches a customer managed policy (its path {@code /} when none is given).
   *
   * @return the permission set after the change, or also {@link GrantsError.PolicyAlreadyAttached} or
   *     {@link GrantsError.TooManyPolicies}
   */
  Either<GrantsError, PermissionSet> attachCustomerManagedPolicy(PolicyReferenceCommand command);

  /**
   * Detaches a customer managed policy.
   *
   * @return the permission set after the change, or also {@link GrantsError.PolicyNotAttached}
   */
  Either<GrantsError, PermissionSet> detachCustomerManagedPolicy(PolicyReferenceCommand command);

  /** Lists the attached customer managed policies, in the order they were attached; also {@link GrantsError.InvalidPageToken}. */
  Either<GrantsError, Page<PolicyReference.CustomerManaged>> listCustomerManagedPolicies(
      ListPoliciesInPermissionSetCommand command);

  /**
   * Sets the permissions boundary, in place of any there is.
   *
   * @return the permission set after the change, or also {@link GrantsError.PermissionsBoundaryNotOneKind}
   */
  Either<GrantsError, PermissionSet> putPermissionsBoundary(PolicyReferenceCommand command);

  /**
   * Reads the permissions boundary.
   *
   * @return the boundary, or also {@link GrantsError.PermissionsBoundaryNotFound}
   */
  Either<GrantsError, PolicyReference> getPermissionsBoundary(PermissionSetCommand command);

  /**
   * Deletes the permissions boundary.
   *
   * @return the permission set after the change, or also {@link GrantsError.PermissionsBoundaryNotFound}
   */
  Either<GrantsError, PermissionSet> deletePermissionsBoundary(PermissionSetCommand command);
}
