package dev.grants.adapters.json.lambda;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.grants.adapters.json.policy.PolicyDocumentWriter;
import dev.grants.adapters.json.wire.BodyFormatException;
import dev.grants.adapters.json.wire.JsonBody;
import dev.grants.adapters.json.wire.JsonWriting;
import dev.grants.adapters.json.wire.Query;
import dev.grants.adapters.json.wire.WellFormed;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerArchiveInput;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.ports.in.AddLayerVersionPermissionCommand;
import dev.grants.ports.in.AddLayerVersionPermissionResult;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.DeleteLayerVersionCommand;
import dev.grants.ports.in.GetLayerVersionByArnCommand;
import dev.grants.ports.in.GetLayerVersionCommand;
import dev.grants.ports.in.GetLayerVersionPolicyCommand;
import dev.grants.ports.in.GetLayerVersionPolicyResult;
import dev.grants.ports.in.ListLayerVersionsCommand;
import dev.grants.ports.in.ListLayersCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.PublishLayerVersionCommand;
import dev.grants.ports.in.RemoveLayerVersionPermissionCommand;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Lambda layer wire contract (rest-json, members PascalCase): requests to commands, results to their exact
 * responses, {@link GrantsError}s to Lambda's status, {@code x-amzn-ErrorType} and body with the service's
 * texts ({@link LambdaErrors}). Transport-free: path labels come in already percent-decoded, the query as a multimap.
 *
 * <pre>{@code
 * LambdaLayerCodec codec = LambdaLayerCodec.create();
 * Either<WireResponse, AddLayerVersionPermissionCommand> command =
 *     codec.decodeAddLayerVersionPermission(context, "my-layer", "1", Map.of(), body);
 * WireResponse response = command.fold(refusal -> refusal, c -> permissions.add(c).fold(
 *     error -> codec.encodeError(LambdaOperation.ADD_LAYER_VERSION_PERMISSION, error),
 *     codec::encodeAdded));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LambdaLayerCodec {
  /** The message of every 500: it says that something failed inside, never what. */
  static final String INTERNAL_ERROR = "An internal error occurred.";

  /** Request and response member names. */
  public static final String LAYER_NAME = "LayerName";
  /** {@code VersionNumber}. */
  public static final String VERSION_NUMBER = "VersionNumber";
  /** {@code StatementId}. */
  public static final String STATEMENT_ID = "StatementId";
  /** {@code Action}. */
  public static final String ACTION = "Action";
  /** {@code Principal}. */
  public static final String PRINCIPAL = "Principal";
  /** {@code OrganizationId}. */
  public static final String ORGANIZATION_ID = "OrganizationId";
  /** {@code RevisionId}, in the query string of requests and the body of responses. */
  public static final String REVISION_ID = "RevisionId";
  /** {@code Statement}. */
  public static final String STATEMENT = "Statement";
  /** {@code Policy}. */
  public static final String POLICY = "Policy";
  /** {@code Description}. */
  public static final String DESCRIPTION = "Description";
  /** {@code Content}. */
  public static final String CONTENT = "Content";
  /** {@code S3Bucket}. */
  public static final String S3_BUCKET = "S3Bucket";
  /** {@code S3Key}. */
  public static final String S3_KEY = "S3Key";
  /** {@code S3ObjectVersion}. */
  public static final String S3_OBJECT_VERSION = "S3ObjectVersion";
  /** {@code ZipFile}. */
  public static final String ZIP_FILE = "ZipFile";
  /** {@code CompatibleRuntimes}. */
  public static final String COMPATIBLE_RUNTIMES = "CompatibleRuntimes";
  /** {@code LicenseInfo}. */
  public static final String LICENSE_INFO = "LicenseInfo";
  /** {@code CompatibleArchitectures}. */
  public static final String COMPATIBLE_ARCHITECTURES = "CompatibleArchitectures";
  /** {@code CodeSha256}. */
  public static final String CODE_SHA256 = "CodeSha256";
  /** {@code CodeSize}. */
  public static final String CODE_SIZE = "CodeSize";
  /** {@code LayerArn}. */
  public static final String LAYER_ARN = "LayerArn";
  /** {@code LayerVersionArn}. */
  public static final String LAYER_VERSION_ARN = "LayerVersionArn";
  /** {@code CreatedDate}. */
  public static final String CREATED_DATE = "CreatedDate";
  /** {@code Version}. */
  public static final String VERSION = "Version";
  /** {@code CompatibleRuntime}, a query member of the listings. */
  public static final String COMPATIBLE_RUNTIME = "CompatibleRuntime";
  /** {@code CompatibleArchitecture}, a query member of the listings. */
  public static final String COMPATIBLE_ARCHITECTURE = "CompatibleArchitecture";
  /** {@code Marker}, a query member of the listings. */
  public static final String MARKER = "Marker";
  /** {@code MaxItems}, a query member of the listings. */
  public static final String MAX_ITEMS = "MaxItems";
  /** {@code NextMarker}. */
  public static final String NEXT_MARKER = "NextMarker";
  /** {@code Arn}, the query member of {@code GetLayerVersionByArn}. */
  public static final String ARN = "Arn";
  /** {@code Layers}. */
  public static final String LAYERS = "Layers";
  /** {@code LayerVersions}. */
  public static final String LAYER_VERSIONS = "LayerVersions";
  /** {@code LatestMatchingVersion}. */
  public static final String LATEST_MATCHING_VERSION = "LatestMatchingVersion";
  /** The header that names the error code. */
  public static final String ERROR_TYPE_HEADER = WireResponse.ERROR_TYPE_HEADER;

  /** Lambda's timestamp form, {@code 2018-11-14T23:03:52.894+0000}. */
  public static final DateTimeFormatter CREATED_DATE_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  private LambdaLayerCodec() {}

  /** The codec. */
  public static LambdaLayerCodec create() {
    return new LambdaLayerCodec();
  }

  // --- requests -------------------------------------------------------------------------------------------

  /** {@code POST /2018-10-31/layers/{LayerName}/versions} with its JSON body. */
  public Either<WireResponse, PublishLayerVersionCommand> decodePublishLayerVersion(
      CallContext context, String layerName, byte[] body) {
    try {
      JsonBody json = JsonBody.parse(body);
      JsonBody content = json.object(CONTENT);
      return Either.right(PublishLayerVersionCommand.builder()
          .context(context)
          .layerName(layerName)
          .description(json.string(DESCRIPTION))
          .content(content == null ? null : new LayerArchiveInput(
              content.blob(ZIP_FILE), content.string(S3_BUCKET), content.string(S3_KEY),
              content.string(S3_OBJECT_VERSION)))
          .compatibleRuntimes(json.strings(COMPATIBLE_RUNTIMES))
          .licenseInfo(json.string(LICENSE_INFO))
          .compatibleArchitectures(json.strings(COMPATIBLE_ARCHITECTURES))
          .build());
    } catch (BodyFormatException e) {
      return Either.left(invalidRequestContent(e.getMessage()));
    }
  }

  /** {@code GET /2018-10-31/layers/{LayerName}/versions/{VersionNumber}}. */
  public Either<WireResponse, GetLayerVersionCommand> decodeGetLayerVersion(
      CallContext context, String layerName, String versionNumber) {
    return versionNumber(versionNumber).map(number ->
        GetLayerVersionCommand.builder().context(context).layerName(layerName).versionNumber(number).build());
  }

  /** {@code GET /2018-10-31/layers?find=LayerVersion&Arn=...}. */
  public Either<WireResponse, GetLayerVersionByArnCommand> decodeGetLayerVersionByArn(
      CallContext context, Map<String, List<String>> query) {
    return Either.right(GetLayerVersionByArnCommand.builder().context(context).arn(Query.first(query, ARN)).build());
  }

  /** {@code GET /2018-10-31/layers?CompatibleRuntime=&Marker=&MaxItems=&CompatibleArchitecture=}. */
  public Either<WireResponse, ListLayersCommand> decodeListLayers(
      CallContext context, Map<String, List<String>> query) {
    return maxItems(query).map(maxItems -> ListLayersCommand.builder()
        .context(context)
        .compatibleRuntime(Query.first(query, COMPATIBLE_RUNTIME))
        .marker(Query.first(query, MARKER))
        .maxItems(maxItems)
        .compatibleArchitecture(Query.first(query, COMPATIBLE_ARCHITECTURE))
        .build());
  }

  /** {@code GET /2018-10-31/layers/{LayerName}/versions} with the listing's query members. */
  public Either<WireResponse, ListLayerVersionsCommand> decodeListLayerVersions(
      CallContext context, String layerName, Map<String, List<String>> query) {
    return maxItems(query).map(maxItems -> ListLayerVersionsCommand.builder()
        .context(context)
        .layerName(layerName)
        .compatibleRuntime(Query.first(query, COMPATIBLE_RUNTIME))
        .marker(Query.first(query, MARKER))
        .maxItems(maxItems)
        .compatibleArchitecture(Query.first(query, COMPATIBLE_ARCHITECTURE))
        .build());
  }

  /** {@code DELETE /2018-10-31/layers/{LayerName}/versions/{VersionNumber}}. */
  public Either<WireResponse, DeleteLayerVersionCommand> decodeDeleteLayerVersion(
      CallContext context, String layerName, String versionNumber) {
    return versionNumber(versionNumber).map(number ->
        DeleteLayerVersionCommand.builder().context(context).layerName(layerName).versionNumber(number).build());
  }

  /** {@code POST /2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy?RevisionId=} with its body. */
  public Either<WireResponse, AddLayerVersionPermissionCommand> decodeAddLayerVersionPermission(
      CallContext context, String layerName, String versionNumber, Map<String, List<String>> query, byte[] body) {
    return versionNumber(versionNumber).flatMap(number -> {
      try {
        JsonBody json = JsonBody.parse(body);
        return Either.right(AddLayerVersionPermissionCommand.builder()
            .context(context)
            .layerName(layerName)
            .versionNumber(number)
            .statementId(json.string(STATEMENT_ID))
            .action(json.string(ACTION))
            .principal(json.string(PRINCIPAL))
            .organizationId(json.string(ORGANIZATION_ID))
            .revisionId(Query.first(query, REVISION_ID))
            .build());
      } catch (BodyFormatException e) {
        return Either.left(invalidRequestContent(e.getMessage()));
      }
    });
  }

  /** {@code GET /2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy}. */
  public Either<WireResponse, GetLayerVersionPolicyCommand> decodeGetLayerVersionPolicy(
      CallContext context, String layerName, String versionNumber) {
    return versionNumber(versionNumber).map(number -> GetLayerVersionPolicyCommand.builder()
        .context(context).layerName(layerName).versionNumber(number).build());
  }

  /** {@code DELETE /2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}?RevisionId=}. */
  public Either<WireResponse, RemoveLayerVersionPermissionCommand> decodeRemoveLayerVersionPermission(
      CallContext context, String layerName, String versionNumber, String statementId,
      Map<String, List<String>> query) {
    return versionNumber(versionNumber).map(number -> RemoveLayerVersionPermissionCommand.builder()
        .context(context)
        .layerName(layerName)
        .versionNumber(number)
        .statementId(statementId)
        .revisionId(Query.first(query, REVISION_ID))
        .build());
  }

  // --- results --------------------------------------------------------------------------------------------

  /** The answer of {@code PublishLayerVersion} (201) or {@code GetLayerVersion} (200). */
  public WireResponse encodeLayerVersion(LambdaOperation operation, LayerVersion version) {
    return WireResponse.json(operation.route().successStatus(), JsonWriting.json(out -> {
      out.writeStartObject();
      out.writeObjectFieldStart(CONTENT);
      out.writeStringField(CODE_SHA256, version.content().codeSha256());
      out.writeNumberField(CODE_SIZE, version.content().codeSize());
      out.writeEndObject();
      out.writeStringField(LAYER_ARN, version.layer().toString());
      out.writeStringField(LAYER_VERSION_ARN, version.arn().toString());
      if (version.description() != null) {
        out.writeStringField(DESCRIPTION, version.description());
      }
      out.writeStringField(CREATED_DATE, CREATED_DATE_FORMAT.format(version.createdDate()));
      out.writeNumberField(VERSION, version.arn().version());
      JsonWriting.strings(out, COMPATIBLE_RUNTIMES, version.compatibleRuntimes());
      if (version.licenseInfo() != null) {
        out.writeStringField(LICENSE_INFO, version.licenseInfo());
      }
      JsonWriting.strings(out, COMPATIBLE_ARCHITECTURES, version.compatibleArchitectures());
      out.writeEndObject();
    }));
  }

  /**
   * The answer of {@code ListLayers}: 200 {@code {"Layers":[{"LayerName":..,"LayerArn":..,"LatestMatchingVersion":
   * {..}}],"NextMarker":..}}, each item's version as {@link #encodeLayerVersions} writes it, {@code NextMarker}
   * null on the last page (as the service writes it).
   */
  public WireResponse encodeLayers(Page<LayerVersion> page) {
    return WireResponse.json(LambdaOperation.LIST_LAYERS.route().successStatus(), JsonWriting.json(out -> {
      out.writeStartObject();
      out.writeArrayFieldStart(LAYERS);
      for (LayerVersion version : page.items()) {
        out.writeStartObject();
        out.writeStringField(LAYER_NAME, version.layer().name());
        out.writeStringField(LAYER_ARN, version.layer().toString());
        out.writeFieldName(LATEST_MATCHING_VERSION);
        writeListItem(out, version);
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeStringField(NEXT_MARKER, page.nextToken());
      out.writeEndObject();
    }));
  }

  /**
   * The answer of {@code ListLayerVersions}: 200 {@code {"LayerVersions":[..],"NextMarker":..}}. Each item has the
   * members of a {@code LayerVersionsListItem} in the order the service writes them, an absent one as null
   * (recorded: {@code {"CompatibleRuntimes":null,"LicenseInfo":null,"Description":null,"LayerVersionArn":..,
   * "Version":36,"CreatedDate":..,"CompatibleArchitectures":null}}); {@code NextMarker} null on the last page.
   */
  public WireResponse encodeLayerVersions(Page<LayerVersion> page) {
    return WireResponse.json(LambdaOperation.LIST_LAYER_VERSIONS.route().successStatus(), JsonWriting.json(out -> {
      out.writeStartObject();
      out.writeArrayFieldStart(LAYER_VERSIONS);
      for (LayerVersion version : page.items()) {
        writeListItem(out, version);
      }
      out.writeEndArray();
      out.writeStringField(NEXT_MARKER, page.nextToken());
      out.writeEndObject();
    }));
  }

  private static void writeListItem(JsonGenerator out, LayerVersion version) throws IOException {
    out.writeStartObject();
    nullableStrings(out, COMPATIBLE_RUNTIMES, version.compatibleRuntimes());
    out.writeStringField(LICENSE_INFO, version.licenseInfo());
    out.writeStringField(DESCRIPTION, version.description());
    out.writeStringField(LAYER_VERSION_ARN, version.arn().toString());
    out.writeNumberField(VERSION, version.arn().version());
    out.writeStringField(CREATED_DATE, CREATED_DATE_FORMAT.format(version.createdDate()));
    nullableStrings(out, COMPATIBLE_ARCHITECTURES, version.compatibleArchitectures());
    out.writeEndObject();
  }

  /** {@code name: [values]}, or {@code name: null} for none, as the list items write an empty list. */
  private static void nullableStrings(JsonGenerator out, String name, List<String> values) throws IOException {
    if (values.isEmpty()) {
      out.writeNullField(name);
    } else {
      JsonWriting.strings(out, name, values);
    }
  }

  /** The answer of {@code AddLayerVersionPermission}: 201 {@code {"Statement":"...","RevisionId":"..."}}. */
  public WireResponse encodeAdded(AddLayerVersionPermissionResult result) {
    byte[] statement = JsonWriting.json(out -> PolicyDocumentWriter.writeStatement(result.statement(), out));
    return WireResponse.json(LambdaOperation.ADD_LAYER_VERSION_PERMISSION.route().successStatus(), JsonWriting.json(out -> {
      out.writeStartObject();
      JsonWriting.utf8StringField(out, STATEMENT, statement);
      out.writeStringField(REVISION_ID, result.revisionId().value());
      out.writeEndObject();
    }));
  }

  /** The answer of {@code GetLayerVersionPolicy}: 200 {@code {"Policy":"...","RevisionId":"..."}}. */
  public WireResponse encodePolicy(GetLayerVersionPolicyResult result) {
    byte[] policy = PolicyDocumentWriter.writeBytes(result.policy());
    return WireResponse.json(LambdaOperation.GET_LAYER_VERSION_POLICY.route().successStatus(), JsonWriting.json(out -> {
      out.writeStartObject();
      JsonWriting.utf8StringField(out, POLICY, policy);
      out.writeStringField(REVISION_ID, result.revisionId().value());
      out.writeEndObject();
    }));
  }

  /** The answer of an operation that succeeds without a body (204). */
  public WireResponse encodeNoContent(LambdaOperation operation) {
    return WireResponse.empty(operation.route().successStatus());
  }

  // --- errors ---------------------------------------------------------------------------------------------

  /** The Lambda error for a refusal of {@code operation} ({@link LambdaErrors}). */
  public WireResponse encodeError(LambdaOperation operation, GrantsError error) {
    return LambdaErrors.table().answer(operation, error);
  }

  /** 400 InvalidRequestContentException: the body is not JSON, or not of the operation's shape. */
  public WireResponse invalidRequestContent(String detail) {
    return userError(400, "InvalidRequestContentException", "Could not parse request body into json: " + detail);
  }

  /** 404 for a method and path that name no operation. */
  public WireResponse unknownOperation(String method, String path) {
    return userError(404, "UnknownOperationException", "Unknown operation: " + method + ' ' + path);
  }

  /** 429 TooManyRequestsException with {@code Retry-After: 1}: retry later (SDKs do it themselves). */
  public WireResponse tooManyRequests(String message) {
    WireResponse throttled = userError(429, "TooManyRequestsException", message);
    Map<String, String> headers = new LinkedHashMap<>(throttled.headers());
    headers.put("Retry-After", "1");
    return new WireResponse(429, headers, throttled.body());
  }

  /** 413 RequestTooLargeException: the body is larger than {@code limit} bytes. */
  public WireResponse requestTooLarge(long limit) {
    return userError(413, "RequestTooLargeException", "Request must be smaller than " + limit + " bytes.");
  }

  /** 500 ServiceException: a real internal fault. */
  public WireResponse serviceException(String message) {
    return error(500, "ServiceException", "Service", "Message", message);
  }

  /** 400 ValidationException with the framework's message (no {@code Type} member). */
  public WireResponse validationException(String message) {
    return error(400, "ValidationException", null, "message", message);
  }

  /** 404 ResourceNotFoundException with {@code message}. */
  static WireResponse resourceNotFound(String message) {
    return error(404, "ResourceNotFoundException", "User", "Message", message);
  }

  /** A client error: {@code {"Type":"User","message":"..."}}. */
  static WireResponse userError(int status, String code, String message) {
    return error(status, code, "User", "message", message);
  }

  /** Lambda's error format: {@code Type} when given, then the message under {@code messageMember}. */
  static WireResponse error(int status, String code, String type, String messageMember, String message) {
    return WireResponse.error(status, WireResponse.JSON, code, JsonWriting.json(out -> {
      out.writeStartObject();
      if (type != null) {
        out.writeStringField("Type", type);
      }
      out.writeStringField(messageMember, WellFormed.text(message));
      out.writeEndObject();
    }));
  }

  // --- helpers --------------------------------------------------------------------------------------------

  /** {@code MaxItems} as a number when given; its range is the service's to check. */
  private Either<WireResponse, Integer> maxItems(Map<String, List<String>> query) {
    String text = Query.first(query, MAX_ITEMS);
    if (text == null) {
      return Either.right(null);
    }
    try {
      return Either.right(Integer.parseInt(text));
    } catch (NumberFormatException notAnInt) {
      return Either.left(validationException("1 validation error detected: Value '" + text
          + "' at 'maxItems' failed to satisfy constraint: Member must be a whole number"));
    }
  }

  private Either<WireResponse, Long> versionNumber(String text) {
    try {
      return Either.right(Long.parseLong(text));
    } catch (NumberFormatException notALong) {
      return Either.left(validationException("1 validation error detected: Value '" + text
          + "' at 'versionNumber' failed to satisfy constraint: Member must be a whole number"));
    }
  }
}
