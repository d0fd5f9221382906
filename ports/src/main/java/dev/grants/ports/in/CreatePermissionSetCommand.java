package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code CreatePermissionSet}: a permission set in an instance. Members are carried as given: a missing required member, or one that fails
 * its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * CreatePermissionSetCommand.builder().context(CallContext.of("123456789012", "us-east-1")).instanceArn(instance).name("ReadOnly").build();
 * }</pre>
 */
@Value.Immutable
public abstract class CreatePermissionSetCommand implements PermissionSetAttributes, TagsGiven {
  CreatePermissionSetCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code InstanceArn}: the instance. */
  @Nullable
  public abstract String instanceArn();

  /** {@code Name}: unique within the instance. */
  @Nullable
  public abstract String name();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreatePermissionSetCommand}. */
  public static final class Builder extends ImmutableCreatePermissionSetCommand.Builder {
    Builder() {}
  }
}
