package dev.grants.ports.in;

import dev.grants.domain.Nullable;

/**
 * The members that name one permission set of an Identity Center instance, shared by every command on a
 * permission set. Members are carried as given; the service checks them.
 *
 * <pre>{@code
 * PermissionSetAddress set = DescribePermissionSetCommand.builder()
 *     .context(context).instanceArn(instance).permissionSetArn(permissionSet).build();
 * }</pre>
 */
public interface PermissionSetAddress {

  /** Who calls, and where. */
  CallContext context();

  /** {@code InstanceArn}: the instance. */
  @Nullable
  String instanceArn();

  /** {@code PermissionSetArn}: the permission set. */
  @Nullable
  String permissionSetArn();
}
