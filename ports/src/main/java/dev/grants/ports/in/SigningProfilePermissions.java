package dev.grants.ports.in;

import dev.grants.domain.error.GrantsError;
import io.vavr.control.Either;

/**
 * The cross-account permissions of a signing profile: grant, list, revoke. They live in the same resource
 * policy and revision machinery as Lambda's layer permissions. Checks run in the contract's order: model
 * constraints and the forms of principal and statement id, then the profile's existence, then the action
 * against its platform and its status, then statement-id conflicts, then the revision, then the size.
 *
 * <pre>{@code
 * SigningProfilePermissions permissions = InMemoryGrants.create().signingProfilePermissions();
 * permissions.add(AddProfilePermissionCommand.builder()
 *     .context(CallContext.of("123456789012", "us-east-2"))
 *     .profileName("MyProfile").statementId("cross").action("signer:StartSigningJob").principal("223456789012")
 *     .build());
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
public interface SigningProfilePermissions {

  /**
   * Adds a permission to the profile's policy.
   *
   * @return the new revision, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InvalidSignerPrincipal},
   *     {@link GrantsError.InvalidSignerStatementId}, {@link GrantsError.SigningProfileNotFound},
   *     {@link GrantsError.ActionNotSupportedForPlatform}, {@link GrantsError.ProfileNotActive},
   *     {@link GrantsError.StatementIdConflict}, {@link GrantsError.RevisionMismatch},
   *     {@link GrantsError.PolicyTooLarge} or {@link GrantsError.ConcurrentModification}
   */
  Either<GrantsError, AddProfilePermissionResult> add(AddProfilePermissionCommand command);

  /**
   * Lists one page (at most 100) of the profile's permissions, in insertion order.
   *
   * @return the page, or {@link GrantsError.InvalidRequest}, {@link GrantsError.SigningProfileNotFound},
   *     {@link GrantsError.NoPolicy} or {@link GrantsError.PolicyHasNoStatements} (no permissions), or
   *     {@link GrantsError.InvalidPageToken}
   */
  Either<GrantsError, ListProfilePermissionsResult> list(ListProfilePermissionsCommand command);

  /**
   * Removes one permission; the revision is required.
   *
   * @return the new revision, or {@link GrantsError.InvalidRequest},
   *     {@link GrantsError.InvalidSignerStatementId}, {@link GrantsError.SigningProfileNotFound},
   *     {@link GrantsError.ProfileNotActive}, {@link GrantsError.RevisionMismatch},
   *     {@link GrantsError.StatementNotFound} or {@link GrantsError.ConcurrentModification}
   */
  Either<GrantsError, RemoveProfilePermissionResult> remove(RemoveProfilePermissionCommand command);
}
