package dev.grants.ports.in;

import dev.grants.domain.Nullable;

/**
 * The members shared by {@code ListLayers} and {@code ListLayerVersions}: the compatibility filters and the paging
 * members ({@code Marker} is the {@code NextMarker} of the previous {@link Page}). Members are carried as given; the
 * service checks them.
 *
 * <pre>{@code
 * LayerListing listing = ListLayersCommand.builder()
 *     .context(context).compatibleRuntime("java17").maxItems(10).marker(previous.nextToken()).build();
 * }</pre>
 */
public interface LayerListing {

  /** Who calls, and where. */
  CallContext context();

  /** {@code CompatibleRuntime}: only versions that name this runtime. */
  @Nullable
  String compatibleRuntime();

  /** {@code CompatibleArchitecture}: only versions that name this architecture. */
  @Nullable
  String compatibleArchitecture();

  /** {@code Marker}: where the previous page ended. */
  @Nullable
  String marker();

  /** {@code MaxItems}: at most this many items, 1 to 50 (default 50). */
  @Nullable
  Integer maxItems();
}
