package dev.grants.ports.in;

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
public abstract class RemoveLayerVersionPermissionCommand implements LayerVersionAddress, StatementChange {
  RemoveLayerVersionPermissionCommand() {}

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemoveLayerVersionPermissionCommand}. */
  public static final class Builder extends ImmutableRemoveLayerVersionPermissionCommand.Builder {
    Builder() {}
  }
}
