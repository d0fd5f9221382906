package dev.grants.ports.in;

import org.immutables.value.Value;

/**
 * The members of {@code DeletePermissionSet}. Members are carried as given: a missing required member, or one that fails
 * its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * DeletePermissionSetCommand.builder().context(CallContext.of("123456789012", "us-east-1")).instanceArn(instance).permissionSetArn(set).build();
 * }</pre>
 */
@Value.Immutable
public abstract class DeletePermissionSetCommand implements PermissionSetAddress {
  DeletePermissionSetCommand() {}

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeletePermissionSetCommand}. */
  public static final class Builder extends ImmutableDeletePermissionSetCommand.Builder {
    Builder() {}
  }
}
