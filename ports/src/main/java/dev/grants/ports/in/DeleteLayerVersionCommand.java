package dev.grants.ports.in;

import org.immutables.value.Value;

/**
 * The members of {@code DeleteLayerVersion}. Members are carried as given: a missing required member, or one that fails its model constraints, is
 * reported by the service as {@code GrantsError.InvalidRequest}, never thrown.
 *
 * <pre>{@code
 * DeleteLayerVersionCommand.builder().context(context).layerName("my-layer").versionNumber(1).build();
 * }</pre>
 */
@Value.Immutable
public abstract class DeleteLayerVersionCommand implements LayerVersionAddress {
  DeleteLayerVersionCommand() {}

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeleteLayerVersionCommand}. */
  public static final class Builder extends ImmutableDeleteLayerVersionCommand.Builder {
    Builder() {}
  }
}
