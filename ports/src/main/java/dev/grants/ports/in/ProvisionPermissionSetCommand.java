package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code ProvisionPermissionSet}: provision a permission set to one account or to every account it is provisioned to. Members are carried as given: a missing required member, or one that fails
 * its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * ProvisionPermissionSetCommand.builder().context(CallContext.of("123456789012", "us-east-1")).instanceArn(instance).permissionSetArn(set).targetType("AWS_ACCOUNT").targetId("111122223333").build();
 * }</pre>
 */
@Value.Immutable
public abstract class ProvisionPermissionSetCommand implements PermissionSetAddress {
  ProvisionPermissionSetCommand() {}

  /** {@code TargetId}: the account, with target type AWS_ACCOUNT. */
  @Nullable
  public abstract String targetId();

  /** {@code TargetType}: {@code AWS_ACCOUNT} or {@code ALL_PROVISIONED_ACCOUNTS}. */
  @Nullable
  public abstract String targetType();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProvisionPermissionSetCommand}. */
  public static final class Builder extends ImmutableProvisionPermissionSetCommand.Builder {
    Builder() {}
  }
}
