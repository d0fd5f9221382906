package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code ListAccountsForProvisionedPermissionSet}: the accounts a permission set is provisioned to. Members are carried as given: a missing required member, or one that fails
 * its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * ListAccountsForProvisionedPermissionSetCommand.builder().context(CallContext.of("123456789012", "us-east-1")).instanceArn(instance).permissionSetArn(set).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListAccountsForProvisionedPermissionSetCommand {
  ListAccountsForProvisionedPermissionSetCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code InstanceArn}: the instance. */
  @Nullable
  public abstract String instanceArn();

  /** {@code PermissionSetArn}: the permission set. */
  @Nullable
  public abstract String permissionSetArn();

  /** {@code ProvisioningStatus}: {@code LATEST_PERMISSION_SET_PROVISIONED} or {@code LATEST_PERMISSION_SET_NOT_PROVISIONED}. */
  @Nullable
  public abstract String provisioningStatus();

  /** {@code MaxResults}: at most this many items, 1 to 100 (default 100). */
  @Nullable
  public abstract Integer maxResults();

  /** {@code NextToken}: where the previous page ended. */
  @Nullable
  public abstract String nextToken();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListAccountsForProvisionedPermissionSetCommand}. */
  public static final class Builder extends ImmutableListAccountsForProvisionedPermissionSetCommand.Builder {
    Builder() {}
  }
}
