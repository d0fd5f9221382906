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
   * Reads a layer version named by its ARN, exactly as {@link #get} reads it: the caller's own, or another
   * account's where that version's policy grants the caller {@code lambda:GetLayerVersion}.
   *
   * @return the version, or {@link GrantsError.InvalidRequest} (the {@code Arn} missing or not a layer version
   *     ARN), {@link GrantsError.LayerVersionNumberBelowOne}, {@link GrantsError.LayerVersionNotFound} (the
   *     caller's own) or {@link GrantsError.AccessDenied} (another account's, not granted or not existing)
   */
  Either<GrantsError, LayerVersion> getByArn(GetLayerVersionByArnCommand command);

  /**
   * One page of the caller's layers in the signed region, by layer name: each layer with its newest version that
   * passes the filters (a layer none of whose versions passes is left out, and so is one whose versions are all
   * deleted). The items are those versions; each names its layer.
   *
   * @return the page, or {@link GrantsError.InvalidRequest} (a filter or {@code MaxItems} outside the model) or
   *     {@link GrantsError.InvalidPageToken} (a marker this listing did not issue)
   */
  Either<GrantsError, Page<LayerVersion>> listLayers(ListLayersCommand command);

  /**
   * One page of the versions of one of the caller's layers that pass the filters, newest first; deleted versions
   * are not listed, and a layer with none has an empty page.
   *
   * @return the page, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InvalidPageToken} or
   *     {@link GrantsError.AccessDenied} (a layer ARN of another account)
   */
  Either<GrantsError, Page<LayerVersion>> listVersions(ListLayerVersionsCommand command);

  /**
   * Deletes a layer version and its policy. Deleting a missing layer or version, or deleting twice, succeeds.
   *
   * @return whether something was deleted, or {@link GrantsError.InvalidRequest} for a malformed layer name or
   *     {@link GrantsError.AccessDenied} for a layer ARN of another account
   */
  Either<GrantsError, DeleteLayerVersionResult> delete(DeleteLayerVersionCommand command);
}
