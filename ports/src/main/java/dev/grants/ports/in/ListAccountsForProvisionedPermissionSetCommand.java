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
public abstract class ListAccountsForProvisionedPermissionSetCommand implements PermissionSetAddress, Paged {
  ListAccountsForProvisionedPermissionSetCommand() {}

  /** {@code ProvisioningStatus}: {@code LATEST_PERMISSION_SET_PROVISIONED} or {@code LATEST_PERMISSION_SET_NOT_PROVISIONED}. */
  @Nullable
  public abstract String provisioningStatus();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListAccountsForProvisionedPermissionSetCommand}. */
  public static final class Builder extends ImmutableListAccountsForProvisionedPermissionSetCommand.Builder {
    Builder() {}
  }
}
