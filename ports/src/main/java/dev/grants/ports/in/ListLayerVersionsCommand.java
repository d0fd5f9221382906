package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code ListLayerVersions}: the versions of one of the caller's layers that pass the filters,
 * newest first. Members are carried as given: a missing required member, or one that fails its model constraints,
 * is reported by the service as {@code GrantsError.InvalidRequest}, never thrown.
 *
 * <pre>{@code
 * ListLayerVersionsCommand.builder().context(context).layerName("my-layer").maxItems(10).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListLayerVersionsCommand implements LayerListing {
  ListLayerVersionsCommand() {}

  /** {@code LayerName}: the layer name or layer ARN. */
  @Nullable
  public abstract String layerName();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListLayerVersionsCommand}. */
  public static final class Builder extends ImmutableListLayerVersionsCommand.Builder {
    Builder() {}
  }
}
