package dev.grants.ports.in;

import org.immutables.value.Value;

/**
 * The members of {@code UpdatePermissionSet}: new values for a permission set's description, session duration or relay state; a member left out keeps its value. Members are carried as given: a missing required member, or one that
 * fails its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * UpdatePermissionSetCommand.builder().context(context).instanceArn(instance).permissionSetArn(set).sessionDuration("PT2H").build();
 * }</pre>
 */
@Value.Immutable
public abstract class UpdatePermissionSetCommand implements PermissionSetAddress, PermissionSetAttributes {
  UpdatePermissionSetCommand() {}

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdatePermissionSetCommand}. */
  public static final class Builder extends ImmutableUpdatePermissionSetCommand.Builder {
    Builder() {}
  }
}
