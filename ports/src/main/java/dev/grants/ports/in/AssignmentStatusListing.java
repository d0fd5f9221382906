package dev.grants.ports.in;

import dev.grants.domain.Nullable;

/**
 * The members of the two listings of account-assignment operation statuses ({@code ListAccountAssignmentCreationStatus}
 * and {@code ListAccountAssignmentDeletionStatus}): the instance, paging, and {@code Filter.Status}. Members are
 * carried as given; the service checks them.
 *
 * <pre>{@code
 * AssignmentStatusListing listing = ListAccountAssignmentCreationStatusCommand.builder().context(context)
 *     .instanceArn(instance).filterStatus("FAILED").build();
 * }</pre>
 */
public interface AssignmentStatusListing extends Paged {

  /** Who calls, and where. */
  CallContext context();

  /** {@code InstanceArn}: the instance. */
  @Nullable
  String instanceArn();

  /** {@code Filter.Status}: only operations in this status: IN_PROGRESS, FAILED or SUCCEEDED. */
  @Nullable
  String filterStatus();
}
