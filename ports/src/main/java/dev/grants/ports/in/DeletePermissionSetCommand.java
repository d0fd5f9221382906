package dev.grants.ports.in;

import dev.grants.domain.Nullable;
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
public abstract class DeletePermissionSetCommand {
  DeletePermissionSetCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code InstanceArn}: the instance. */
  @Nullable
  public abstract String instanceArn();

  /** {@code PermissionSetArn}: the permission set. */
  @Nullable
  public abstract String permissionSetArn();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeletePermissionSetCommand}. */
  public static final class Builder extends ImmutableDeletePermissionSetCommand.Builder {
    Builder() {}
  }
}
