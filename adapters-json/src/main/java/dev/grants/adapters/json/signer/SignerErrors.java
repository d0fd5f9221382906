package dev.grants.adapters.json.signer;

import static dev.grants.adapters.json.signer.SignerCodec.error;
import static dev.grants.adapters.json.signer.SignerCodec.name;
import static dev.grants.adapters.json.signer.SignerCodec.validation;

import dev.grants.adapters.json.wire.AccessDeniedText;
import dev.grants.adapters.json.wire.ErrorTable;
import dev.grants.adapters.json.wire.ValidationMessages;
import dev.grants.domain.error.GrantsError;
import java.util.Locale;

/**
 * Signer's errors: the answer to every {@link GrantsError} leaf (status, {@code x-amzn-ErrorType}, always sent
 * since SDKs read the body's {@code code} otherwise, and the body {@code {"message":"...","code":"..."}}), in
 * {@link SignerCodec}'s error format.
 *
 * <pre>{@code
 * SignerErrors.table().answer(null, new GrantsError.UnsupportedPlatform("Nope"));
 * // 400 ValidationException {"message":"Platform Nope is not supported.","code":"ValidationException"}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SignerErrors {
  private static final SignerCodec CODEC = SignerCodec.create();
  private static final ErrorTable<Void> TABLE = ErrorTable.<Void>builder(() -> CODEC.internalError(SignerCodec.INTERNAL_ERROR))
      // A store failed: what it threw is internal detail and never reaches the body.
      .asInternalError(GrantsError.InternalFailure.class)
      .on(GrantsError.InvalidRequest.class, invalid -> validation(ValidationMessages.of(invalid.violations())))
      .on(GrantsError.InvalidSignerPrincipal.class,
          principal -> validation("Principal is not a valid AWS account id or IAM Role Arn"))
      .on(GrantsError.ActionNotSupportedForPlatform.class, refused -> validation("Action " + refused.action()
          + " not supported for platform " + refused.platformId() + ". Action must be one of " + refused.allowed()))
      .on(GrantsError.InvalidSignerStatementId.class, statementId -> validation("Statement ID must contain only"
          + " alphanumeric characters, underscores, and dashes, and be at most 64 characters long"))
      .on(GrantsError.SigningProfileNotFound.class, missing ->
          error(404, "ResourceNotFoundException", "Signing profile " + missing.profile().name() + " does not exist."))
      // [decided] The model documents ResourceNotFoundException for GetSigningPlatform; its text is not on record,
      // so it is worded as a missing profile's.
      .on(GrantsError.SigningPlatformNotFound.class, missing ->
          error(404, "ResourceNotFoundException", "Signing platform " + missing.platformId() + " does not exist."))
      // [decided] Signer's tag operations: the model's BadRequestException; the texts are not on record.
      .on(GrantsError.InvalidSignerResourceArn.class, invalid -> error(400, "BadRequestException",
          "Resource ARN " + invalid.resourceArn() + " is not the ARN of a signing profile."))
      .on(GrantsError.TooManySignerTags.class, tooMany -> error(400, "BadRequestException",
          "A signing profile can have at most " + tooMany.limit() + " tags."))
      // [decided] RevokeSigningProfile: the model's ValidationException; the texts are not on record.
      .on(GrantsError.ProfileVersionNotCurrent.class, stale -> validation("Profile version " + stale.given()
          + " is not the current version of signing profile " + stale.profile().name() + "."))
      .on(GrantsError.ProfileNotRevocable.class, inactive ->
          validation("Cannot revoke a profile in " + inactive.status().wireName() + " state"))
      .on(GrantsError.ProfileNotActive.class, inactive ->
          validation("Cannot change permissions of a profile in " + inactive.status().wireName() + " state"))
      .on(GrantsError.ProfileNameNotReusable.class, taken -> validation("A signing profile named "
          + taken.profile().name() + " was " + taken.status().wireName().toLowerCase(Locale.ROOT)
          + "; its name cannot be reused."))
      .on(GrantsError.UnsupportedPlatform.class,
          platform -> validation("Platform " + platform.platformId() + " is not supported."))
      .on(GrantsError.InvalidPageToken.class, token -> validation("The nextToken is not valid for this listing."))
      .on(GrantsError.StatementIdConflict.class, conflict -> error(409, "ConflictException",
          "A statement with statementId " + conflict.statementId() + " already exists in the policy."))
      .on(GrantsError.RevisionMismatch.class, mismatch -> error(409, "ConflictException", "Specified revisionId ("
          + mismatch.given() + ") does not match the revisionId of the existing policy ("
          + mismatch.currentRevision().map(Object::toString).getOrElse("") + ")"))
      .on(GrantsError.NoPolicy.class, none ->
          error(404, "ResourceNotFoundException", "No policies associated with profile " + name(none.resource())))
      .on(GrantsError.PolicyHasNoStatements.class, empty ->
          error(404, "ResourceNotFoundException", "No policies associated with profile " + name(empty.resource())))
      .on(GrantsError.StatementNotFound.class, missing -> error(404, "ResourceNotFoundException",
          "No statement with statementId " + missing.statementId() + " in the policy of profile "
              + name(missing.resource())))
      .on(GrantsError.PolicyTooLarge.class, tooLarge -> error(402, "ServiceLimitExceededException",
          "The final policy size (" + tooLarge.size() + ") is bigger than the limit (" + tooLarge.limit() + ")."))
      .on(GrantsError.AccessDenied.class, denied -> error(403, "AccessDeniedException", AccessDeniedText.of(denied)))
      .on(GrantsError.ConcurrentModification.class,
          busy -> CODEC.tooManyRequests("The policy is being changed by other requests; retry the request."))
      // Lambda's refusals: no Signer operation reads a layer version, its number or its content, and a Signer
      // principal is never narrowed by an organization.
      .asInternalError(GrantsError.LayerVersionNumberBelowOne.class,
          GrantsError.OrganizationRequiresAnyPrincipal.class, GrantsError.UnsupportedLayerContent.class,
          GrantsError.LayerVersionNotFound.class)
      // Identity Center's refusals: no Signer operation touches an instance, a permission set or a provisioning
      // request.
      .asInternalError(GrantsError.InstanceNotFound.class, GrantsError.InstanceAlreadyExists.class,
          GrantsError.PermissionSetNotFound.class, GrantsError.PermissionSetNameConflict.class,
          GrantsError.ProvisioningInProgress.class, GrantsError.ProvisioningRequestNotFound.class,
          GrantsError.TargetIdRequired.class)
      // Identity Center's tag refusals: Grants keeps no tags of a signing profile.
      .asInternalError(GrantsError.TaggedResourceNotFound.class, GrantsError.TooManyTags.class)
      // Identity Center's account-assignment refusals: no such operation in this family.
      .asInternalError(GrantsError.AssignmentOperationNotFound.class, GrantsError.AccountAssignmentConflict.class)
      // Identity Center's refusals of a permission set's definition: nothing of this family has one.
      .asInternalError(GrantsError.PolicyAlreadyAttached.class, GrantsError.PolicyNotAttached.class,
          GrantsError.TooManyPolicies.class, GrantsError.PermissionsBoundaryNotFound.class,
          GrantsError.PermissionsBoundaryNotOneKind.class)
      .build();

  private SignerErrors() {}

  /** The answer to every {@link GrantsError} of a Signer operation; nothing else decides it. */
  public static ErrorTable<Void> table() {
    return TABLE;
  }
}
