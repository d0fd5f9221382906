package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code DescribeAccountAssignmentDeletionStatus}: the status of one assignment deletion. Members are carried as given: a missing required member, or one that
 * fails its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * DescribeAccountAssignmentDeletionStatusCommand.builder().context(context).instanceArn(instance).accountAssignmentDeletionRequestId(id).build();
 * }</pre>
 */
@Value.Immutable
public abstract class DescribeAccountAssignmentDeletionStatusCommand {
  DescribeAccountAssignmentDeletionStatusCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code InstanceArn}: the instance. */
  @Nullable
  public abstract String instanceArn();

  /** {@code AccountAssignmentDeletionRequestId}: the request id DeleteAccountAssignment answered. */
  @Nullable
  public abstract String accountAssignmentDeletionRequestId();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeAccountAssignmentDeletionStatusCommand}. */
  public static final class Builder extends ImmutableDescribeAccountAssignmentDeletionStatusCommand.Builder {
    Builder() {}
  }
}
