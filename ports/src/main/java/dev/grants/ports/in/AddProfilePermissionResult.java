package dev.grants.ports.in;

import dev.grants.domain.revision.RevisionId;
import java.util.Objects;

/**
 * The outcome of {@code AddProfilePermission}: the policy's new revision.
 *
 * @param revisionId the revision after the change
 */
public record AddProfilePermissionResult(RevisionId revisionId) {
  /** Checks the revision is present. */
  public AddProfilePermissionResult {
    Objects.requireNonNull(revisionId, "revisionId");
  }
}
