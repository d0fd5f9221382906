package dev.grants.ports.in;

import dev.grants.domain.error.GrantsError;
import io.vavr.control.Either;

/**
 * The resource-based policy of a layer version: grant, read, revoke. Checks run in the contract's order:
 * model constraints, then the layer version's existence, then statement id conflicts, then the revision,
 * then the policy size.
 *
 * <pre>{@code
 * LayerVersionPermissions permissions = InMemoryGrants.create().layerVersionPermissions();
 * Either<GrantsError, AddLayerVersionPermissionResult> added = permissions.add(
 *     AddLayerVersionPermissionCommand.builder()
 *         .context(CallContext.of("123456789012", "us-east-2"))
 *         .layerName("my-layer").versionNumber(1)
 *         .statementId("xaccount").action("lambda:GetLayerVersion").principal("223456789012")
 *         .build());
 * }</pre>
 *
 * <p>A change without a revision never loses a concurrent update: it is applied to the latest policy.
 * Implementations are thread-safe.
 */
public interface LayerVersionPermissions {

  /**
   * Appends a statement to the layer version's policy.
   *
   * @return the statement and the new revision, or {@link GrantsError.InvalidRequest},
   *     {@link GrantsError.LayerVersionNumberBelowOne}, {@link GrantsError.OrganizationRequiresAnyPrincipal},
   *     {@link GrantsError.AccessDenied} (another account's version), {@link GrantsError.LayerVersionNotFound},
   *     {@link GrantsError.StatementIdConflict}, {@link GrantsError.RevisionMismatch},
   *     {@link GrantsError.PolicyTooLarge} or {@link GrantsError.ConcurrentModification}
   */
  Either<GrantsError, AddLayerVersionPermissionResult> add(AddLayerVersionPermissionCommand command);

  /**
   * Reads the layer version's policy.
   *
   * @return the policy and its revision, or {@link GrantsError.InvalidRequest},
   *     {@link GrantsError.LayerVersionNumberBelowOne}, {@link GrantsError.AccessDenied} (another account's
   *     version: only the owner reads its policy), {@link GrantsError.LayerVersionNotFound},
   *     {@link GrantsError.NoPolicy} (never had one) or {@link GrantsError.PolicyHasNoStatements} (all removed)
   */
  Either<GrantsError, GetLayerVersionPolicyResult> getPolicy(GetLayerVersionPolicyCommand command);

  /**
   * Removes one statement from the layer version's policy.
   *
   * @return the new revision, or {@link GrantsError.InvalidRequest},
   *     {@link GrantsError.LayerVersionNumberBelowOne}, {@link GrantsError.AccessDenied} (another account's
   *     version), {@link GrantsError.LayerVersionNotFound}, {@link GrantsError.RevisionMismatch},
   *     {@link GrantsError.StatementNotFound} or
   *     {@link GrantsError.ConcurrentModification}
   */
  Either<GrantsError, RemoveLayerVersionPermissionResult> remove(RemoveLayerVersionPermissionCommand command);
}
