package dev.grants.ports.in;

import dev.grants.domain.Nullable;

/**
 * The members that name one account assignment, shared by {@code CreateAccountAssignment} and
 * {@code DeleteAccountAssignment}: the permission set of the instance, the target account and the principal. Members
 * are carried as given; the service checks them.
 *
 * <pre>{@code
 * AssignmentGiven assignment = CreateAccountAssignmentCommand.builder().context(context).instanceArn(instance)
 *     .permissionSetArn(set).targetType("AWS_ACCOUNT").targetId("111122223333")
 *     .principalType("USER").principalId("f81d4fae-7dec-11d0-a765-00a0c91e6bf6").build();
 * }</pre>
 */
public interface AssignmentGiven extends PermissionSetAddress {

  /** {@code TargetId}: the account. */
  @Nullable
  String targetId();

  /** {@code TargetType}: {@code AWS_ACCOUNT}. */
  @Nullable
  String targetType();

  /** {@code PrincipalType}: {@code USER} or {@code GROUP}. */
  @Nullable
  String principalType();

  /** {@code PrincipalId}: the user's or group's id. */
  @Nullable
  String principalId();
}
