package dev.grants.adapters.json.ssoadmin;

import dev.grants.adapters.json.wire.AccessDeniedText;
import dev.grants.adapters.json.wire.ErrorTable;
import dev.grants.adapters.json.wire.JsonWriting;
import dev.grants.adapters.json.wire.ValidationMessages;
import dev.grants.adapters.json.wire.WellFormed;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;

/**
 * Identity Center's (sso-admin, json 1.1) errors: the answer to every {@link GrantsError} leaf, always 400 but
 * for the 500 InternalServerException, with the body {@code {"__type":"<Code>","Message":"..."}} and
 * {@code x-amzn-ErrorType} naming the same code, and the answers to the faults the transport meets.
 *
 * <pre>{@code
 * SsoAdminErrors.table().answer(null, new GrantsError.TargetIdRequired());
 * // 400 {"__type":"ValidationException","Message":"TargetId is required when TargetType is AWS_ACCOUNT."}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SsoAdminErrors {
  /** The message of every 500: it says that something failed inside, never what. */
  static final String INTERNAL_ERROR = "An internal error occurred.";

  private static final ErrorTable<Void> TABLE = ErrorTable.<Void>builder(() -> internalError(INTERNAL_ERROR))
      // A store or the gateway failed: what it threw is internal detail and never reaches the body.
      .asInternalError(GrantsError.InternalFailure.class)
      .on(GrantsError.InvalidRequest.class, invalid -> validation(ValidationMessages.of(invalid.violations())))
      .on(GrantsError.TargetIdRequired.class,
          required -> validation("TargetId is required when TargetType is AWS_ACCOUNT."))
      .on(GrantsError.InvalidPageToken.class, token -> validation("The NextToken is not valid for this listing."))
      .on(GrantsError.InstanceNotFound.class, missing ->
          clientError("ResourceNotFoundException", "Could not find Instance with ARN " + missing.instance()))
      .on(GrantsError.AccessDenied.class, denied -> clientError("AccessDeniedException", AccessDeniedText.of(denied)))
      .on(GrantsError.PermissionSetNotFound.class, missing -> clientError("ResourceNotFoundException",
          "Could not find PermissionSet with ARN " + missing.permissionSet()))
      .on(GrantsError.ProvisioningRequestNotFound.class, missing -> clientError("ResourceNotFoundException",
          "Could not find PermissionSetProvisioningStatus with RequestId " + missing.requestId()))
      .on(GrantsError.PermissionSetNameConflict.class, conflict ->
          clientError("ConflictException", "PermissionSet with name " + conflict.name() + " already exists."))
      .on(GrantsError.ProvisioningInProgress.class,
          busy -> clientError("ConflictException", "There is a conflicting operation in process."))
      .on(GrantsError.InstanceAlreadyExists.class, exists -> clientError("ConflictException",
          "Account " + exists.owner() + " already has an instance: " + exists.existing() + "."))
      .on(GrantsError.ConcurrentModification.class,
          busy -> throttling("The resource is being changed by other requests; retry the request."))
      // Resource-policy refusals: a permission set keeps its inline policy as a text, never as a resource policy
      // with statements and revisions, so only Lambda and Signer meet these.
      .asInternalError(GrantsError.NoPolicy.class, GrantsError.PolicyHasNoStatements.class,
          GrantsError.StatementIdConflict.class, GrantsError.StatementNotFound.class,
          GrantsError.RevisionMismatch.class, GrantsError.PolicyTooLarge.class)
      // Lambda's refusals: no sso-admin operation reads a layer version, its number or its content, or narrows a
      // principal by an organization.
      .asInternalError(GrantsError.LayerVersionNumberBelowOne.class,
          GrantsError.OrganizationRequiresAnyPrincipal.class, GrantsError.UnsupportedLayerContent.class,
          GrantsError.LayerVersionNotFound.class)
      // Signer's refusals: no sso-admin operation reads a signing profile or its platform.
      .asInternalError(GrantsError.InvalidSignerPrincipal.class, GrantsError.InvalidSignerStatementId.class,
          GrantsError.ActionNotSupportedForPlatform.class, GrantsError.SigningProfileNotFound.class,
          GrantsError.ProfileNotActive.class, GrantsError.ProfileNameNotReusable.class,
          GrantsError.UnsupportedPlatform.class)
      .build();

  private SsoAdminErrors() {}

  /** The answer to every {@link GrantsError} of an sso-admin operation; nothing else decides it. */
  public static ErrorTable<Void> table() {
    return TABLE;
  }

  /** 400 SerializationException: the body is not a JSON object, or a member has the wrong JSON type. */
  static WireResponse serializationException(String detail) {
    return clientError("SerializationException", detail);
  }

  /** 400 UnknownOperationException: {@code target} (null when absent) names no operation. */
  static WireResponse unknownOperation(String target) {
    return clientError("UnknownOperationException", target == null
        ? "Unknown operation: the request has no X-Amz-Target header."
        : "Unknown operation: " + target);
  }

  /** 404 UnknownOperationException: a method other than POST on the json 1.1 path. */
  static WireResponse unknownMethod(String method, String path) {
    return error(404, "UnknownOperationException", "Unknown operation: " + method + ' ' + path);
  }

  /** 400 ThrottlingException. */
  static WireResponse throttling(String message) {
    return clientError("ThrottlingException", message);
  }

  /** 413 RequestTooLargeException: the body is larger than {@code limit} bytes. */
  static WireResponse requestTooLarge(long limit) {
    return error(413, "RequestTooLargeException", "Request must be smaller than " + limit + " bytes.");
  }

  /** 500 InternalServerException. */
  static WireResponse internalError(String message) {
    return error(500, "InternalServerException", message);
  }

  private static WireResponse validation(String message) {
    return clientError("ValidationException", message);
  }

  private static WireResponse clientError(String code, String message) {
    return error(400, code, message);
  }

  private static WireResponse error(int status, String code, String message) {
    return WireResponse.error(status, SsoAdminCodec.CONTENT_TYPE, code, JsonWriting.json(out -> {
      out.writeStartObject();
      out.writeStringField(SsoAdminCodec.ERROR_TYPE, code);
      out.writeStringField(SsoAdminCodec.MESSAGE, WellFormed.text(message));
      out.writeEndObject();
    }));
  }
}
