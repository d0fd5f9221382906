package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code ListPermissionSetsProvisionedToAccount}: the permission sets provisioned to an account. Members are carried as given: a missing required member, or one that fails
 * its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * ListPermissionSetsProvisionedToAccountCommand.builder().context(CallContext.of("123456789012", "us-east-1")).instanceArn(instance).accountId("111122223333").build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListPermissionSetsProvisionedToAccountCommand implements Paged {
  ListPermissionSetsProvisionedToAccountCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code InstanceArn}: the instance. */
  @Nullable
  public abstract String instanceArn();

  /** {@code AccountId}: the account. */
  @Nullable
  public abstract String accountId();

  /** {@code ProvisioningStatus}: {@code LATEST_PERMISSION_SET_PROVISIONED} or {@code LATEST_PERMISSION_SET_NOT_PROVISIONED}. */
  @Nullable
  public abstract String provisioningStatus();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListPermissionSetsProvisionedToAccountCommand}. */
  public static final class Builder extends ImmutableListPermissionSetsProvisionedToAccountCommand.Builder {
    Builder() {}
  }
}
