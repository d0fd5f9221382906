package dev.grants.ports.in;

import dev.grants.domain.Nullable;

/**
 * The members that name the statement a permission command adds or removes, and the policy revision it expects:
 * shared by the add and remove commands of both Lambda layer versions and Signer profiles. Members are carried as
 * given; the service checks them.
 *
 * <pre>{@code
 * StatementChange change = RemoveProfilePermissionCommand.builder()
 *     .context(context).profileName("MyProfile").statementId("cross").revisionId(revision).build();
 * }</pre>
 */
public interface StatementChange {

  /**
   * {@code StatementId} (Lambda) or {@code statementId} (Signer): the statement, 1 to 64 of {@code [a-zA-Z0-9_-]}
   * for Signer.
   */
  @Nullable
  String statementId();

  /**
   * {@code RevisionId} (Lambda) or {@code revisionId} (Signer): the revision the caller expects the policy to be
   * at; absent or empty: any (RemoveProfilePermission requires it, by its model).
   */
  @Nullable
  String revisionId();
}
