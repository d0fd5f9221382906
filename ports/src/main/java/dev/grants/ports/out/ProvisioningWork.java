package dev.grants.ports.out;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.PermissionSet;
import java.util.Objects;

/**
 * One account's share of a provisioning request: provision this definition of this permission set to this
 * account, and answer for request {@code requestId}.
 *
 * @param requestId the request
 * @param permissionSet the permission set, at the definition being provisioned
 * @param account the account
 */
public record ProvisioningWork(String requestId, PermissionSet permissionSet, AccountId account) {
  /** Checks the parts. */
  public ProvisioningWork {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(permissionSet, "permissionSet");
    Objects.requireNonNull(account, "account");
  }
}
