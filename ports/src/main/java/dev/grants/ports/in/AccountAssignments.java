package dev.grants.ports.in;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.AccountAssignment;
import dev.grants.domain.provisioning.AssignmentOperation;
import io.vavr.control.Either;

/**
 * Account assignments of Identity Center: which principal (user or group) has which permission set in which account.
 * Creating one provisions its permission set to its account through the {@code ProvisioningGateway}, as a
 * provisioning request of its own (same request id): the creation is {@code IN_PROGRESS} while that request is, then
 * SUCCEEDED or FAILED with its reason (a FAILED creation leaves no assignment). Deleting one is done when it is
 * answered (SUCCEEDED); deleting the last assignment of a permission set in an account unprovisions the set from that
 * account. Only the account that owns an instance changes or reads its assignments ({@link GrantsError.AccessDenied}
 * otherwise).
 *
 * <pre>{@code
 * AccountAssignments assignments = InMemoryGrants.create().accountAssignments();
 * AssignmentOperation creation = assignments.createAccountAssignment(CreateAccountAssignmentCommand.builder()
 *     .context(context).instanceArn(instance).permissionSetArn(set).targetType("AWS_ACCOUNT")
 *     .targetId("111122223333").principalType("USER").principalId(userId).build()).get();
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
public interface AccountAssignments {

  /**
   * Assigns a permission set to a principal in an account, and starts provisioning it there.
   *
   * @return the creation's status, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InstanceNotFound},
   *     {@link GrantsError.AccessDenied}, {@link GrantsError.PermissionSetNotFound},
   *     {@link GrantsError.AccountAssignmentConflict} (the assignment exists, or its creation is in progress) or
   *     {@link GrantsError.ProvisioningInProgress} (another provisioning of the permission set is)
   */
  Either<GrantsError, AssignmentOperation> createAccountAssignment(CreateAccountAssignmentCommand command);

  /**
   * Deletes an assignment.
   *
   * @return the deletion's status (SUCCEEDED), or {@link GrantsError.InvalidRequest},
   *     {@link GrantsError.InstanceNotFound}, {@link GrantsError.AccessDenied},
   *     {@link GrantsError.PermissionSetNotFound} or {@link GrantsError.AccountAssignmentConflict} (no such
   *     assignment, or its creation is in progress)
   */
  Either<GrantsError, AssignmentOperation> deleteAccountAssignment(DeleteAccountAssignmentCommand command);

  /**
   * Reads an assignment creation.
   *
   * @return its status, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InstanceNotFound},
   *     {@link GrantsError.AccessDenied} or {@link GrantsError.AssignmentOperationNotFound}
   */
  Either<GrantsError, AssignmentOperation> describeCreationStatus(DescribeAccountAssignmentCreationStatusCommand command);

  /**
   * Reads an assignment deletion.
   *
   * @return its status, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InstanceNotFound},
   *     {@link GrantsError.AccessDenied} or {@link GrantsError.AssignmentOperationNotFound}
   */
  Either<GrantsError, AssignmentOperation> describeDeletionStatus(DescribeAccountAssignmentDeletionStatusCommand command);

  /**
   * Lists an instance's assignment creations, oldest first, optionally of one status.
   *
   * @return a page, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InstanceNotFound},
   *     {@link GrantsError.AccessDenied} or {@link GrantsError.InvalidPageToken}
   */
  Either<GrantsError, Page<AssignmentOperation>> listCreationStatus(ListAccountAssignmentCreationStatusCommand command);

  /**
   * Lists an instance's assignment deletions, oldest first, optionally of one status.
   *
   * @return a page, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InstanceNotFound},
   *     {@link GrantsError.AccessDenied} or {@link GrantsError.InvalidPageToken}
   */
  Either<GrantsError, Page<AssignmentOperation>> listDeletionStatus(ListAccountAssignmentDeletionStatusCommand command);

  /**
   * Lists the assignments of a permission set in an account, in order of creation.
   *
   * @return a page, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InstanceNotFound},
   *     {@link GrantsError.AccessDenied}, {@link GrantsError.PermissionSetNotFound} or
   *     {@link GrantsError.InvalidPageToken}
   */
  Either<GrantsError, Page<AccountAssignment>> listAccountAssignments(ListAccountAssignmentsCommand command);

  /**
   * Lists the assignments of a principal, in order of creation, optionally in one account.
   *
   * @return a page, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InstanceNotFound},
   *     {@link GrantsError.AccessDenied} or {@link GrantsError.InvalidPageToken}
   */
  Either<GrantsError, Page<AccountAssignment>> listAccountAssignmentsForPrincipal(
      ListAccountAssignmentsForPrincipalCommand command);
}
