package dev.grants.domain.event;

import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.revision.RevisionId;

/**
 * A change that was committed: a permission added to, or removed from, a resource policy.
 *
 * <pre>{@code
 * GrantsEventListener audit = event -> {
 *   if (event instanceof GrantsEvent.PermissionAdded added) {
 *     log(added.resource(), added.statement().sid());
 *   }
 * };
 * }</pre>
 */
public sealed interface GrantsEvent {

  /** The resource whose policy changed. */
  Arn resource();

  /** The revision the change produced. */
  RevisionId revision();

  /**
   * A statement was appended to a resource policy.
   *
   * @param resource the resource
   * @param statement the statement added
   * @param revision the new revision
   */
  record PermissionAdded(Arn resource, Statement statement, RevisionId revision) implements GrantsEvent {}

  /**
   * A statement was removed from a resource policy.
   *
   * @param resource the resource
   * @param statementId the id of the statement removed
   * @param revision the new revision
   */
  record PermissionRemoved(Arn resource, StatementId statementId, RevisionId revision) implements GrantsEvent {}
}
