package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code PutInlinePolicyToPermissionSet}: a new definition of the permission set. Members are carried as given: a missing required member, or one that fails
 * its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * PutInlinePolicyToPermissionSetCommand.builder().context(CallContext.of("123456789012", "us-east-1")).instanceArn(instance).permissionSetArn(set).inlinePolicy(policy).build();
 * }</pre>
 */
@Value.Immutable
public abstract class PutInlinePolicyToPermissionSetCommand implements PermissionSetAddress {
  PutInlinePolicyToPermissionSetCommand() {}

  /** {@code InlinePolicy}: the IAM policy document. */
  @Nullable
  public abstract String inlinePolicy();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PutInlinePolicyToPermissionSetCommand}. */
  public static final class Builder extends ImmutablePutInlinePolicyToPermissionSetCommand.Builder {
    Builder() {}
  }
}
