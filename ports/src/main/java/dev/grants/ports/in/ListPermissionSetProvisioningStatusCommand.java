package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code ListPermissionSetProvisioningStatus}: the instance's provisioning requests, oldest first. Members are carried as given: a missing required member, or one that fails
 * its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * ListPermissionSetProvisioningStatusCommand.builder().context(CallContext.of("123456789012", "us-east-1")).instanceArn(instance).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListPermissionSetProvisioningStatusCommand implements Paged {
  ListPermissionSetProvisioningStatusCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code InstanceArn}: the instance. */
  @Nullable
  public abstract String instanceArn();

  /** {@code FilterStatus}: only requests in this status: IN_PROGRESS, FAILED or SUCCEEDED. */
  @Nullable
  public abstract String filterStatus();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListPermissionSetProvisioningStatusCommand}. */
  public static final class Builder extends ImmutableListPermissionSetProvisioningStatusCommand.Builder {
    Builder() {}
  }
}
