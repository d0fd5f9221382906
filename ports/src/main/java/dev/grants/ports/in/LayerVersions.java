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
   * @return the new version, or {@link GrantsError.InvalidRequest} (model constraints, every violation),
   *     {@link GrantsError.UnsupportedLayerContent} (content other than archive bytes) or
   *     {@link GrantsError.AccessDenied} (a layer ARN of another account)
   */
  Either<GrantsError, LayerVersion> publish(PublishLayerVersionCommand command);

  /**
   * Reads a layer version: the caller's own, or another account's (a layer ARN) exactly where that version's
   * policy grants the caller {@code lambda:GetLayerVersion}.
   *
   * @return the version, or {@link GrantsError.InvalidRequest}, {@link GrantsError.LayerVersionNumberBelowOne},
   *     {@link GrantsError.LayerVersionNotFound} (the caller's own) or {@link GrantsError.AccessDenied} (another
   *     account's, not granted or not existing: the two are not told apart)
   */
  Either<GrantsError, LayerVersion> get(GetLayerVersionCommand command);

  /**
   * Deletes a layer version and its policy. Deleting a missing layer or version, or deleting twice, succeeds.
   *
   * @return whether something was deleted, or {@link GrantsError.InvalidRequest} for a malformed layer name or
   *     {@link GrantsError.AccessDenied} for a layer ARN of another account
   */
  Either<GrantsError, DeleteLayerVersionResult> delete(DeleteLayerVersionCommand command);
}
