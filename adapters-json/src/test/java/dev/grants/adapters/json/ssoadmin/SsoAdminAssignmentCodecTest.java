package dev.grants.adapters.json.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.error.GrantsError.AssignmentConflict;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.AccountAssignment;
import dev.grants.domain.provisioning.AssignmentOperation;
import dev.grants.domain.provisioning.AssignmentOperation.Kind;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.PrincipalType;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.ports.in.CreateAccountAssignmentCommand;
import dev.grants.ports.in.DeleteAccountAssignmentCommand;
import dev.grants.ports.in.DescribeAccountAssignmentCreationStatusCommand;
import dev.grants.ports.in.DescribeAccountAssignmentDeletionStatusCommand;
import dev.grants.ports.in.ListAccountAssignmentCreationStatusCommand;
import dev.grants.ports.in.ListAccountAssignmentDeletionStatusCommand;
import dev.grants.ports.in.ListAccountAssignmentsCommand;
import dev.grants.ports.in.ListAccountAssignmentsForPrincipalCommand;
import dev.grants.ports.in.Page;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SsoAdminAssignmentCodecTest {
  private static final SsoAdminAssignmentCodec CODEC = SsoAdminAssignmentCodec.create();
  private static final String INSTANCE = "arn:aws:sso:::instance/ssoins-1234567890abcdef";
  private static final String SET = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-0123456789abcdef";
  private static final String REQUEST = "b5f0a1c2-3d4e-4f50-8a6b-7c8d9e0f1a2b";
  private static final String ACCOUNT = "111122223333";
  private static final String USER = "f81d4fae-7dec-11d0-a765-00a0c91e6bf6";
  private static final Instant CREATED = Instant.parse("2025-11-21T12:00:00.123Z");
  private static final AccountAssignment ASSIGNMENT = new AccountAssignment(PermissionSetArn.parse(SET).get(),
      AccountId.of(ACCOUNT), PrincipalType.USER, USER);
  private static final String ASSIGNMENT_BODY = "{\"InstanceArn\":\"" + INSTANCE + "\",\"TargetId\":\"" + ACCOUNT
      + "\",\"TargetType\":\"AWS_ACCOUNT\",\"PermissionSetArn\":\"" + SET + "\",\"PrincipalType\":\"USER\","
      + "\"PrincipalId\":\"" + USER + "\"}";

  // --- requests -------------------------------------------------------------------------------------------

  @Test
  void create_and_delete_requests_become_their_commands() {
    assertThat(CODEC.decodeCreateAccountAssignment(Fixtures.context(), bytes(ASSIGNMENT_BODY)))
        .isEqualTo(Either.right(CreateAccountAssignmentCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).targetId(ACCOUNT).targetType("AWS_ACCOUNT").permissionSetArn(SET)
            .principalType("USER").principalId(USER).build()));
    assertThat(CODEC.decodeDeleteAccountAssignment(Fixtures.context(), bytes(ASSIGNMENT_BODY)))
        .isEqualTo(Either.right(DeleteAccountAssignmentCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).targetId(ACCOUNT).targetType("AWS_ACCOUNT").permissionSetArn(SET)
            .principalType("USER").principalId(USER).build()));
  }

  @Test
  void describe_and_list_status_requests_become_their_commands_with_the_filter() {
    assertThat(CODEC.decodeDescribeCreationStatus(Fixtures.context(), bytes("{\"InstanceArn\":\"" + INSTANCE
        + "\",\"AccountAssignmentCreationRequestId\":\"" + REQUEST + "\"}")))
        .isEqualTo(Either.right(DescribeAccountAssignmentCreationStatusCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).accountAssignmentCreationRequestId(REQUEST).build()));
    assertThat(CODEC.decodeDescribeDeletionStatus(Fixtures.context(), bytes("{\"InstanceArn\":\"" + INSTANCE
        + "\",\"AccountAssignmentDeletionRequestId\":\"" + REQUEST + "\"}")))
        .isEqualTo(Either.right(DescribeAccountAssignmentDeletionStatusCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).accountAssignmentDeletionRequestId(REQUEST).build()));
    String listing = "{\"InstanceArn\":\"" + INSTANCE + "\",\"MaxResults\":5,\"NextToken\":\"abc\","
        + "\"Filter\":{\"Status\":\"FAILED\"}}";
    assertThat(CODEC.decodeListCreationStatus(Fixtures.context(), bytes(listing)))
        .isEqualTo(Either.right(ListAccountAssignmentCreationStatusCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).maxResults(5).nextToken("abc").filterStatus("FAILED").build()));
    assertThat(CODEC.decodeListDeletionStatus(Fixtures.context(), bytes("{\"InstanceArn\":\"" + INSTANCE + "\"}")))
        .isEqualTo(Either.right(ListAccountAssignmentDeletionStatusCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).build()));
  }

  @Test
  void the_assignment_listings_become_their_commands() {
    assertThat(CODEC.decodeListAccountAssignments(Fixtures.context(), bytes("{\"InstanceArn\":\"" + INSTANCE
        + "\",\"AccountId\":\"" + ACCOUNT + "\",\"PermissionSetArn\":\"" + SET + "\",\"MaxResults\":2}")))
        .isEqualTo(Either.right(ListAccountAssignmentsCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).accountId(ACCOUNT).permissionSetArn(SET).maxResults(2).build()));
    assertThat(CODEC.decodeListAccountAssignmentsForPrincipal(Fixtures.context(), bytes("{\"InstanceArn\":\""
        + INSTANCE + "\",\"PrincipalId\":\"" + USER + "\",\"PrincipalType\":\"USER\",\"Filter\":{\"AccountId\":\""
        + ACCOUNT + "\"},\"NextToken\":\"t\"}")))
        .isEqualTo(Either.right(ListAccountAssignmentsForPrincipalCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).principalId(USER).principalType("USER").filterAccountId(ACCOUNT).nextToken("t")
            .build()));
  }

  @Test
  void a_member_of_the_wrong_json_type_is_a_serialization_exception() {
    WireResponse refused = CODEC.decodeCreateAccountAssignment(Fixtures.context(),
        bytes("{\"TargetId\":111122223333}")).getLeft();

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("x-amzn-ErrorType")).isEqualTo("SerializationException");
    assertThat(CODEC.decodeListAccountAssignmentsForPrincipal(Fixtures.context(), bytes("{\"Filter\":\"x\"}"))
        .getLeft().header("x-amzn-ErrorType")).isEqualTo("SerializationException");
  }

  // --- results --------------------------------------------------------------------------------------------

  @Test
  void a_creation_status_has_the_model_members_in_order_and_a_failure_its_reason() {
    AssignmentOperation running = AssignmentOperation.inProgress(Kind.CREATION, REQUEST, ASSIGNMENT, CREATED);

    assertOk(CODEC.encodeCreationStatus(running), "{\"AccountAssignmentCreationStatus\":{\"Status\":\"IN_PROGRESS\","
        + "\"RequestId\":\"" + REQUEST + "\",\"TargetId\":\"" + ACCOUNT + "\",\"TargetType\":\"AWS_ACCOUNT\","
        + "\"PermissionSetArn\":\"" + SET + "\",\"PrincipalType\":\"USER\",\"PrincipalId\":\"" + USER + "\","
        + "\"CreatedDate\":1763726400.123}}");
    assertOk(CODEC.encodeCreationStatus(new AssignmentOperation(Kind.CREATION, REQUEST, ASSIGNMENT,
        ProvisioningStatus.FAILED, "No role", CREATED)), "{\"AccountAssignmentCreationStatus\":{\"Status\":"
        + "\"FAILED\",\"RequestId\":\"" + REQUEST + "\",\"FailureReason\":\"No role\",\"TargetId\":\"" + ACCOUNT
        + "\",\"TargetType\":\"AWS_ACCOUNT\",\"PermissionSetArn\":\"" + SET + "\",\"PrincipalType\":\"USER\","
        + "\"PrincipalId\":\"" + USER + "\",\"CreatedDate\":1763726400.123}}");
  }

  @Test
  void a_deletion_status_and_the_status_lists_are_written_exactly() {
    AssignmentOperation deleted = AssignmentOperation.deleted(REQUEST, ASSIGNMENT, Instant.parse(
        "2025-11-21T12:00:00Z"));

    assertOk(CODEC.encodeDeletionStatus(deleted), "{\"AccountAssignmentDeletionStatus\":{\"Status\":\"SUCCEEDED\","
        + "\"RequestId\":\"" + REQUEST + "\",\"TargetId\":\"" + ACCOUNT + "\",\"TargetType\":\"AWS_ACCOUNT\","
        + "\"PermissionSetArn\":\"" + SET + "\",\"PrincipalType\":\"USER\",\"PrincipalId\":\"" + USER + "\","
        + "\"CreatedDate\":1763726400.000}}");
    assertOk(CODEC.encodeDeletionStatuses(new Page<>(List.of(deleted), "next")),
        "{\"AccountAssignmentsDeletionStatus\":[{\"Status\":\"SUCCEEDED\",\"RequestId\":\"" + REQUEST + "\","
            + "\"CreatedDate\":1763726400.000}],\"NextToken\":\"next\"}");
    assertOk(CODEC.encodeCreationStatuses(new Page<>(List.of(), null)), "{\"AccountAssignmentsCreationStatus\":[]}");
  }

  @Test
  void the_assignment_listings_write_the_principal_members_in_each_shape_order() {
    Page<AccountAssignment> page = new Page<>(List.of(ASSIGNMENT), null);

    assertOk(CODEC.encodeAccountAssignments(page), "{\"AccountAssignments\":[{\"AccountId\":\"" + ACCOUNT + "\","
        + "\"PermissionSetArn\":\"" + SET + "\",\"PrincipalType\":\"USER\",\"PrincipalId\":\"" + USER + "\"}]}");
    assertOk(CODEC.encodeAccountAssignmentsForPrincipal(new Page<>(List.of(ASSIGNMENT), "t")),
        "{\"AccountAssignments\":[{\"AccountId\":\"" + ACCOUNT + "\",\"PermissionSetArn\":\"" + SET + "\","
            + "\"PrincipalId\":\"" + USER + "\",\"PrincipalType\":\"USER\"}],\"NextToken\":\"t\"}");
  }

  // --- errors ---------------------------------------------------------------------------------------------

  @Test
  void the_assignment_refusals_have_their_codes_and_texts() {
    InstanceArn instance = InstanceArn.parse(INSTANCE).get();
    SsoAdminCodec errors = SsoAdminCodec.create();

    assertError(errors.encodeError(new GrantsError.AssignmentOperationNotFound(instance, Kind.CREATION, REQUEST)),
        "{\"__type\":\"ResourceNotFoundException\",\"Message\":\"Could not find AccountAssignmentCreationStatus "
            + "with RequestId " + REQUEST + "\"}");
    assertError(errors.encodeError(new GrantsError.AssignmentOperationNotFound(instance, Kind.DELETION, REQUEST)),
        "{\"__type\":\"ResourceNotFoundException\",\"Message\":\"Could not find AccountAssignmentDeletionStatus "
            + "with RequestId " + REQUEST + "\"}");
    assertError(errors.encodeError(new GrantsError.AccountAssignmentConflict(ASSIGNMENT,
        AssignmentConflict.ALREADY_ASSIGNED)), "{\"__type\":\"ConflictException\",\"Message\":\"USER " + USER
        + " already has PermissionSet " + SET + " in account " + ACCOUNT + ".\"}");
    assertError(errors.encodeError(new GrantsError.AccountAssignmentConflict(ASSIGNMENT,
        AssignmentConflict.NOT_ASSIGNED)), "{\"__type\":\"ConflictException\",\"Message\":\"USER " + USER
        + " does not have PermissionSet " + SET + " in account " + ACCOUNT + ".\"}");
    assertError(errors.encodeError(new GrantsError.AccountAssignmentConflict(ASSIGNMENT,
        AssignmentConflict.CREATION_IN_PROGRESS)),
        "{\"__type\":\"ConflictException\",\"Message\":\"There is a conflicting operation in process.\"}");
  }

  private static void assertOk(WireResponse response, String body) {
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
    assertThat(response.bodyAsString()).isEqualTo(body);
  }

  private static void assertError(WireResponse response, String body) {
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("x-amzn-ErrorType"))
        .isEqualTo(body.substring("{\"__type\":\"".length(), body.indexOf('"', "{\"__type\":\"".length())));
    assertThat(response.bodyAsString()).isEqualTo(body);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
