package dev.grants.domain.provisioning;

import dev.grants.domain.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * The status of one account-assignment operation ({@code AccountAssignmentOperationStatus}): the creation or the
 * deletion of an assignment, under its request id. A creation is the provisioning of the assignment's permission set
 * to its account, under the same request id: it is {@code IN_PROGRESS} while that provisioning is, then takes the
 * provisioning's outcome ({@link #settledBy}); a terminal status never changes.
 *
 * <pre>{@code
 * AssignmentOperation started = AssignmentOperation.inProgress(Kind.CREATION, requestId, assignment, now);
 * AssignmentOperation ended = started.settledBy(provisioningRequest); // SUCCEEDED, or FAILED with its reason
 * }</pre>
 *
 * @param kind a creation or a deletion
 * @param requestId the request id, a lowercase UUID
 * @param assignment the assignment
 * @param status where the operation stands
 * @param failureReason why it failed; {@code null} unless {@code status} is FAILED
 * @param createdDate when it was requested
 */
public record AssignmentOperation(Kind kind, String requestId, AccountAssignment assignment, ProvisioningStatus status,
    @Nullable String failureReason, Instant createdDate) {

  /** The two operations on an assignment. */
  public enum Kind {
    /** {@code CreateAccountAssignment}. */
    CREATION,
    /** {@code DeleteAccountAssignment}. */
    DELETION
  }

  /** Checks the parts: a failure has a reason, nothing else has one. */
  public AssignmentOperation {
    if ((Objects.requireNonNull(status, "status") == ProvisioningStatus.FAILED) != (failureReason != null)) {
      throw new IllegalArgumentException("a failure reason goes with FAILED, and only with it: " + status);
    }
    for (Object part : new Object[] {kind, requestId, assignment, createdDate}) {
      Objects.requireNonNull(part, "every part of an operation status is given");
    }
  }

  /** A new operation of {@code kind}, in progress. */
  public static AssignmentOperation inProgress(Kind kind, String requestId, AccountAssignment assignment,
      Instant createdDate) {
    return new AssignmentOperation(kind, requestId, assignment, ProvisioningStatus.IN_PROGRESS, null, createdDate);
  }

  /** A deletion, done when it is requested: the assignment is gone. */
  public static AssignmentOperation deleted(String requestId, AccountAssignment assignment, Instant createdDate) {
    return new AssignmentOperation(Kind.DELETION, requestId, assignment, ProvisioningStatus.SUCCEEDED, null,
        createdDate);
  }

  /**
   * This operation with the outcome of {@code provisioning}, the request it waits for: itself while either is in
   * progress or this one has ended (terminal states never change).
   */
  public AssignmentOperation settledBy(ProvisioningRequest provisioning) {
    if (status != ProvisioningStatus.IN_PROGRESS || provisioning.status() == ProvisioningStatus.IN_PROGRESS) {
      return this;
    }
    return new AssignmentOperation(kind, requestId, assignment, provisioning.status(),
        provisioning.failureReason().getOrNull(), createdDate);
  }

  /** Whether it is over (SUCCEEDED or FAILED). */
  public boolean hasEnded() {
    return status != ProvisioningStatus.IN_PROGRESS;
  }
}
