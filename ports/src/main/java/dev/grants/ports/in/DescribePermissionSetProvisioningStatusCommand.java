package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code DescribePermissionSetProvisioningStatus}. Members are carried as given: a missing required member, or one that fails
 * its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * DescribePermissionSetProvisioningStatusCommand.builder().context(CallContext.of("123456789012", "us-east-1")).instanceArn(instance).provisionPermissionSetRequestId(id).build();
 * }</pre>
 */
@Value.Immutable
public abstract class DescribePermissionSetProvisioningStatusCommand {
  DescribePermissionSetProvisioningStatusCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code InstanceArn}: the instance. */
  @Nullable
  public abstract String instanceArn();

  /** {@code ProvisionPermissionSetRequestId}: the request id ProvisionPermissionSet answered. */
  @Nullable
  public abstract String provisionPermissionSetRequestId();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribePermissionSetProvisioningStatusCommand}. */
  public static final class Builder extends ImmutableDescribePermissionSetProvisioningStatusCommand.Builder {
    Builder() {}
  }
}
