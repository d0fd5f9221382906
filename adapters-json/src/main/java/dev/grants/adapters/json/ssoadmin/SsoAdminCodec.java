package dev.grants.adapters.json.ssoadmin;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.grants.adapters.json.wire.BodyFormatException;
import dev.grants.adapters.json.wire.JsonBody;
import dev.grants.adapters.json.wire.JsonWriting;
import dev.grants.adapters.json.wire.WellFormed;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.Tag;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.CreateInstanceCommand;
import dev.grants.ports.in.CreatePermissionSetCommand;
import dev.grants.ports.in.DeletePermissionSetCommand;
import dev.grants.ports.in.DescribeInstanceCommand;
import dev.grants.ports.in.DescribePermissionSetCommand;
import dev.grants.ports.in.DescribePermissionSetProvisioningStatusCommand;
import dev.grants.ports.in.ListAccountsForProvisionedPermissionSetCommand;
import dev.grants.ports.in.ListInstancesCommand;
import dev.grants.ports.in.ListPermissionSetProvisioningStatusCommand;
import dev.grants.ports.in.ListPermissionSetsCommand;
import dev.grants.ports.in.ListPermissionSetsProvisionedToAccountCommand;
import dev.grants.ports.in.ListTagsForResourceCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.ProvisionPermissionSetCommand;
import dev.grants.ports.in.PutInlinePolicyToPermissionSetCommand;
import dev.grants.ports.in.TagMember;
import dev.grants.ports.in.TagResourceCommand;
import dev.grants.ports.in.UntagResourceCommand;
import dev.grants.ports.in.UpdatePermissionSetCommand;
import io.vavr.control.Either;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The IAM Identity Center (sso-admin) wire contract, json 1.1 with PascalCase members: each operation's JSON body
 * to its command, results to their exact responses, {@link GrantsError}s to HTTP 400 (500 for
 * InternalServerException) with the body {@code {"__type":"<Code>","Message":"..."}}. Every answer has
 * {@code Content-Type: application/x-amz-json-1.1}; errors also carry {@code x-amzn-ErrorType}, which names the
 * same code. Timestamps are epoch seconds as a JSON number with a millisecond fraction
 * ({@code 1763726400.123}, a whole second {@code 1763726400.000}). Transport-free: the routing by
 * {@code X-Amz-Target} ({@link SsoAdminOperation}) is the caller's.
 *
 * <pre>{@code
 * SsoAdminCodec codec = SsoAdminCodec.create();
 * WireResponse response = codec.decodeProvisionPermissionSet(context, body).fold(
 *     refusal -> refusal,
 *     command -> provisioning.provision(command).fold(codec::encodeError, codec::encodeProvisioningStatus));
 * // 200 {"PermissionSetProvisioningStatus":{"Status":"IN_PROGRESS","RequestId":"...","AccountId":"111122223333",
 * //      "PermissionSetArn":"arn:aws:sso:::permissionSet/ssoins-.../ps-...","CreatedDate":1763726400.123}}
 * }</pre>
 *
 * <p>A body that is not a JSON object, or has a member of the wrong JSON type, is 400
 * {@code SerializationException}, as json 1.1 services answer it. {@code ClientToken} is read (and its JSON type
 * checked) but not kept.
 *
 * <p>Immutable and thread-safe.
 */
public final class SsoAdminCodec {
  /** The message of every 500: it says that something failed inside, never what. */
  static final String INTERNAL_ERROR = "An internal error occurred.";

  /** {@code InstanceArn}. */
  public static final String INSTANCE_ARN = "InstanceArn";
  /** {@code Name}. */
  public static final String NAME = "Name";
  /** {@code ClientToken} of CreateInstance. */
  public static final String CLIENT_TOKEN = "ClientToken";
  /** {@code Tags}. */
  public static final String TAGS = "Tags";
  /** {@code Key}, of a tag. */
  public static final String KEY = "Key";
  /** {@code Value}, of a tag. */
  public static final String VALUE = "Value";
  /** {@code ResourceArn}, of the tagging operations. */
  public static final String RESOURCE_ARN = "ResourceArn";
  /** {@code TagKeys}, of UntagResource. */
  public static final String TAG_KEYS = "TagKeys";
  /** {@code Instances}. */
  public static final String INSTANCES = "Instances";
  /** {@code IdentityStoreId}. */
  public static final String IDENTITY_STORE_ID = "IdentityStoreId";
  /** {@code OwnerAccountId}. */
  public static final String OWNER_ACCOUNT_ID = "OwnerAccountId";
  /** {@code CreatedDate}. */
  public static final String CREATED_DATE = "CreatedDate";
  /** {@code Status}. */
  public static final String STATUS = "Status";
  /** {@code MaxResults}. */
  public static final String MAX_RESULTS = "MaxResults";
  /** {@code NextToken}. */
  public static final String NEXT_TOKEN = "NextToken";
  /** {@code PermissionSet}. */
  public static final String PERMISSION_SET = "PermissionSet";
  /** {@code PermissionSetArn}. */
  public static final String PERMISSION_SET_ARN = "PermissionSetArn";
  /** {@code Description}. */
  public static final String DESCRIPTION = "Description";
  /** {@code SessionDuration}. */
  public static final String SESSION_DURATION = "SessionDuration";
  /** {@code RelayState}. */
  public static final String RELAY_STATE = "RelayState";
  /** {@code InlinePolicy}. */
  public static final String INLINE_POLICY = "InlinePolicy";
  /** {@code TargetId}. */
  public static final String TARGET_ID = "TargetId";
  /** {@code TargetType}. */
  public static final String TARGET_TYPE = "TargetType";
  /** {@code PermissionSetProvisioningStatus}. */
  public static final String PERMISSION_SET_PROVISIONING_STATUS = "PermissionSetProvisioningStatus";
  /** {@code PermissionSetsProvisioningStatus}, the list of ListPermissionSetProvisioningStatus. */
  public static final String PERMISSION_SETS_PROVISIONING_STATUS = "PermissionSetsProvisioningStatus";
  /** {@code RequestId}. */
  public static final String REQUEST_ID = "RequestId";
  /** {@code AccountId}. */
  public static final String ACCOUNT_ID = "AccountId";
  /** {@code FailureReason}. */
  public static final String FAILURE_REASON = "FailureReason";
  /** {@code ProvisionPermissionSetRequestId}. */
  public static final String PROVISION_PERMISSION_SET_REQUEST_ID = "ProvisionPermissionSetRequestId";
  /** {@code Filter}. */
  public static final String FILTER = "Filter";
  /** {@code ProvisioningStatus}, the filter of the two provisioned listings. */
  public static final String PROVISIONING_STATUS = "ProvisioningStatus";
  /** {@code AccountIds}. */
  public static final String ACCOUNT_IDS = "AccountIds";
  /** {@code PermissionSets}. */
  public static final String PERMISSION_SETS = "PermissionSets";
  /** {@code __type}: the error code in an error body. */
  public static final String ERROR_TYPE = "__type";
  /** {@code Message}: the error text in an error body. */
  public static final String MESSAGE = "Message";
  /** The header that names the error code too. */
  public static final String ERROR_TYPE_HEADER = WireResponse.ERROR_TYPE_HEADER;
  /** The media type of every answer. */
  public static final String CONTENT_TYPE = "application/x-amz-json-1.1";
  /** The status of every instance Grants creates. */
  public static final String INSTANCE_STATUS_ACTIVE = "ACTIVE";

  static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", CONTENT_TYPE);
  static final byte[] EMPTY_OBJECT = {'{', '}'};

  private SsoAdminCodec() {}

  /** The codec. */
  public static SsoAdminCodec create() {
    return new SsoAdminCodec();
  }

  // --- requests -------------------------------------------------------------------------------------------

  /** {@code CreateInstance}: {@code Name}, {@code Tags}; {@code ClientToken} is read and not kept. */
  public Either<WireResponse, CreateInstanceCommand> decodeCreateInstance(CallContext context, byte[] body) {
    return read(body, json -> {
      json.string(CLIENT_TOKEN);
      return CreateInstanceCommand.builder().context(context).name(json.string(NAME)).tags(tags(json)).build();
    });
  }

  /** {@code DescribeInstance}: {@code InstanceArn}. */
  public Either<WireResponse, DescribeInstanceCommand> decodeDescribeInstance(CallContext context, byte[] body) {
    return read(body, json -> DescribeInstanceCommand.builder().context(context)
        .instanceArn(json.string(INSTANCE_ARN)).build());
  }

  /** {@code ListInstances}: {@code MaxResults}, {@code NextToken}. */
  public Either<WireResponse, ListInstancesCommand> decodeListInstances(CallContext context, byte[] body) {
    return read(body, json -> ListInstancesCommand.builder().context(context)
        .maxResults(json.integer(MAX_RESULTS)).nextToken(json.string(NEXT_TOKEN)).build());
  }

  /** {@code CreatePermissionSet}, with its {@code Tags}. */
  public Either<WireResponse, CreatePermissionSetCommand> decodeCreatePermissionSet(CallContext context, byte[] body) {
    return read(body, json -> CreatePermissionSetCommand.builder().context(context)
        .name(json.string(NAME))
        .description(json.string(DESCRIPTION))
        .instanceArn(json.string(INSTANCE_ARN))
        .sessionDuration(json.string(SESSION_DURATION))
        .relayState(json.string(RELAY_STATE))
        .tags(tags(json))
        .build());
  }

  /** {@code ListPermissionSets}: {@code InstanceArn}, {@code MaxResults}, {@code NextToken}. */
  public Either<WireResponse, ListPermissionSetsCommand> decodeListPermissionSets(CallContext context, byte[] body) {
    return read(body, json -> ListPermissionSetsCommand.builder().context(context)
        .instanceArn(json.string(INSTANCE_ARN))
        .maxResults(json.integer(MAX_RESULTS))
        .nextToken(json.string(NEXT_TOKEN))
        .build());
  }

  /** {@code UpdatePermissionSet}: the address and {@code Description}, {@code SessionDuration}, {@code RelayState}. */
  public Either<WireResponse, UpdatePermissionSetCommand> decodeUpdatePermissionSet(CallContext context, byte[] body) {
    return read(body, json -> UpdatePermissionSetCommand.builder().context(context)
        .instanceArn(json.string(INSTANCE_ARN))
        .permissionSetArn(json.string(PERMISSION_SET_ARN))
        .description(json.string(DESCRIPTION))
        .sessionDuration(json.string(SESSION_DURATION))
        .relayState(json.string(RELAY_STATE))
        .build());
  }

  /** {@code TagResource}: {@code InstanceArn}, {@code ResourceArn}, {@code Tags}. */
  public Either<WireResponse, TagResourceCommand> decodeTagResource(CallContext context, byte[] body) {
    return read(body, json -> TagResourceCommand.builder().context(context)
        .instanceArn(json.string(INSTANCE_ARN))
        .resourceArn(json.string(RESOURCE_ARN))
        .tags(tags(json))
        .build());
  }

  /** {@code UntagResource}: {@code InstanceArn}, {@code ResourceArn}, {@code TagKeys}. */
  public Either<WireResponse, UntagResourceCommand> decodeUntagResource(CallContext context, byte[] body) {
    return read(body, json -> UntagResourceCommand.builder().context(context)
        .instanceArn(json.string(INSTANCE_ARN))
        .resourceArn(json.string(RESOURCE_ARN))
        .tagKeys(json.strings(TAG_KEYS))
        .build());
  }

  /** {@code ListTagsForResource}: {@code InstanceArn}, {@code ResourceArn}, {@code NextToken}. */
  public Either<WireResponse, ListTagsForResourceCommand> decodeListTagsForResource(CallContext context, byte[] body) {
    return read(body, json -> ListTagsForResourceCommand.builder().context(context)
        .instanceArn(json.string(INSTANCE_ARN))
        .resourceArn(json.string(RESOURCE_ARN))
        .nextToken(json.string(NEXT_TOKEN))
        .build());
  }

  /** {@code DescribePermissionSet}: {@code InstanceArn}, {@code PermissionSetArn}. */
  public Either<WireResponse, DescribePermissionSetCommand> decodeDescribePermissionSet(
      CallContext context, byte[] body) {
    return read(body, json -> DescribePermissionSetCommand.builder().context(context)
        .instanceArn(json.string(INSTANCE_ARN)).permissionSetArn(json.string(PERMISSION_SET_ARN)).build());
  }

  /** {@code PutInlinePolicyToPermissionSet}: {@code InstanceArn}, {@code PermissionSetArn}, {@code InlinePolicy}. */
  public Either<WireResponse, PutInlinePolicyToPermissionSetCommand> decodePutInlinePolicyToPermissionSet(
      CallContext context, byte[] body) {
    return read(body, json -> PutInlinePolicyToPermissionSetCommand.builder().context(context)
        .instanceArn(json.string(INSTANCE_ARN)).permissionSetArn(json.string(PERMISSION_SET_ARN))
        .inlinePolicy(json.string(INLINE_POLICY)).build());
  }

  /** {@code DeletePermissionSet}: {@code InstanceArn}, {@code PermissionSetArn}. */
  public Either<WireResponse, DeletePermissionSetCommand> decodeDeletePermissionSet(CallContext context, byte[] body) {
    return read(body, json -> DeletePermissionSetCommand.builder().context(context)
        .instanceArn(json.string(INSTANCE_ARN)).permissionSetArn(json.string(PERMISSION_SET_ARN)).build());
  }

  /** {@code ProvisionPermissionSet}: {@code InstanceArn}, {@code PermissionSetArn}, {@code TargetId}, {@code TargetType}. */
  public Either<WireResponse, ProvisionPermissionSetCommand> decodeProvisionPermissionSet(
      CallContext context, byte[] body) {
    return read(body, json -> ProvisionPermissionSetCommand.builder().context(context)
        .instanceArn(json.string(INSTANCE_ARN)).permissionSetArn(json.string(PERMISSION_SET_ARN))
        .targetId(json.string(TARGET_ID)).targetType(json.string(TARGET_TYPE)).build());
  }

  /** {@code DescribePermissionSetProvisioningStatus}: {@code InstanceArn}, {@code ProvisionPermissionSetRequestId}. */
  public Either<WireResponse, DescribePermissionSetProvisioningStatusCommand>
      decodeDescribePermissionSetProvisioningStatus(CallContext context, byte[] body) {
    return read(body, json -> DescribePermissionSetProvisioningStatusCommand.builder().context(context)
        .instanceArn(json.string(INSTANCE_ARN))
        .provisionPermissionSetRequestId(json.string(PROVISION_PERMISSION_SET_REQUEST_ID)).build());
  }

  /** {@code ListPermissionSetProvisioningStatus}: {@code InstanceArn}, {@code MaxResults}, {@code NextToken}, {@code Filter.Status}. */
  public Either<WireResponse, ListPermissionSetProvisioningStatusCommand> decodeListPermissionSetProvisioningStatus(
      CallContext context, byte[] body) {
    return read(body, json -> {
      JsonBody filter = json.object(FILTER);
      return ListPermissionSetProvisioningStatusCommand.builder().context(context)
          .instanceArn(json.string(INSTANCE_ARN))
          .maxResults(json.integer(MAX_RESULTS))
          .nextToken(json.string(NEXT_TOKEN))
          .filterStatus(filter == null ? null : filter.string(STATUS))
          .build();
    });
  }

  /** {@code ListAccountsForProvisionedPermissionSet}. */
  public Either<WireResponse, ListAccountsForProvisionedPermissionSetCommand>
      decodeListAccountsForProvisionedPermissionSet(CallContext context, byte[] body) {
    return read(body, json -> ListAccountsForProvisionedPermissionSetCommand.builder().context(context)
        .instanceArn(json.string(INSTANCE_ARN))
        .permissionSetArn(json.string(PERMISSION_SET_ARN))
        .provisioningStatus(json.string(PROVISIONING_STATUS))
        .maxResults(json.integer(MAX_RESULTS))
        .nextToken(json.string(NEXT_TOKEN))
        .build());
  }

  /** {@code ListPermissionSetsProvisionedToAccount}. */
  public Either<WireResponse, ListPermissionSetsProvisionedToAccountCommand>
      decodeListPermissionSetsProvisionedToAccount(CallContext context, byte[] body) {
    return read(body, json -> ListPermissionSetsProvisionedToAccountCommand.builder().context(context)
        .instanceArn(json.string(INSTANCE_ARN))
        .accountId(json.string(ACCOUNT_ID))
        .provisioningStatus(json.string(PROVISIONING_STATUS))
        .maxResults(json.integer(MAX_RESULTS))
        .nextToken(json.string(NEXT_TOKEN))
        .build());
  }

  // --- results --------------------------------------------------------------------------------------------

  /** The answer of {@code CreateInstance}: {@code {"InstanceArn":"..."}}. */
  public WireResponse encodeCreatedInstance(Instance instance) {
    return ok(out -> {
      out.writeStartObject();
      out.writeStringField(INSTANCE_ARN, instance.arn().toString());
      out.writeEndObject();
    });
  }

  /**
   * The answer of {@code ListInstances}: {@code {"Instances":[{InstanceArn, IdentityStoreId, OwnerAccountId,
   * Name?, CreatedDate, Status}], "NextToken"?}}; every instance is {@code ACTIVE}.
   */
  public WireResponse encodeInstances(Page<Instance> page) {
    return ok(out -> {
      out.writeStartObject();
      out.writeArrayFieldStart(INSTANCES);
      for (Instance instance : page.items()) {
        out.writeStartObject();
        instance(out, instance);
        out.writeEndObject();
      }
      out.writeEndArray();
      JsonWriting.optional(out, NEXT_TOKEN, page.nextToken());
      out.writeEndObject();
    });
  }

  /**
   * The answer of {@code DescribeInstance}: {@code {InstanceArn, IdentityStoreId, OwnerAccountId, Name?,
   * CreatedDate, Status}}, the members of a {@code ListInstances} item; every instance is {@code ACTIVE}.
   */
  public WireResponse encodeInstance(Instance instance) {
    return ok(out -> {
      out.writeStartObject();
      instance(out, instance);
      out.writeEndObject();
    });
  }

  /** The answer of {@code ListPermissionSets}: {@code {"PermissionSets":["arn:aws:sso:::permissionSet/..."], "NextToken"?}}. */
  public WireResponse encodePermissionSetArns(Page<PermissionSetArn> page) {
    return list(PERMISSION_SETS, new Page<>(page.items().stream().map(PermissionSetArn::toString).toList(),
        page.nextToken()));
  }

  /** The answer of {@code UpdatePermissionSet}: {@code {}}. */
  public WireResponse encodePermissionSetUpdated(PermissionSet updated) {
    return new WireResponse(200, JSON_HEADERS, EMPTY_OBJECT);
  }

  /** The answer of {@code TagResource} and {@code UntagResource}: {@code {}}. */
  public WireResponse encodeTagsChanged(List<Tag> tags) {
    return new WireResponse(200, JSON_HEADERS, EMPTY_OBJECT);
  }

  /** The answer of {@code ListTagsForResource}: {@code {"Tags":[{"Key":"...","Value":"..."}], "NextToken"?}}. */
  public WireResponse encodeTags(Page<Tag> page) {
    return ok(out -> {
      out.writeStartObject();
      out.writeArrayFieldStart(TAGS);
      for (Tag tag : page.items()) {
        out.writeStartObject();
        out.writeStringField(KEY, tag.key());
        out.writeStringField(VALUE, tag.value());
        out.writeEndObject();
      }
      out.writeEndArray();
      JsonWriting.optional(out, NEXT_TOKEN, page.nextToken());
      out.writeEndObject();
    });
  }

  /**
   * The answer of {@code CreatePermissionSet} and {@code DescribePermissionSet}: {@code {"PermissionSet":{Name,
   * PermissionSetArn, Description?, CreatedDate, SessionDuration, RelayState?}}}.
   */
  public WireResponse encodePermissionSet(PermissionSet permissionSet) {
    return ok(out -> {
      out.writeStartObject();
      out.writeObjectFieldStart(PERMISSION_SET);
      out.writeStringField(NAME, permissionSet.name());
      out.writeStringField(PERMISSION_SET_ARN, permissionSet.arn().toString());
      JsonWriting.optional(out, DESCRIPTION, permissionSet.description());
      date(out, permissionSet.createdDate());
      out.writeStringField(SESSION_DURATION, permissionSet.sessionDuration());
      JsonWriting.optional(out, RELAY_STATE, permissionSet.relayState());
      out.writeEndObject();
      out.writeEndObject();
    });
  }

  /** The answer of {@code PutInlinePolicyToPermissionSet}: {@code {}}. */
  public WireResponse encodeInlinePolicyPut(PermissionSet changed) {
    return new WireResponse(200, JSON_HEADERS, EMPTY_OBJECT);
  }

  /** The answer of {@code DeletePermissionSet}: {@code {}}. */
  public WireResponse encodeDeleted(PermissionSet deleted) {
    return new WireResponse(200, JSON_HEADERS, EMPTY_OBJECT);
  }

  /**
   * The answer of {@code ProvisionPermissionSet} and {@code DescribePermissionSetProvisioningStatus}:
   * {@code {"PermissionSetProvisioningStatus":{Status, RequestId, AccountId?, PermissionSetArn, FailureReason?,
   * CreatedDate}}}; {@code AccountId} only for an {@code AWS_ACCOUNT} request, {@code FailureReason} only when
   * it failed.
   */
  public WireResponse encodeProvisioningStatus(ProvisioningRequest request) {
    return ok(out -> {
      out.writeStartObject();
      out.writeObjectFieldStart(PERMISSION_SET_PROVISIONING_STATUS);
      out.writeStringField(STATUS, request.status().name());
      out.writeStringField(REQUEST_ID, request.requestId());
      if (request.account() != null) {
        out.writeStringField(ACCOUNT_ID, request.account().value());
      }
      out.writeStringField(PERMISSION_SET_ARN, request.permissionSet().toString());
      JsonWriting.optional(out, FAILURE_REASON, WellFormed.text(request.failureReason().getOrNull()));
      date(out, request.createdDate());
      out.writeEndObject();
      out.writeEndObject();
    });
  }

  /**
   * The answer of {@code ListPermissionSetProvisioningStatus}: {@code {"PermissionSetsProvisioningStatus":[{Status,
   * RequestId, CreatedDate}], "NextToken"?}}.
   */
  public WireResponse encodeProvisioningStatuses(Page<ProvisioningRequest> page) {
    return ok(out -> {
      out.writeStartObject();
      out.writeArrayFieldStart(PERMISSION_SETS_PROVISIONING_STATUS);
      for (ProvisioningRequest request : page.items()) {
        out.writeStartObject();
        out.writeStringField(STATUS, request.status().name());
        out.writeStringField(REQUEST_ID, request.requestId());
        date(out, request.createdDate());
        out.writeEndObject();
      }
      out.writeEndArray();
      JsonWriting.optional(out, NEXT_TOKEN, page.nextToken());
      out.writeEndObject();
    });
  }

  /** The answer of {@code ListAccountsForProvisionedPermissionSet}: {@code {"AccountIds":[...], "NextToken"?}}. */
  public WireResponse encodeAccounts(Page<String> page) {
    return list(ACCOUNT_IDS, page);
  }

  /** The answer of {@code ListPermissionSetsProvisionedToAccount}: {@code {"PermissionSets":[...], "NextToken"?}}. */
  public WireResponse encodePermissionSets(Page<String> page) {
    return list(PERMISSION_SETS, page);
  }

  // --- errors ---------------------------------------------------------------------------------------------

  /**
   * The sso-admin error for a refusal ({@link SsoAdminErrors}): always 400, and 500 InternalServerException for an
   * error of another family.
   */
  public WireResponse encodeError(GrantsError error) {
    return SsoAdminErrors.table().answer(null, error);
  }

  /** 400 SerializationException: the body is not a JSON object, or a member has the wrong JSON type. */
  public WireResponse serializationException(String detail) {
    return clientError("SerializationException", detail);
  }

  /** 400 UnknownOperationException: {@code target} (the {@code X-Amz-Target} header, null when absent) names no operation. */
  public WireResponse unknownOperation(String target) {
    return clientError("UnknownOperationException", target == null
        ? "Unknown operation: the request has no X-Amz-Target header."
        : "Unknown operation: " + target);
  }

  /** 404 UnknownOperationException: a method other than POST on the json 1.1 path. */
  public WireResponse unknownMethod(String method, String path) {
    return error(404, "UnknownOperationException", "Unknown operation: " + method + ' ' + path);
  }

  /** 400 ThrottlingException: retry later (SDKs do it themselves). */
  public WireResponse throttling(String message) {
    return clientError("ThrottlingException", message);
  }

  /** 413 RequestTooLargeException: the body is larger than {@code limit} bytes. */
  public WireResponse requestTooLarge(long limit) {
    return error(413, "RequestTooLargeException", "Request must be smaller than " + limit + " bytes.");
  }

  /** 500 InternalServerException: a real internal fault. */
  public WireResponse internalError(String message) {
    return error(500, "InternalServerException", message);
  }

  // --- helpers --------------------------------------------------------------------------------------------

  interface Reader<T> {
    T read(JsonBody json) throws BodyFormatException;
  }

  <T> Either<WireResponse, T> read(byte[] body, Reader<T> reader) {
    try {
      return Either.right(reader.read(JsonBody.parse(body)));
    } catch (BodyFormatException e) {
      return Either.left(serializationException(e.getMessage()));
    }
  }

  /** {@code Tags}: a list of {@code {Key, Value}} strings, as given; {@code null} when the member is absent. */
  private static List<TagMember> tags(JsonBody json) throws BodyFormatException {
    List<JsonBody> tags = json.objects(TAGS);
    if (tags == null) {
      return null;
    }
    List<TagMember> members = new ArrayList<>(tags.size());
    for (JsonBody tag : tags) {
      members.add(TagMember.of(tag.string(KEY), tag.string(VALUE)));
    }
    return members;
  }

  /** The members of an instance, as DescribeInstance and a ListInstances item write them. */
  private static void instance(JsonGenerator out, Instance instance) throws IOException {
    out.writeStringField(INSTANCE_ARN, instance.arn().toString());
    out.writeStringField(IDENTITY_STORE_ID, instance.identityStoreId());
    out.writeStringField(OWNER_ACCOUNT_ID, instance.owner().value());
    JsonWriting.optional(out, NAME, instance.name());
    date(out, instance.createdDate());
    out.writeStringField(STATUS, INSTANCE_STATUS_ACTIVE);
  }

  /** {@code CreatedDate}: epoch seconds with exactly three fraction digits (the domain keeps milliseconds). */
  private static void date(JsonGenerator out, Instant instant) throws IOException {
    out.writeFieldName(CREATED_DATE);
    out.writeNumber(BigDecimal.valueOf(instant.toEpochMilli(), 3).toPlainString());
  }

  private static WireResponse list(String member, Page<String> page) {
    return ok(out -> {
      out.writeStartObject();
      out.writeArrayFieldStart(member);
      for (String item : page.items()) {
        out.writeString(item);
      }
      out.writeEndArray();
      JsonWriting.optional(out, NEXT_TOKEN, page.nextToken());
      out.writeEndObject();
    });
  }

  static WireResponse ok(JsonWriting.Body body) {
    return new WireResponse(200, JSON_HEADERS, JsonWriting.json(body));
  }

  /** 400 ValidationException with {@code message}. */
  static WireResponse validation(String message) {
    return clientError("ValidationException", message);
  }

  /** 400 {@code code} with {@code message}. */
  static WireResponse clientError(String code, String message) {
    return error(400, code, message);
  }

  /** The json 1.1 error format: {@code {"__type":"<code>","Message":"..."}}. */
  static WireResponse error(int status, String code, String message) {
    return WireResponse.error(status, CONTENT_TYPE, code, JsonWriting.json(out -> {
      out.writeStartObject();
      out.writeStringField(ERROR_TYPE, code);
      out.writeStringField(MESSAGE, WellFormed.text(message));
      out.writeEndObject();
    }));
  }
}
