package dev.grants.ports.in;

import org.immutables.value.Value;

/**
 * The members of an operation that names only a permission set's part of the definition:
 * {@code GetInlinePolicyForPermissionSet}, {@code DeleteInlinePolicyFromPermissionSet},
 * {@code GetPermissionsBoundaryForPermissionSet} and {@code DeletePermissionsBoundaryFromPermissionSet}. Members are
 * carried as given; the service checks them.
 *
 * <pre>{@code
 * PermissionSetCommand.builder().context(context).instanceArn(instance).permissionSetArn(set).build();
 * }</pre>
 */
@Value.Immutable
public abstract class PermissionSetCommand implements PermissionSetAddress {
  PermissionSetCommand() {}

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PermissionSetCommand}. */
  public static final class Builder extends ImmutablePermissionSetCommand.Builder {
    Builder() {}
  }
}
