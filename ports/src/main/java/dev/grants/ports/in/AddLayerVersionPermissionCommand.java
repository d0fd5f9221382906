package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code AddLayerVersionPermission}: grant a principal an action on a layer version. Members are carried as given: a missing required member, or one that fails its model constraints, is
 * reported by the service as {@code GrantsError.InvalidRequest}, never thrown.
 *
 * <pre>{@code
 * AddLayerVersionPermissionCommand.builder()
 *     .context(CallContext.of("123456789012", "us-east-2"))
 *     .layerName("my-layer").versionNumber(1)
 *     .statementId("xaccount").action("lambda:GetLayerVersion").principal("223456789012")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AddLayerVersionPermissionCommand implements LayerVersionAddress, StatementChange {
  AddLayerVersionPermissionCommand() {}

  /** {@code Action}: {@code lambda:GetLayerVersion}. */
  @Nullable
  public abstract String action();

  /** {@code Principal}: an account id, an account root ARN, or {@code *}. */
  @Nullable
  public abstract String principal();

  /** {@code OrganizationId}: with principal {@code *}, narrows the grant to one organization. */
  @Nullable
  public abstract String organizationId();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AddLayerVersionPermissionCommand}. */
  public static final class Builder extends ImmutableAddLayerVersionPermissionCommand.Builder {
    Builder() {}
  }
}
