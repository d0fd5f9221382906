package dev.grants.domain.provisioning;

import dev.grants.domain.principal.AccountId;
import java.util.Objects;

/**
 * That a permission set is provisioned to an account, and with which definition version.
 *
 * <pre>{@code
 * provisioned.isLatest(permissionSet); // false once the permission set's definition changed
 * }</pre>
 *
 * @param permissionSet the permission set
 * @param account the account
 * @param version the definition version last provisioned to it
 */
public record ProvisionedAccount(PermissionSetArn permissionSet, AccountId account, long version) {
  /** Checks the parts. */
  public ProvisionedAccount {
    Objects.requireNonNull(permissionSet, "permissionSet");
    Objects.requireNonNull(account, "account");
  }

  /** Whether the account has the permission set's current definition. */
  public boolean isLatest(PermissionSet current) {
    return current.arn().equals(permissionSet) && version >= current.definitionVersion();
  }
}
