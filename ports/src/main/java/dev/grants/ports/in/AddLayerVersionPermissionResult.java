package dev.grants.ports.in;

import dev.grants.domain.policy.Statement;
import dev.grants.domain.revision.RevisionId;
import java.util.Objects;

/**
 * The outcome of {@code AddLayerVersionPermission}: the statement added, and the policy's new revision.
 *
 * <pre>{@code
 * AddLayerVersionPermissionResult added = permissions.add(command).get();
 * added.statement().sid(); // xaccount
 * }</pre>
 *
 * @param statement the statement appended to the policy
 * @param revisionId the policy's revision after the change
 */
public record AddLayerVersionPermissionResult(Statement statement, RevisionId revisionId) {
  /** Checks both parts are present. */
  public AddLayerVersionPermissionResult {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(revisionId, "revisionId");
  }
}
