package dev.grants.ports.in;


import org.immutables.value.Value;

/**
 * The members of {@code ListAccountAssignmentCreationStatus}: the instance's assignment creations, oldest first. Members are carried as given: a missing required member, or one that
 * fails its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * ListAccountAssignmentCreationStatusCommand.builder().context(context).instanceArn(instance).filterStatus("IN_PROGRESS").build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListAccountAssignmentCreationStatusCommand implements AssignmentStatusListing {
  ListAccountAssignmentCreationStatusCommand() {}

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListAccountAssignmentCreationStatusCommand}. */
  public static final class Builder extends ImmutableListAccountAssignmentCreationStatusCommand.Builder {
    Builder() {}
  }
}
