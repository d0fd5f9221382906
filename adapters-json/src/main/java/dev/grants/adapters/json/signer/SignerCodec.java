package dev.grants.adapters.json.signer;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.grants.adapters.json.wire.BodyFormatException;
import dev.grants.adapters.json.wire.JsonBody;
import dev.grants.adapters.json.wire.JsonWriting;
import dev.grants.adapters.json.wire.Query;
import dev.grants.adapters.json.wire.WellFormed;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.signer.ProfilePermission;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.ports.in.AddProfilePermissionCommand;
import dev.grants.ports.in.AddProfilePermissionResult;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.CancelSigningProfileCommand;
import dev.grants.ports.in.GetSigningProfileCommand;
import dev.grants.ports.in.ListProfilePermissionsCommand;
import dev.grants.ports.in.ListProfilePermissionsResult;
import dev.grants.ports.in.PutSigningProfileCommand;
import dev.grants.ports.in.RemoveProfilePermissionCommand;
import dev.grants.ports.in.RemoveProfilePermissionResult;
import dev.grants.ports.in.RevokeSigningProfileCommand;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The Signer wire contract (rest-json, members lowerCamel): requests to commands, results to their exact
 * responses, {@link GrantsError}s to Signer's status, {@code x-amzn-ErrorType} header (always sent: SDKs read
 * the body {@code code} otherwise) and body {@code {"message":"...","code":"..."}} ({@link SignerErrors}). Transport-free: path labels
 * come in percent-decoded, the query as a multimap.
 *
 * <pre>{@code
 * SignerCodec codec = SignerCodec.create();
 * WireResponse response = codec.decodeAddProfilePermission(context, "MyProfile", body).fold(
 *     refusal -> refusal,
 *     command -> permissions.add(command).fold(codec::encodeError, codec::encodeAdded));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SignerCodec {
  /** The message of every 500: it says that something failed inside, never what. */
  static final String INTERNAL_ERROR = "An internal error occurred.";

  /** {@code profileName}. */
  public static final String PROFILE_NAME = "profileName";
  /** {@code profileVersion}. */
  public static final String PROFILE_VERSION = "profileVersion";
  /** {@code profileVersionArn}. */
  public static final String PROFILE_VERSION_ARN = "profileVersionArn";
  /** {@code profileOwner}, a query parameter of GetSigningProfile. */
  public static final String PROFILE_OWNER = "profileOwner";
  /** {@code arn}. */
  public static final String ARN = "arn";
  /** {@code platformId}. */
  public static final String PLATFORM_ID = "platformId";
  /** {@code platformDisplayName}. */
  public static final String PLATFORM_DISPLAY_NAME = "platformDisplayName";
  /** {@code signingMaterial}. */
  public static final String SIGNING_MATERIAL = "signingMaterial";
  /** {@code certificateArn}. */
  public static final String CERTIFICATE_ARN = "certificateArn";
  /** {@code signatureValidityPeriod}. */
  public static final String SIGNATURE_VALIDITY_PERIOD = "signatureValidityPeriod";
  /** {@code value}. */
  public static final String VALUE = "value";
  /** {@code type}. */
  public static final String TYPE = "type";
  /** {@code overrides}. */
  public static final String OVERRIDES = "overrides";
  /** {@code signingConfiguration}. */
  public static final String SIGNING_CONFIGURATION = "signingConfiguration";
  /** {@code encryptionAlgorithm}. */
  public static final String ENCRYPTION_ALGORITHM = "encryptionAlgorithm";
  /** {@code hashAlgorithm}. */
  public static final String HASH_ALGORITHM = "hashAlgorithm";
  /** {@code signingImageFormat}. */
  public static final String SIGNING_IMAGE_FORMAT = "signingImageFormat";
  /** {@code signingParameters}. */
  public static final String SIGNING_PARAMETERS = "signingParameters";
  /** {@code tags}. */
  public static final String TAGS = "tags";
  /** {@code status}. */
  public static final String STATUS = "status";
  /** {@code action}. */
  public static final String ACTION = "action";
  /** {@code principal}. */
  public static final String PRINCIPAL = "principal";
  /** {@code statementId}. */
  public static final String STATEMENT_ID = "statementId";
  /** {@code revisionId}. */
  public static final String REVISION_ID = "revisionId";
  /** {@code policySizeBytes}. */
  public static final String POLICY_SIZE_BYTES = "policySizeBytes";
  /** {@code permissions}. */
  public static final String PERMISSIONS = "permissions";
  /** {@code nextToken}. */
  public static final String NEXT_TOKEN = "nextToken";
  /** {@code reason}, of RevokeSigningProfile. */
  public static final String REASON = "reason";
  /** {@code effectiveTime}, of RevokeSigningProfile. */
  public static final String EFFECTIVE_TIME = "effectiveTime";
  /** {@code revocationRecord}, of GetSigningProfile. */
  public static final String REVOCATION_RECORD = "revocationRecord";
  /** {@code revocationEffectiveFrom}. */
  public static final String REVOCATION_EFFECTIVE_FROM = "revocationEffectiveFrom";
  /** {@code revokedAt}. */
  public static final String REVOKED_AT = "revokedAt";
  /** {@code revokedBy}. */
  public static final String REVOKED_BY = "revokedBy";
  /** The header that names the error code. */
  public static final String ERROR_TYPE_HEADER = WireResponse.ERROR_TYPE_HEADER;

  private SignerCodec() {}

  /** The codec. */
  public static SignerCodec create() {
    return new SignerCodec();
  }

  // --- requests -------------------------------------------------------------------------------------------

  /** {@code PUT /signing-profiles/{profileName}} with its body. */
  public Either<WireResponse, PutSigningProfileCommand> decodePutSigningProfile(
      CallContext context, String profileName, byte[] body) {
    try {
      JsonBody json = JsonBody.parse(body);
      JsonBody material = json.object(SIGNING_MATERIAL);
      JsonBody validity = json.object(SIGNATURE_VALIDITY_PERIOD);
      JsonBody overrides = json.object(OVERRIDES);
      JsonBody configuration = overrides == null ? null : overrides.object(SIGNING_CONFIGURATION);
      return Either.right(PutSigningProfileCommand.builder()
          .context(context)
          .profileName(profileName)
          .platformId(json.string(PLATFORM_ID))
          .signingMaterial(material == null ? null
              : new PutSigningProfileCommand.SigningMaterial(material.string(CERTIFICATE_ARN)))
          .signatureValidityValue(validity == null ? null : validity.integer(VALUE))
          .signatureValidityType(validity == null ? null : validity.string(TYPE))
          .overrides(overrides == null ? null : new SigningProfile.SigningOverrides(
              configuration == null ? null : configuration.string(ENCRYPTION_ALGORITHM),
              configuration == null ? null : configuration.string(HASH_ALGORITHM),
              overrides.string(SIGNING_IMAGE_FORMAT)))
          .signingParameters(json.stringMap(SIGNING_PARAMETERS))
          .tags(json.stringMap(TAGS))
          .build());
    } catch (BodyFormatException e) {
      return Either.left(invalidRequestContent(e.getMessage()));
    }
  }

  /** {@code GET /signing-profiles/{profileName}?profileOwner=}. */
  public Either<WireResponse, GetSigningProfileCommand> decodeGetSigningProfile(
      CallContext context, String profileName, Map<String, List<String>> query) {
    return Either.right(GetSigningProfileCommand.builder()
        .context(context).profileName(profileName).profileOwner(Query.first(query, PROFILE_OWNER)).build());
  }

  /** {@code DELETE /signing-profiles/{profileName}}. */
  public Either<WireResponse, CancelSigningProfileCommand> decodeCancelSigningProfile(
      CallContext context, String profileName) {
    return Either.right(CancelSigningProfileCommand.builder().context(context).profileName(profileName).build());
  }

  /** {@code PUT /signing-profiles/{profileName}/revoke} with its body. */
  public Either<WireResponse, RevokeSigningProfileCommand> decodeRevokeSigningProfile(
      CallContext context, String profileName, byte[] body) {
    try {
      JsonBody json = JsonBody.parse(body);
      return Either.right(RevokeSigningProfileCommand.builder().context(context).profileName(profileName)
          .profileVersion(json.string(PROFILE_VERSION)).reason(json.string(REASON))
          .effectiveTime(json.timestamp(EFFECTIVE_TIME)).build());
    } catch (BodyFormatException e) {
      return Either.left(invalidRequestContent(e.getMessage()));
    }
  }

  /** {@code POST /signing-profiles/{profileName}/permissions} with its body. */
  public Either<WireResponse, AddProfilePermissionCommand> decodeAddProfilePermission(
      CallContext context, String profileName, byte[] body) {
    try {
      JsonBody json = JsonBody.parse(body);
      return Either.right(AddProfilePermissionCommand.builder()
          .context(context)
          .profileName(profileName)
          .profileVersion(json.string(PROFILE_VERSION))
          .action(json.string(ACTION))
          .principal(json.string(PRINCIPAL))
          .revisionId(json.string(REVISION_ID))
          .statementId(json.string(STATEMENT_ID))
          .build());
    } catch (BodyFormatException e) {
      return Either.left(invalidRequestContent(e.getMessage()));
    }
  }

  /** {@code GET /signing-profiles/{profileName}/permissions?nextToken=}. */
  public Either<WireResponse, ListProfilePermissionsCommand> decodeListProfilePermissions(
      CallContext context, String profileName, Map<String, List<String>> query) {
    return Either.right(ListProfilePermissionsCommand.builder()
        .context(context).profileName(profileName).nextToken(Query.first(query, NEXT_TOKEN)).build());
  }

  /** {@code DELETE /signing-profiles/{profileName}/permissions/{statementId}?revisionId=}. */
  public Either<WireResponse, RemoveProfilePermissionCommand> decodeRemoveProfilePermission(
      CallContext context, String profileName, String statementId, Map<String, List<String>> query) {
    return Either.right(RemoveProfilePermissionCommand.builder()
        .context(context).profileName(profileName).statementId(statementId)
        .revisionId(Query.first(query, REVISION_ID)).build());
  }

  // --- results --------------------------------------------------------------------------------------------

  /** The answer of {@code PutSigningProfile}: {@code {"arn","profileVersion","profileVersionArn"}}. */
  public WireResponse encodePut(SigningProfile profile) {
    return ok(SignerOperation.PUT_SIGNING_PROFILE, out -> {
      out.writeStartObject();
      out.writeStringField(ARN, profile.arn().toString());
      out.writeStringField(PROFILE_VERSION, profile.profileVersion());
      out.writeStringField(PROFILE_VERSION_ARN, profile.profileVersionArn());
      out.writeEndObject();
    });
  }

  /** The answer of {@code GetSigningProfile}. */
  public WireResponse encodeProfile(SigningProfile profile) {
    return ok(SignerOperation.GET_SIGNING_PROFILE, out -> writeProfile(out, profile, true));
  }

  /**
   * A profile as one JSON object, its members in the model's order: GetSigningProfile's whole answer, or with
   * {@code whole} false the {@code SigningProfile} of ListSigningProfiles, which has no {@code revocationRecord} and no
   * {@code overrides}.
   */
  static void writeProfile(JsonGenerator out, SigningProfile profile, boolean whole) throws IOException {
    out.writeStartObject();
    out.writeStringField(PROFILE_NAME, profile.arn().name());
    out.writeStringField(PROFILE_VERSION, profile.profileVersion());
    out.writeStringField(PROFILE_VERSION_ARN, profile.profileVersionArn());
    if (whole) {
      writeRevocation(out, profile.revocation());
    }
    if (profile.certificateArn() != null) {
      out.writeObjectFieldStart(SIGNING_MATERIAL);
      out.writeStringField(CERTIFICATE_ARN, profile.certificateArn());
      out.writeEndObject();
    }
    out.writeStringField(PLATFORM_ID, profile.platform().platformId());
    out.writeStringField(PLATFORM_DISPLAY_NAME, profile.platform().displayName());
    out.writeObjectFieldStart(SIGNATURE_VALIDITY_PERIOD);
    out.writeNumberField(VALUE, profile.validity().value());
    out.writeStringField(TYPE, profile.validity().type());
    out.writeEndObject();
    if (whole) {
      writeOverrides(out, profile.overrides());
    }
    JsonWriting.map(out, SIGNING_PARAMETERS, profile.signingParameters());
    out.writeStringField(STATUS, profile.status().wireName());
    out.writeStringField(ARN, profile.arn().toString());
    JsonWriting.map(out, TAGS, profile.tags());
    out.writeEndObject();
  }

  /** The answer of {@code RevokeSigningProfile}: 200 without a body (the model's output has no members). */
  public WireResponse encodeRevoked(SigningProfile profile) {
    return WireResponse.empty(SignerOperation.REVOKE_SIGNING_PROFILE.route().successStatus());
  }

  /** The answer of {@code CancelSigningProfile}: 200 without a body. */
  public WireResponse encodeCanceled(SigningProfile profile) {
    return WireResponse.empty(SignerOperation.CANCEL_SIGNING_PROFILE.route().successStatus());
  }

  /** The answer of {@code AddProfilePermission}: {@code {"revisionId":"..."}}. */
  public WireResponse encodeAdded(AddProfilePermissionResult result) {
    return revision(SignerOperation.ADD_PROFILE_PERMISSION, result.revisionId().value());
  }

  /** The answer of {@code RemoveProfilePermission}: {@code {"revisionId":"..."}}. */
  public WireResponse encodeRemoved(RemoveProfilePermissionResult result) {
    return revision(SignerOperation.REMOVE_PROFILE_PERMISSION, result.revisionId().value());
  }

  /** The answer of {@code ListProfilePermissions}. */
  public WireResponse encodeList(ListProfilePermissionsResult page) {
    return ok(SignerOperation.LIST_PROFILE_PERMISSIONS, out -> {
      out.writeStartObject();
      out.writeStringField(REVISION_ID, page.revisionId().value());
      out.writeNumberField(POLICY_SIZE_BYTES, page.policySizeBytes());
      out.writeArrayFieldStart(PERMISSIONS);
      for (ProfilePermission permission : page.permissions()) {
        out.writeStartObject();
        out.writeStringField(ACTION, permission.action());
        out.writeStringField(PRINCIPAL, permission.principal());
        out.writeStringField(STATEMENT_ID, permission.statementId().value());
        JsonWriting.optional(out, PROFILE_VERSION, permission.profileVersion());
        out.writeEndObject();
      }
      out.writeEndArray();
      JsonWriting.optional(out, NEXT_TOKEN, page.nextToken());
      out.writeEndObject();
    });
  }

  // --- errors ---------------------------------------------------------------------------------------------

  /** The Signer error for a refusal ({@link SignerErrors}). */
  public WireResponse encodeError(GrantsError error) {
    return SignerErrors.table().answer(null, error);
  }

  /** 400 ValidationException for a body that is not JSON, or not of the operation's shape. */
  public WireResponse invalidRequestContent(String detail) {
    return validation("Could not parse request body into json: " + detail);
  }

  /** 404 for a method and path under {@code /signing-profiles} that name no operation. */
  public WireResponse unknownOperation(String method, String path) {
    return error(404, "UnknownOperationException", "Unknown operation: " + method + ' ' + path);
  }

  /** 429 TooManyRequestsException: retry later (SDKs do it themselves). */
  public WireResponse tooManyRequests(String message) {
    return error(429, "TooManyRequestsException", message);
  }

  /** 413 for a body larger than {@code limit} bytes. */
  public WireResponse requestTooLarge(long limit) {
    return error(413, "RequestTooLargeException", "Request must be smaller than " + limit + " bytes.");
  }

  /** 500 InternalServiceErrorException: a real internal fault. */
  public WireResponse internalError(String message) {
    return error(500, "InternalServiceErrorException", message);
  }

  /** 400 ValidationException with {@code message}. */
  static WireResponse validation(String message) {
    return error(400, "ValidationException", message);
  }

  private static WireResponse revision(SignerOperation operation, String revisionId) {
    return ok(operation, out -> {
      out.writeStartObject();
      out.writeStringField(REVISION_ID, revisionId);
      out.writeEndObject();
    });
  }

  /** Signer's error format: {@code {"message":"...","code":"<code>"}}. */
  static WireResponse error(int status, String code, String message) {
    return WireResponse.error(status, WireResponse.JSON, code, JsonWriting.json(out -> {
      out.writeStartObject();
      out.writeStringField("message", WellFormed.text(message));
      out.writeStringField("code", code);
      out.writeEndObject();
    }));
  }

  /** The profile name of a profile's ARN ({@code .../signing-profiles/<name>}). */
  static String name(Arn profile) {
    String resource = profile.resource();
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  /** A JSON answer with the operation's success status. */
  private static WireResponse ok(SignerOperation operation, JsonWriting.Body body) {
    return WireResponse.json(operation.route().successStatus(), JsonWriting.json(body));
  }

  private static void writeRevocation(JsonGenerator out, SigningProfile.RevocationRecord revocation)
      throws IOException {
    if (revocation == null) {
      return;
    }
    out.writeObjectFieldStart(REVOCATION_RECORD);
    writeTimestamp(out, REVOCATION_EFFECTIVE_FROM, revocation.effectiveFrom());
    writeTimestamp(out, REVOKED_AT, revocation.revokedAt());
    out.writeStringField(REVOKED_BY, revocation.revokedBy());
    out.writeEndObject();
  }

  /** rest-json's body timestamp: seconds since the epoch, milliseconds as the fraction. */
  private static void writeTimestamp(JsonGenerator out, String name, java.time.Instant instant) throws IOException {
    out.writeFieldName(name);
    out.writeNumber(java.math.BigDecimal.valueOf(instant.toEpochMilli(), 3));
  }

  private static void writeOverrides(JsonGenerator out, SigningProfile.SigningOverrides overrides) throws IOException {
    if (overrides == null) {
      return;
    }
    out.writeObjectFieldStart(OVERRIDES);
    if (overrides.encryptionAlgorithm() != null || overrides.hashAlgorithm() != null) {
      out.writeObjectFieldStart(SIGNING_CONFIGURATION);
      JsonWriting.optional(out, ENCRYPTION_ALGORITHM, overrides.encryptionAlgorithm());
      JsonWriting.optional(out, HASH_ALGORITHM, overrides.hashAlgorithm());
      out.writeEndObject();
    }
    JsonWriting.optional(out, SIGNING_IMAGE_FORMAT, overrides.signingImageFormat());
    out.writeEndObject();
  }
}
