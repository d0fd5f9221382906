package dev.grants.ports.in;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerVersion;
import io.vavr.control.Either;

/**
 * Publishing, reading and deleting layer versions: the lifecycle that layer version permissions hang on.
 *
 * <pre>{@code
 * LayerVersions layers = InMemoryGrants.create().layerVersions();
 * LayerVersion v1 = layers.publish(PublishLayerVersionCommand.builder()
 *     .context(CallContext.of("123456789012", "us-east-2"))
 *     .layerName("my-layer")
 *     .content(LayerArchiveInput.ofZipFile(zipBytes))
 *     .build()).get();
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
public interface LayerVersions {

  /**
   * Publishes the next version of a layer: numbered after the last version ever published of that layer
   * (from 1; a deleted number is never reused).
   *
   * @return the new version, or {@link GrantsError.InvalidRequest} (model constraints, every violation) or
   *     {@link GrantsError.UnsupportedLayerContent} (content other than archive bytes)
   */
  Either<GrantsError, LayerVersion> publish(PublishLayerVersionCommand command);

  /**
   * Reads a layer version.
   *
   * @return the version, or {@link GrantsError.InvalidRequest}, {@link GrantsError.LayerVersionNumberBelowOne}
   *     or {@link GrantsError.LayerVersionNotFound}
   */
  Either<GrantsError, LayerVersion> get(GetLayerVersionCommand command);

  /**
   * Deletes a layer version and its policy. Deleting a missing layer or version, or deleting twice, succeeds.
   *
   * @return whether something was deleted, or {@link GrantsError.InvalidRequest} for a malformed layer name
   */
  Either<GrantsError, DeleteLayerVersionResult> delete(DeleteLayerVersionCommand command);
}
