package dev.grants.ports.out;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.AccountAssignment;
import dev.grants.domain.provisioning.AssignmentOperation;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.PrincipalType;
import io.vavr.control.Option;
import java.util.List;

/**
 * Where account assignments and the statuses of their creations and deletions are kept. An assignment is either
 * <em>pending</em> (its creation is in progress) or <em>assigned</em> (its creation succeeded); a creation that
 * fails leaves no assignment.
 *
 * <p><b>Atomicity.</b> Each method happens whole or not at all, and of concurrent calls on the same assignment at
 * most one changes it: {@link #beginCreation} stores a pending assignment with its creation only if the assignment is
 * neither pending nor assigned; {@link #settle} ends a creation in progress once, and with it makes its assignment
 * assigned (SUCCEEDED) or removes it (FAILED); {@link #delete} removes an assigned assignment, stores its deletion,
 * and, when no other assignment (pending or assigned) of the permission set to that account is left, removes the
 * record that the permission set is provisioned to the account (the {@link PermissionSetRepository}'s
 * {@code provisionedAccounts} and {@code provisionedTo} no longer list it) — all in one step.
 *
 * <pre>{@code
 * CreationStart started = repository.beginCreation(AssignmentOperation.inProgress(CREATION, id, assignment, now));
 * }</pre>
 *
 * <p>Implementations are thread-safe; the testkit's {@code AccountAssignmentRepositoryContract} checks them.
 */
public interface AccountAssignmentRepository {

  /**
   * Stores {@code creation} (in progress) and its assignment as pending, unless the assignment is pending or
   * assigned already.
   */
  CreationStart beginCreation(AssignmentOperation creation);

  /**
   * Stores {@code settled} (a creation that ended) in place of the creation in progress of its request id, and makes
   * its assignment assigned (SUCCEEDED) or removes it (FAILED); nothing if that creation is not in progress.
   *
   * @return whether it did
   */
  boolean settle(AssignmentOperation settled);

  /**
   * Removes {@code deletion}'s assignment if it is assigned, and stores {@code deletion} (which has ended); unprovisions
   * the permission set from the account when no assignment of it to the account is left.
   */
  DeletionOutcome delete(AssignmentOperation deletion);

  /** The operation of {@code kind} with {@code requestId}, if it exists. */
  Option<AssignmentOperation> findOperation(AssignmentOperation.Kind kind, String requestId);

  /** The operations of {@code kind} in {@code instance}, oldest first. */
  List<AssignmentOperation> operationsOf(InstanceArn instance, AssignmentOperation.Kind kind);

  /** The creations of {@code instance} still in progress, oldest first. */
  List<AssignmentOperation> creationsInProgress(InstanceArn instance);

  /** The assigned assignments of {@code permissionSet} to {@code account}, in order of creation. */
  List<AccountAssignment> assignmentsOf(PermissionSetArn permissionSet, AccountId account);

  /** The assigned assignments of the principal in {@code instance}, in order of creation. */
  List<AccountAssignment> assignmentsOfPrincipal(InstanceArn instance, PrincipalType principalType, String principalId);

  /** Removes every assignment (pending or assigned) of {@code permissionSet}, which was deleted; keeps the statuses. */
  void removeAssignmentsOf(PermissionSetArn permissionSet);

  /** What {@link #beginCreation} did. */
  enum CreationStart {
    /** The creation and its pending assignment are stored. */
    STARTED,
    /** The assignment exists: nothing changed. */
    ALREADY_ASSIGNED,
    /** A creation of the assignment is in progress: nothing changed. */
    IN_PROGRESS
  }

  /** What {@link #delete} did. */
  enum DeletionOutcome {
    /** The assignment is gone and the deletion stored. */
    DELETED,
    /** There was no such assignment: nothing changed. */
    NOT_ASSIGNED,
    /** Its creation is in progress: nothing changed. */
    CREATION_IN_PROGRESS
  }
}
