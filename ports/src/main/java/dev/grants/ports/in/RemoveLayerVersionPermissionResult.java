package dev.grants.ports.in;

import dev.grants.domain.revision.RevisionId;
import java.util.Objects;

/**
 * The outcome of {@code RemoveLayerVersionPermission}: the policy's new revision (the wire answer has no body;
 * the revision is visible through {@code GetLayerVersionPolicy}).
 *
 * @param revisionId the policy's revision after the change
 */
public record RemoveLayerVersionPermissionResult(RevisionId revisionId) {
  /** Checks the revision is present. */
  public RemoveLayerVersionPermissionResult {
    Objects.requireNonNull(revisionId, "revisionId");
  }
}
