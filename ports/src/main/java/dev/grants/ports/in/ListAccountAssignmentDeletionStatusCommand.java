package dev.grants.ports.in;


import org.immutables.value.Value;

/**
 * The members of {@code ListAccountAssignmentDeletionStatus}: the instance's assignment deletions, oldest first. Members are carried as given: a missing required member, or one that
 * fails its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * ListAccountAssignmentDeletionStatusCommand.builder().context(context).instanceArn(instance).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListAccountAssignmentDeletionStatusCommand implements AssignmentStatusListing {
  ListAccountAssignmentDeletionStatusCommand() {}

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListAccountAssignmentDeletionStatusCommand}. */
  public static final class Builder extends ImmutableListAccountAssignmentDeletionStatusCommand.Builder {
    Builder() {}
  }
}
