package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code AddProfilePermission}: grant a principal an action on a signing profile. Members are carried as given: a missing required member, or one that fails its model constraints, is
 * reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * AddProfilePermissionCommand.builder()
 *     .context(CallContext.of("123456789012", "us-east-2"))
 *     .profileName("MyProfile").statementId("cross").action("signer:StartSigningJob").principal("223456789012")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AddProfilePermissionCommand implements StatementChange {
  AddProfilePermissionCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code profileName}: the signing profile's name. */
  @Nullable
  public abstract String profileName();

  /** {@code profileVersion}: the version the permission is limited to, if any. */
  @Nullable
  public abstract String profileVersion();

  /** {@code action}: one of the signer actions the profile's platform allows. */
  @Nullable
  public abstract String action();

  /** {@code principal}: a 12-digit account id or an IAM role ARN without a path. */
  @Nullable
  public abstract String principal();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AddProfilePermissionCommand}. */
  public static final class Builder extends ImmutableAddProfilePermissionCommand.Builder {
    Builder() {}
  }
}
