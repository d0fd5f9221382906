package dev.grants.adapters.json.signer;

import dev.grants.adapters.json.wire.AccessDeniedText;
import dev.grants.adapters.json.wire.ErrorTable;
import dev.grants.adapters.json.wire.JsonWriting;
import dev.grants.adapters.json.wire.ValidationMessages;
import dev.grants.adapters.json.wire.WellFormed;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.Arn;
import java.util.Locale;

/**
 * Signer's errors: the answer to every {@link GrantsError} leaf (status, {@code x-amzn-ErrorType}, always sent
 * since SDKs read the body's {@code code} otherwise, and the body {@code {"message":"...","code":"..."}}), and the
 * answers to the faults the transport meets.
 *
 * <pre>{@code
 * SignerErrors.table().answer(null, new GrantsError.UnsupportedPlatform("Nope"));
 * // 400 ValidationException {"message":"Platform Nope is not supported.","code":"ValidationException"}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SignerErrors {
  /** The message of every 500: it says that something failed inside, never what. */
  static final String INTERNAL_ERROR = "An internal error occurred.";

  private static final ErrorTable<Void> TABLE = ErrorTable.<Void>builder(() -> internalError(INTERNAL_ERROR))
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
          busy -> tooManyRequests("The policy is being changed by other requests; retry the request."))
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
      .build();

  private SignerErrors() {}

  /** The answer to every {@link GrantsError} of a Signer operation; nothing else decides it. */
  public static ErrorTable<Void> table() {
    return TABLE;
  }

  /** 400 ValidationException for a body that is not JSON, or not of the operation's shape. */
  static WireResponse invalidRequestContent(String detail) {
    return validation("Could not parse request body into json: " + detail);
  }

  /** 404 for a method and path under {@code /signing-profiles} that name no operation. */
  static WireResponse unknownOperation(String method, String path) {
    return error(404, "UnknownOperationException", "Unknown operation: " + method + ' ' + path);
  }

  /** 429 TooManyRequestsException. */
  static WireResponse tooManyRequests(String message) {
    return error(429, "TooManyRequestsException", message);
  }

  /** 413 for a body larger than {@code limit} bytes. */
  static WireResponse requestTooLarge(long limit) {
    return error(413, "RequestTooLargeException", "Request must be smaller than " + limit + " bytes.");
  }

  /** 500 InternalServiceErrorException. */
  static WireResponse internalError(String message) {
    return error(500, "InternalServiceErrorException", message);
  }

  private static WireResponse validation(String message) {
    return error(400, "ValidationException", message);
  }

  private static WireResponse error(int status, String code, String message) {
    return WireResponse.error(status, WireResponse.JSON, code, JsonWriting.json(out -> {
      out.writeStartObject();
      out.writeStringField("message", WellFormed.text(message));
      out.writeStringField("code", code);
      out.writeEndObject();
    }));
  }

  /** The profile name of a profile's ARN ({@code .../signing-profiles/<name>}). */
  private static String name(Arn profile) {
    String resource = profile.resource();
    return resource.substring(resource.lastIndexOf('/') + 1);
  }
}
