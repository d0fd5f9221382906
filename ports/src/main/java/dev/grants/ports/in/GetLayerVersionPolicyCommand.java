package dev.grants.ports.in;

import org.immutables.value.Value;

/**
 * The members of {@code GetLayerVersionPolicy}. Members are carried as given: a missing required member, or one that fails its model constraints, is
 * reported by the service as {@code GrantsError.InvalidRequest}, never thrown.
 *
 * <pre>{@code
 * GetLayerVersionPolicyCommand.builder().context(context).layerName("my-layer").versionNumber(1).build();
 * }</pre>
 */
@Value.Immutable
public abstract class GetLayerVersionPolicyCommand implements LayerVersionAddress {
  GetLayerVersionPolicyCommand() {}

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetLayerVersionPolicyCommand}. */
  public static final class Builder extends ImmutableGetLayerVersionPolicyCommand.Builder {
    Builder() {}
  }
}
