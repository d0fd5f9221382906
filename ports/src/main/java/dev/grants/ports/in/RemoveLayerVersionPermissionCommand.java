package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code RemoveLayerVersionPermission}: remove one statement from a layer version's policy. Members are carried as given: a missing required member, or one that fails its model constraints, is
 * reported by the service as {@code GrantsError.InvalidRequest}, never thrown.
 *
 * <pre>{@code
 * RemoveLayerVersionPermissionCommand.builder()
 *     .context(context).layerName("my-layer").versionNumber(1).statementId("xaccount")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class RemoveLayerVersionPermissionCommand {
  RemoveLayerVersionPermissionCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code LayerName}: the layer name or layer ARN. */
  @Nullable
  public abstract String layerName();

  /** {@code VersionNumber}: the layer version number. */
  public abstract long versionNumber();

  /** {@code StatementId}: the statement id. */
  @Nullable
  public abstract String statementId();

  /** {@code RevisionId}: the revision the caller expects the policy to be at; absent or empty: any. */
  @Nullable
  public abstract String revisionId();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemoveLayerVersionPermissionCommand}. */
  public static final class Builder extends ImmutableRemoveLayerVersionPermissionCommand.Builder {
    Builder() {}
  }
}
