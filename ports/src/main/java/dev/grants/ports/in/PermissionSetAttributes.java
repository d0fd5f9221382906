package dev.grants.ports.in;

import dev.grants.domain.Nullable;

/**
 * The members that say what a permission set grants a session besides its policies, shared by
 * {@code CreatePermissionSet} (where a member left out takes its default) and {@code UpdatePermissionSet} (where it
 * keeps its value). Members are carried as given; the service checks them.
 *
 * <pre>{@code
 * PermissionSetAttributes attributes = UpdatePermissionSetCommand.builder()
 *     .context(context).instanceArn(instance).permissionSetArn(set).sessionDuration("PT2H").build();
 * }</pre>
 */
public interface PermissionSetAttributes {

  /** {@code Description}: what it is for. */
  @Nullable
  String description();

  /** {@code SessionDuration}: ISO-8601; PT1H when a create leaves it out. */
  @Nullable
  String sessionDuration();

  /** {@code RelayState}: where users land. */
  @Nullable
  String relayState();
}
