package dev.grants.domain.provisioning;

import dev.grants.domain.principal.AccountId;
import java.util.Objects;

/**
 * An account assignment: a principal (user or group) of an instance has a permission set in an account. Its four
 * parts are its identity; none can change (an assignment is created or deleted whole).
 *
 * <pre>{@code
 * AccountAssignment assignment = new AccountAssignment(set.arn(), AccountId.of("111122223333"),
 *     PrincipalType.USER, "f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
 * }</pre>
 *
 * @param permissionSet the permission set
 * @param account the account ({@code TargetId}; targets are always {@code AWS_ACCOUNT})
 * @param principalType a user or a group
 * @param principalId the principal's id, in the model's form
 */
public record AccountAssignment(
    PermissionSetArn permissionSet, AccountId account, PrincipalType principalType, String principalId) {
  /** Checks the parts. */
  public AccountAssignment {
    Objects.requireNonNull(permissionSet, "permissionSet");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(principalType, "principalType");
    Objects.requireNonNull(principalId, "principalId");
  }

  /** The instance the assignment belongs to: its permission set's. */
  public InstanceArn instance() {
    return permissionSet.instance();
  }
}
