package dev.grants.ports.in;

import dev.grants.domain.Nullable;

/**
 * The members that name one layer version, shared by every command on a version (get, delete, its policy and its
 * permissions). Members are carried as given; the service checks them.
 *
 * <pre>{@code
 * LayerVersionAddress version = GetLayerVersionCommand.builder()
 *     .context(context).layerName("my-layer").versionNumber(1).build();
 * }</pre>
 */
public interface LayerVersionAddress {

  /** Who calls, and where. */
  CallContext context();

  /** {@code LayerName}: the layer name or layer ARN. */
  @Nullable
  String layerName();

  /** {@code VersionNumber}: the layer version number. */
  long versionNumber();
}
