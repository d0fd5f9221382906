package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code DescribeAccountAssignmentCreationStatus}: the status of one assignment creation. Members are carried as given: a missing required member, or one that
 * fails its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * DescribeAccountAssignmentCreationStatusCommand.builder().context(context).instanceArn(instance).accountAssignmentCreationRequestId(id).build();
 * }</pre>
 */
@Value.Immutable
public abstract class DescribeAccountAssignmentCreationStatusCommand {
  DescribeAccountAssignmentCreationStatusCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code InstanceArn}: the instance. */
  @Nullable
  public abstract String instanceArn();

  /** {@code AccountAssignmentCreationRequestId}: the request id CreateAccountAssignment answered. */
  @Nullable
  public abstract String accountAssignmentCreationRequestId();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeAccountAssignmentCreationStatusCommand}. */
  public static final class Builder extends ImmutableDescribeAccountAssignmentCreationStatusCommand.Builder {
    Builder() {}
  }
}
