package dev.grants.adapters.json.ssoadmin;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.grants.adapters.json.wire.BodyFormatException;
import dev.grants.adapters.json.wire.JsonBody;
import dev.grants.adapters.json.wire.JsonWriting;
import dev.grants.adapters.json.wire.WellFormed;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.provisioning.AccountAssignment;
import dev.grants.domain.provisioning.AssignmentOperation;
import dev.grants.ports.in.AssignmentGiven;
import dev.grants.ports.in.AssignmentStatusListing;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.CreateAccountAssignmentCommand;
import dev.grants.ports.in.DeleteAccountAssignmentCommand;
import dev.grants.ports.in.DescribeAccountAssignmentCreationStatusCommand;
import dev.grants.ports.in.DescribeAccountAssignmentDeletionStatusCommand;
import dev.grants.ports.in.ListAccountAssignmentCreationStatusCommand;
import dev.grants.ports.in.ListAccountAssignmentDeletionStatusCommand;
import dev.grants.ports.in.ListAccountAssignmentsCommand;
import dev.grants.ports.in.ListAccountAssignmentsForPrincipalCommand;
import dev.grants.ports.in.Page;
import io.vavr.control.Either;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The account-assignment part of the sso-admin wire contract (json 1.1, PascalCase members), beside
 * {@link SsoAdminCodec}, whose error format and transport rules it shares: the eight operations' bodies to their
 * commands, their results to the exact responses. An operation status ({@code AccountAssignmentOperationStatus}) is
 * written with the model's members in the model's order, {@code FailureReason} only when it failed, and
 * {@code TargetType} always {@code AWS_ACCOUNT}.
 *
 * <pre>{@code
 * SsoAdminAssignmentCodec codec = SsoAdminAssignmentCodec.create();
 * WireResponse response = codec.decodeCreateAccountAssignment(context, body).fold(refusal -> refusal,
 *     command -> assignments.createAccountAssignment(command).fold(errors::encodeError, codec::encodeCreationStatus));
 * // 200 {"AccountAssignmentCreationStatus":{"Status":"IN_PROGRESS","RequestId":"...","TargetId":"111122223333",
 * //      "TargetType":"AWS_ACCOUNT","PermissionSetArn":"arn:aws:sso:::permissionSet/...","PrincipalType":"USER",
 * //      "PrincipalId":"...","CreatedDate":1763726400.123}}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SsoAdminAssignmentCodec {
  /** {@code PrincipalType}. */
  public static final String PRINCIPAL_TYPE = "PrincipalType";
  /** {@code PrincipalId}. */
  public static final String PRINCIPAL_ID = "PrincipalId";
  /** {@code AccountAssignmentCreationStatus}. */
  public static final String CREATION_STATUS = "AccountAssignmentCreationStatus";
  /** {@code AccountAssignmentDeletionStatus}. */
  public static final String DELETION_STATUS = "AccountAssignmentDeletionStatus";
  /** {@code AccountAssignmentsCreationStatus}, the list of ListAccountAssignmentCreationStatus. */
  public static final String CREATION_STATUSES = "AccountAssignmentsCreationStatus";
  /** {@code AccountAssignmentsDeletionStatus}, the list of ListAccountAssignmentDeletionStatus. */
  public static final String DELETION_STATUSES = "AccountAssignmentsDeletionStatus";
  /** {@code AccountAssignmentCreationRequestId}. */
  public static final String CREATION_REQUEST_ID = "AccountAssignmentCreationRequestId";
  /** {@code AccountAssignmentDeletionRequestId}. */
  public static final String DELETION_REQUEST_ID = "AccountAssignmentDeletionRequestId";
  /** {@code AccountAssignments}, the list of both assignment listings. */
  public static final String ACCOUNT_ASSIGNMENTS = "AccountAssignments";
  /** The only target type there is. */
  public static final String AWS_ACCOUNT = "AWS_ACCOUNT";

  private static final SsoAdminCodec TRANSPORT = SsoAdminCodec.create();
  private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", SsoAdminCodec.CONTENT_TYPE);

  private SsoAdminAssignmentCodec() {}

  /** The codec. */
  public static SsoAdminAssignmentCodec create() {
    return new SsoAdminAssignmentCodec();
  }

  // --- requests -------------------------------------------------------------------------------------------

  /** {@code CreateAccountAssignment}: the instance, target, permission set and principal. */
  public Either<WireResponse, CreateAccountAssignmentCommand> decodeCreateAccountAssignment(CallContext context,
      byte[] body) {
    return decode(body, json -> CreateAccountAssignmentCommand.builder().from(assignment(context, json)).build());
  }

  /** {@code DeleteAccountAssignment}: the members of {@code CreateAccountAssignment}. */
  public Either<WireResponse, DeleteAccountAssignmentCommand> decodeDeleteAccountAssignment(CallContext context,
      byte[] body) {
    return decode(body, json -> DeleteAccountAssignmentCommand.builder().from(assignment(context, json)).build());
  }

  /** {@code DescribeAccountAssignmentCreationStatus}: {@code InstanceArn}, {@code AccountAssignmentCreationRequestId}. */
  public Either<WireResponse, DescribeAccountAssignmentCreationStatusCommand> decodeDescribeCreationStatus(
      CallContext context, byte[] body) {
    return decode(body, json -> DescribeAccountAssignmentCreationStatusCommand.builder().context(context)
        .instanceArn(json.string(SsoAdminCodec.INSTANCE_ARN))
        .accountAssignmentCreationRequestId(json.string(CREATION_REQUEST_ID)).build());
  }

  /** {@code DescribeAccountAssignmentDeletionStatus}: {@code InstanceArn}, {@code AccountAssignmentDeletionRequestId}. */
  public Either<WireResponse, DescribeAccountAssignmentDeletionStatusCommand> decodeDescribeDeletionStatus(
      CallContext context, byte[] body) {
    return decode(body, json -> DescribeAccountAssignmentDeletionStatusCommand.builder().context(context)
        .instanceArn(json.string(SsoAdminCodec.INSTANCE_ARN))
        .accountAssignmentDeletionRequestId(json.string(DELETION_REQUEST_ID)).build());
  }

  /** {@code ListAccountAssignmentCreationStatus}: {@code InstanceArn}, paging, {@code Filter.Status}. */
  public Either<WireResponse, ListAccountAssignmentCreationStatusCommand> decodeListCreationStatus(
      CallContext context, byte[] body) {
    return decode(body, json -> ListAccountAssignmentCreationStatusCommand.builder()
        .from(statusListing(context, json)).build());
  }

  /** {@code ListAccountAssignmentDeletionStatus}: {@code InstanceArn}, paging, {@code Filter.Status}. */
  public Either<WireResponse, ListAccountAssignmentDeletionStatusCommand> decodeListDeletionStatus(
      CallContext context, byte[] body) {
    return decode(body, json -> ListAccountAssignmentDeletionStatusCommand.builder()
        .from(statusListing(context, json)).build());
  }

  /** {@code ListAccountAssignments}: {@code InstanceArn}, {@code AccountId}, {@code PermissionSetArn}, paging. */
  public Either<WireResponse, ListAccountAssignmentsCommand> decodeListAccountAssignments(CallContext context,
      byte[] body) {
    return decode(body, json -> ListAccountAssignmentsCommand.builder().context(context)
        .instanceArn(json.string(SsoAdminCodec.INSTANCE_ARN))
        .accountId(json.string(SsoAdminCodec.ACCOUNT_ID))
        .permissionSetArn(json.string(SsoAdminCodec.PERMISSION_SET_ARN))
        .maxResults(json.integer(SsoAdminCodec.MAX_RESULTS))
        .nextToken(json.string(SsoAdminCodec.NEXT_TOKEN))
        .build());
  }

  /** {@code ListAccountAssignmentsForPrincipal}: the instance, the principal, {@code Filter.AccountId}, paging. */
  public Either<WireResponse, ListAccountAssignmentsForPrincipalCommand> decodeListAccountAssignmentsForPrincipal(
      CallContext context, byte[] body) {
    return decode(body, json -> {
      JsonBody filter = json.object(SsoAdminCodec.FILTER);
      return ListAccountAssignmentsForPrincipalCommand.builder().context(context)
          .instanceArn(json.string(SsoAdminCodec.INSTANCE_ARN))
          .principalId(json.string(PRINCIPAL_ID))
          .principalType(json.string(PRINCIPAL_TYPE))
          .filterAccountId(filter == null ? null : filter.string(SsoAdminCodec.ACCOUNT_ID))
          .nextToken(json.string(SsoAdminCodec.NEXT_TOKEN))
          .maxResults(json.integer(SsoAdminCodec.MAX_RESULTS))
          .build();
    });
  }

  // --- results --------------------------------------------------------------------------------------------

  /**
   * The answer of {@code CreateAccountAssignment} and {@code DescribeAccountAssignmentCreationStatus}:
   * {@code {"AccountAssignmentCreationStatus":{Status, RequestId, FailureReason?, TargetId, TargetType,
   * PermissionSetArn, PrincipalType, PrincipalId, CreatedDate}}}.
   */
  public WireResponse encodeCreationStatus(AssignmentOperation creation) {
    return status(CREATION_STATUS, creation);
  }

  /**
   * The answer of {@code DeleteAccountAssignment} and {@code DescribeAccountAssignmentDeletionStatus}:
   * {@code {"AccountAssignmentDeletionStatus":{...}}}, the members of a creation status.
   */
  public WireResponse encodeDeletionStatus(AssignmentOperation deletion) {
    return status(DELETION_STATUS, deletion);
  }

  /**
   * The answer of {@code ListAccountAssignmentCreationStatus}: {@code {"AccountAssignmentsCreationStatus":[{Status,
   * RequestId, CreatedDate}], "NextToken"?}}.
   */
  public WireResponse encodeCreationStatuses(Page<AssignmentOperation> page) {
    return statuses(CREATION_STATUSES, page);
  }

  /** The answer of {@code ListAccountAssignmentDeletionStatus}: {@code {"AccountAssignmentsDeletionStatus":[...]}}. */
  public WireResponse encodeDeletionStatuses(Page<AssignmentOperation> page) {
    return statuses(DELETION_STATUSES, page);
  }

  /**
   * The answer of {@code ListAccountAssignments}: {@code {"AccountAssignments":[{AccountId, PermissionSetArn,
   * PrincipalType, PrincipalId}], "NextToken"?}}.
   */
  public WireResponse encodeAccountAssignments(Page<AccountAssignment> page) {
    return assignments(page, List.of(PRINCIPAL_TYPE, PRINCIPAL_ID));
  }

  /**
   * The answer of {@code ListAccountAssignmentsForPrincipal}: {@code {"AccountAssignments":[{AccountId,
   * PermissionSetArn, PrincipalId, PrincipalType}], "NextToken"?}} (the model orders the principal's members so).
   */
  public WireResponse encodeAccountAssignmentsForPrincipal(Page<AccountAssignment> page) {
    return assignments(page, List.of(PRINCIPAL_ID, PRINCIPAL_TYPE));
  }

  // --- helpers --------------------------------------------------------------------------------------------

  private interface Decoder<T> {
    T from(JsonBody json) throws BodyFormatException;
  }

  /** The members that name an assignment, as given: what Create and Delete both take. */
  private record Assignment(CallContext context, String instanceArn, String permissionSetArn, String targetId,
      String targetType, String principalType, String principalId) implements AssignmentGiven {}

  /** The members of the two status listings, as given. */
  private record StatusListing(CallContext context, String instanceArn, String filterStatus, Integer maxResults,
      String nextToken) implements AssignmentStatusListing {}

  private static Assignment assignment(CallContext context, JsonBody json) throws BodyFormatException {
    return new Assignment(context, json.string(SsoAdminCodec.INSTANCE_ARN),
        json.string(SsoAdminCodec.PERMISSION_SET_ARN), json.string(SsoAdminCodec.TARGET_ID),
        json.string(SsoAdminCodec.TARGET_TYPE), json.string(PRINCIPAL_TYPE), json.string(PRINCIPAL_ID));
  }

  private static StatusListing statusListing(CallContext context, JsonBody json) throws BodyFormatException {
    JsonBody filter = json.object(SsoAdminCodec.FILTER);
    return new StatusListing(context, json.string(SsoAdminCodec.INSTANCE_ARN),
        filter == null ? null : filter.string(SsoAdminCodec.STATUS), json.integer(SsoAdminCodec.MAX_RESULTS),
        json.string(SsoAdminCodec.NEXT_TOKEN));
  }

  private static <T> Either<WireResponse, T> decode(byte[] body, Decoder<T> decoder) {
    try {
      return Either.right(decoder.from(JsonBody.parse(body)));
    } catch (BodyFormatException broken) {
      return Either.left(TRANSPORT.serializationException(broken.getMessage()));
    }
  }

  private static WireResponse status(String member, AssignmentOperation operation) {
    return answer(out -> {
      out.writeStartObject();
      out.writeObjectFieldStart(member);
      out.writeStringField(SsoAdminCodec.STATUS, operation.status().name());
      out.writeStringField(SsoAdminCodec.REQUEST_ID, operation.requestId());
      JsonWriting.optional(out, SsoAdminCodec.FAILURE_REASON, WellFormed.text(operation.failureReason()));
      AccountAssignment assignment = operation.assignment();
      out.writeStringField(SsoAdminCodec.TARGET_ID, assignment.account().value());
      out.writeStringField(SsoAdminCodec.TARGET_TYPE, AWS_ACCOUNT);
      out.writeStringField(SsoAdminCodec.PERMISSION_SET_ARN, assignment.permissionSet().toString());
      out.writeStringField(PRINCIPAL_TYPE, assignment.principalType().name());
      out.writeStringField(PRINCIPAL_ID, assignment.principalId());
      createdDate(out, operation);
      out.writeEndObject();
      out.writeEndObject();
    });
  }

  private static WireResponse statuses(String member, Page<AssignmentOperation> page) {
    return answer(out -> {
      out.writeStartObject();
      out.writeArrayFieldStart(member);
      for (AssignmentOperation operation : page.items()) {
        out.writeStartObject();
        out.writeStringField(SsoAdminCodec.STATUS, operation.status().name());
        out.writeStringField(SsoAdminCodec.REQUEST_ID, operation.requestId());
        createdDate(out, operation);
        out.writeEndObject();
      }
      out.writeEndArray();
      JsonWriting.optional(out, SsoAdminCodec.NEXT_TOKEN, page.nextToken());
      out.writeEndObject();
    });
  }

  /** An assignment listing; {@code principalMembers} are PrincipalType and PrincipalId in the listing's order. */
  private static WireResponse assignments(Page<AccountAssignment> page, List<String> principalMembers) {
    return answer(out -> {
      out.writeStartObject();
      out.writeArrayFieldStart(ACCOUNT_ASSIGNMENTS);
      for (AccountAssignment assignment : page.items()) {
        out.writeStartObject();
        out.writeStringField(SsoAdminCodec.ACCOUNT_ID, assignment.account().value());
        out.writeStringField(SsoAdminCodec.PERMISSION_SET_ARN, assignment.permissionSet().toString());
        for (String principal : principalMembers) {
          out.writeStringField(principal, principal.equals(PRINCIPAL_TYPE)
              ? assignment.principalType().name() : assignment.principalId());
        }
        out.writeEndObject();
      }
      out.writeEndArray();
      JsonWriting.optional(out, SsoAdminCodec.NEXT_TOKEN, page.nextToken());
      out.writeEndObject();
    });
  }

  /** {@code CreatedDate}: epoch seconds with exactly three fraction digits, as {@link SsoAdminCodec} writes it. */
  private static void createdDate(JsonGenerator out, AssignmentOperation operation) throws IOException {
    out.writeFieldName(SsoAdminCodec.CREATED_DATE);
    out.writeNumber(BigDecimal.valueOf(operation.createdDate().toEpochMilli(), 3).toPlainString());
  }

  private static WireResponse answer(JsonWriting.Body body) {
    return new WireResponse(200, JSON_HEADERS, JsonWriting.json(body));
  }
}
