package dev.grants.ports.in;

import dev.grants.domain.revision.RevisionId;
import java.util.Objects;

/**
 * The outcome of {@code RemoveProfilePermission}: the policy's new revision.
 *
 * @param revisionId the revision after the change
 */
public record RemoveProfilePermissionResult(RevisionId revisionId) {
  /** Checks the revision is present. */
  public RemoveProfilePermissionResult {
    Objects.requireNonNull(revisionId, "revisionId");
  }
}
