package dev.grants.ports.in;

import org.immutables.value.Value;

/**
 * The members of {@code ListLayers}: the layers of the caller's account in the signed region, each with its newest
 * version that passes the filters. Members are carried as given: one that fails its model constraints is reported
 * by the service as {@code GrantsError.InvalidRequest}, never thrown.
 *
 * <pre>{@code
 * ListLayersCommand.builder().context(CallContext.of("123456789012", "us-east-2")).compatibleRuntime("java17").build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListLayersCommand implements LayerListing {
  ListLayersCommand() {}

  /** A builder; {@link #context()} is required, every other member optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListLayersCommand}. */
  public static final class Builder extends ImmutableListLayersCommand.Builder {
    Builder() {}
  }
}
