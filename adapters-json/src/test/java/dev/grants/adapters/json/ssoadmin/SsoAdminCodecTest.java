package dev.grants.adapters.json.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.Tag;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
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
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SsoAdminCodecTest {
  private static final SsoAdminCodec CODEC = SsoAdminCodec.create();
  private static final String INSTANCE = "arn:aws:sso:::instance/ssoins-1234567890abcdef";
  private static final String SET = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-0123456789abcdef";
  private static final String REQUEST = "b5f0a1c2-3d4e-4f50-8a6b-7c8d9e0f1a2b";
  private static final String ACCOUNT = "111122223333";
  private static final Instant CREATED = Instant.parse("2025-11-21T12:00:00.123Z");
  private static final String CREATED_JSON = "1763726400.123";

  // --- requests -------------------------------------------------------------------------------------------

  @Test
  void a_create_instance_request_becomes_its_command_with_its_tags_and_its_client_token_is_read_but_not_kept() {
    String body = "{\"Name\":\"main\",\"ClientToken\":\"t-1\",\"Tags\":[{\"Key\":\"team\",\"Value\":\"a\"}]}";

    assertThat(CODEC.decodeCreateInstance(Fixtures.context(), bytes(body)))
        .isEqualTo(Either.right(CreateInstanceCommand.builder().context(Fixtures.context()).name("main")
            .tags(List.of(TagMember.of("team", "a"))).build()));
    assertThat(CODEC.decodeCreateInstance(Fixtures.context(), bytes("")))
        .isEqualTo(Either.right(CreateInstanceCommand.builder().context(Fixtures.context()).build()));
  }

  @Test
  void a_list_instances_request_becomes_its_command() {
    assertThat(CODEC.decodeListInstances(Fixtures.context(), bytes("{\"MaxResults\":5,\"NextToken\":\"abc\"}")))
        .isEqualTo(Either.right(ListInstancesCommand.builder().context(Fixtures.context())
            .maxResults(5).nextToken("abc").build()));
  }

  @Test
  void a_create_permission_set_request_becomes_its_command() {
    String body = "{\"Name\":\"ReadOnly\",\"Description\":\"Read only\",\"InstanceArn\":\"" + INSTANCE + "\","
        + "\"SessionDuration\":\"PT2H\",\"RelayState\":\"https://console.aws.amazon.com/\","
        + "\"Tags\":[{\"Key\":\"team\",\"Value\":\"a\"}]}";

    assertThat(CODEC.decodeCreatePermissionSet(Fixtures.context(), bytes(body)))
        .isEqualTo(Either.right(CreatePermissionSetCommand.builder().context(Fixtures.context())
            .name("ReadOnly").description("Read only").instanceArn(INSTANCE).sessionDuration("PT2H")
            .relayState("https://console.aws.amazon.com/").tags(List.of(TagMember.of("team", "a"))).build()));
  }

  @Test
  void the_permission_set_surface_requests_become_their_commands() {
    String both = "{\"InstanceArn\":\"" + INSTANCE + "\",\"PermissionSetArn\":\"" + SET + "\"";

    assertThat(CODEC.decodeListPermissionSets(Fixtures.context(),
            bytes("{\"InstanceArn\":\"" + INSTANCE + "\",\"MaxResults\":2,\"NextToken\":\"t\"}")))
        .isEqualTo(Either.right(ListPermissionSetsCommand.builder().context(Fixtures.context()).instanceArn(INSTANCE)
            .maxResults(2).nextToken("t").build()));
    assertThat(CODEC.decodeUpdatePermissionSet(Fixtures.context(), bytes(both
            + ",\"Description\":\"d\",\"SessionDuration\":\"PT4H\",\"RelayState\":\"https://x/\"}")))
        .isEqualTo(Either.right(UpdatePermissionSetCommand.builder().context(Fixtures.context()).instanceArn(INSTANCE)
            .permissionSetArn(SET).description("d").sessionDuration("PT4H").relayState("https://x/").build()));
    assertThat(CODEC.decodeUpdatePermissionSet(Fixtures.context(), bytes(both + "}")))
        .isEqualTo(Either.right(UpdatePermissionSetCommand.builder().context(Fixtures.context()).instanceArn(INSTANCE)
            .permissionSetArn(SET).build()));
    assertThat(CODEC.decodeDescribeInstance(Fixtures.context(), bytes("{\"InstanceArn\":\"" + INSTANCE + "\"}")))
        .isEqualTo(Either.right(DescribeInstanceCommand.builder().context(Fixtures.context()).instanceArn(INSTANCE)
            .build()));
  }

  @Test
  void the_tagging_requests_become_their_commands_with_tags_as_given() {
    String resource = "{\"InstanceArn\":\"" + INSTANCE + "\",\"ResourceArn\":\"" + SET + "\"";

    assertThat(CODEC.decodeTagResource(Fixtures.context(), bytes(resource
            + ",\"Tags\":[{\"Key\":\"team\",\"Value\":\"\"},{\"Value\":\"no key\"}]}")))
        .isEqualTo(Either.right(TagResourceCommand.builder().context(Fixtures.context()).instanceArn(INSTANCE)
            .resourceArn(SET).tags(List.of(TagMember.of("team", ""), TagMember.of(null, "no key"))).build()));
    assertThat(CODEC.decodeTagResource(Fixtures.context(), bytes("{\"ResourceArn\":\"" + SET + "\"}")))
        .as("no Tags member: null, for the service to refuse")
        .isEqualTo(Either.right(TagResourceCommand.builder().context(Fixtures.context()).resourceArn(SET).build()));
    assertThat(CODEC.decodeUntagResource(Fixtures.context(), bytes(resource + ",\"TagKeys\":[\"a\",\"b\"]}")))
        .isEqualTo(Either.right(UntagResourceCommand.builder().context(Fixtures.context()).instanceArn(INSTANCE)
            .resourceArn(SET).tagKeys(List.of("a", "b")).build()));
    assertThat(CODEC.decodeListTagsForResource(Fixtures.context(), bytes(resource + ",\"NextToken\":\"t\"}")))
        .isEqualTo(Either.right(ListTagsForResourceCommand.builder().context(Fixtures.context()).instanceArn(INSTANCE)
            .resourceArn(SET).nextToken("t").build()));
    assertThat(CODEC.decodeTagResource(Fixtures.context(), bytes("{\"Tags\":[{\"Key\":1}]}")).getLeft().status())
        .isEqualTo(400);
    assertThat(CODEC.decodeUntagResource(Fixtures.context(), bytes("{\"TagKeys\":\"a\"}")).getLeft()
        .bodyAsString()).startsWith("{\"__type\":\"SerializationException\"");
  }

  @Test
  void the_permission_set_surface_answers_are_exact() {
    Instance instance = new Instance(InstanceArn.parse(INSTANCE).get(), AccountId.of(Fixtures.OWNER), "main",
        "d-1234567890", CREATED);
    PermissionSetArn set = PermissionSetArn.parse(SET).get();

    assertOk(CODEC.encodeInstance(instance), "{\"InstanceArn\":\"" + INSTANCE + "\",\"IdentityStoreId\":"
        + "\"d-1234567890\",\"OwnerAccountId\":\"123456789012\",\"Name\":\"main\",\"CreatedDate\":" + CREATED_JSON
        + ",\"Status\":\"ACTIVE\"}");
    assertOk(CODEC.encodePermissionSetArns(new Page<>(List.of(set), "next")),
        "{\"PermissionSets\":[\"" + SET + "\"],\"NextToken\":\"next\"}");
    assertOk(CODEC.encodePermissionSetArns(new Page<>(List.of(), null)), "{\"PermissionSets\":[]}");
    assertOk(CODEC.encodePermissionSetUpdated(new PermissionSet(set, "ReadOnly", null, "PT1H", null, null, CREATED, 2)),
        "{}");
    assertOk(CODEC.encodeTagsChanged(List.of(new Tag("a", "1"))), "{}");
    assertOk(CODEC.encodeTags(new Page<>(List.of(new Tag("team", "identity"), new Tag("empty", "")), null)),
        "{\"Tags\":[{\"Key\":\"team\",\"Value\":\"identity\"},{\"Key\":\"empty\",\"Value\":\"\"}]}");
    assertOk(CODEC.encodeTags(new Page<>(List.of(), "t")), "{\"Tags\":[],\"NextToken\":\"t\"}");
  }

  @Test
  void describe_put_inline_policy_and_delete_requests_become_their_commands() {
    String both = "{\"InstanceArn\":\"" + INSTANCE + "\",\"PermissionSetArn\":\"" + SET + "\"";

    assertThat(CODEC.decodeDescribePermissionSet(Fixtures.context(), bytes(both + "}")))
        .isEqualTo(Either.right(DescribePermissionSetCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).permissionSetArn(SET).build()));
    assertThat(CODEC.decodePutInlinePolicyToPermissionSet(Fixtures.context(),
            bytes(both + ",\"InlinePolicy\":\"{\\\"Version\\\":\\\"2012-10-17\\\"}\"}")))
        .isEqualTo(Either.right(PutInlinePolicyToPermissionSetCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).permissionSetArn(SET).inlinePolicy("{\"Version\":\"2012-10-17\"}").build()));
    assertThat(CODEC.decodeDeletePermissionSet(Fixtures.context(), bytes(both + "}")))
        .isEqualTo(Either.right(DeletePermissionSetCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).permissionSetArn(SET).build()));
  }

  @Test
  void provision_and_describe_status_requests_become_their_commands() {
    String provision = "{\"InstanceArn\":\"" + INSTANCE + "\",\"PermissionSetArn\":\"" + SET + "\","
        + "\"TargetId\":\"" + ACCOUNT + "\",\"TargetType\":\"AWS_ACCOUNT\"}";
    String describe = "{\"InstanceArn\":\"" + INSTANCE + "\",\"ProvisionPermissionSetRequestId\":\"" + REQUEST + "\"}";

    assertThat(CODEC.decodeProvisionPermissionSet(Fixtures.context(), bytes(provision)))
        .isEqualTo(Either.right(ProvisionPermissionSetCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).permissionSetArn(SET).targetId(ACCOUNT).targetType("AWS_ACCOUNT").build()));
    assertThat(CODEC.decodeDescribePermissionSetProvisioningStatus(Fixtures.context(), bytes(describe)))
        .isEqualTo(Either.right(DescribePermissionSetProvisioningStatusCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).provisionPermissionSetRequestId(REQUEST).build()));
  }

  @Test
  void the_three_provisioning_listings_become_their_commands_with_filters_and_paging() {
    String status = "{\"InstanceArn\":\"" + INSTANCE + "\",\"MaxResults\":2,\"NextToken\":\"n\","
        + "\"Filter\":{\"Status\":\"FAILED\"}}";
    String accounts = "{\"InstanceArn\":\"" + INSTANCE + "\",\"PermissionSetArn\":\"" + SET + "\","
        + "\"ProvisioningStatus\":\"LATEST_PERMISSION_SET_NOT_PROVISIONED\",\"MaxResults\":3,\"NextToken\":\"m\"}";
    String sets = "{\"InstanceArn\":\"" + INSTANCE + "\",\"AccountId\":\"" + ACCOUNT + "\","
        + "\"ProvisioningStatus\":\"LATEST_PERMISSION_SET_PROVISIONED\",\"MaxResults\":1}";

    assertThat(CODEC.decodeListPermissionSetProvisioningStatus(Fixtures.context(), bytes(status)))
        .isEqualTo(Either.right(ListPermissionSetProvisioningStatusCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).maxResults(2).nextToken("n").filterStatus("FAILED").build()));
    assertThat(CODEC.decodeListPermissionSetProvisioningStatus(Fixtures.context(),
            bytes("{\"InstanceArn\":\"" + INSTANCE + "\",\"Filter\":{}}")))
        .isEqualTo(Either.right(ListPermissionSetProvisioningStatusCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).build()));
    assertThat(CODEC.decodeListAccountsForProvisionedPermissionSet(Fixtures.context(), bytes(accounts)))
        .isEqualTo(Either.right(ListAccountsForProvisionedPermissionSetCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).permissionSetArn(SET).provisioningStatus("LATEST_PERMISSION_SET_NOT_PROVISIONED")
            .maxResults(3).nextToken("m").build()));
    assertThat(CODEC.decodeListPermissionSetsProvisionedToAccount(Fixtures.context(), bytes(sets)))
        .isEqualTo(Either.right(ListPermissionSetsProvisionedToAccountCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).accountId(ACCOUNT).provisioningStatus("LATEST_PERMISSION_SET_PROVISIONED")
            .maxResults(1).build()));
  }

  @Test
  void a_body_that_is_not_a_json_object_or_has_a_member_of_the_wrong_type_is_a_serialization_exception() {
    assertError(CODEC.decodeListInstances(Fixtures.context(), bytes("{\"MaxResults\":\"5\"}")).getLeft(), 400,
        "{\"__type\":\"SerializationException\",\"Message\":\"Member 'MaxResults' must be a 32-bit integer, "
            + "got a string\"}");
    assertError(CODEC.decodeListInstances(Fixtures.context(), bytes("{\"MaxResults\":1.5}")).getLeft(), 400,
        "{\"__type\":\"SerializationException\",\"Message\":\"Member 'MaxResults' must be a 32-bit integer, "
            + "got a number\"}");
    assertError(CODEC.decodeProvisionPermissionSet(Fixtures.context(), bytes("{\"TargetId\":111122223333}"))
            .getLeft(), 400,
        "{\"__type\":\"SerializationException\",\"Message\":\"Member 'TargetId' must be a string, got a number\"}");
    assertError(CODEC.decodeListPermissionSetProvisioningStatus(Fixtures.context(), bytes("{\"Filter\":\"FAILED\"}"))
            .getLeft(), 400,
        "{\"__type\":\"SerializationException\",\"Message\":\"Member 'Filter' must be an object, got a string\"}");
    assertError(CODEC.decodeCreateInstance(Fixtures.context(), bytes("{\"Tags\":{\"team\":\"a\"}}")).getLeft(), 400,
        "{\"__type\":\"SerializationException\",\"Message\":\"Member 'Tags' must be an array of objects, got an "
            + "object\"}");
    assertError(CODEC.decodeCreatePermissionSet(Fixtures.context(), bytes("{\"Tags\":[{\"Key\":1}]}")).getLeft(),
        400, "{\"__type\":\"SerializationException\",\"Message\":\"Member 'Key' must be a string, got a number\"}");
    assertError(CODEC.decodeDescribePermissionSet(Fixtures.context(), bytes("[]")).getLeft(), 400,
        "{\"__type\":\"SerializationException\",\"Message\":\"Expected a JSON object, got an array\"}");
    assertThat(CODEC.decodeDeletePermissionSet(Fixtures.context(), bytes("{\"InstanceArn\":")).getLeft().bodyAsString())
        .startsWith("{\"__type\":\"SerializationException\",\"Message\":\"Unexpected end-of-input");
  }

  // --- results --------------------------------------------------------------------------------------------

  @Test
  void create_and_list_instances_answers_are_exact() {
    Instance named = new Instance(InstanceArn.parse(INSTANCE).get(), AccountId.of(Fixtures.OWNER), "main",
        "d-1234567890", CREATED);
    Instance unnamed = new Instance(InstanceArn.parse(INSTANCE).get(), AccountId.of(Fixtures.OWNER), null,
        "d-1234567890", Instant.parse("2025-11-21T12:00:00Z"));

    assertOk(CODEC.encodeCreatedInstance(named), "{\"InstanceArn\":\"" + INSTANCE + "\"}");
    assertOk(CODEC.encodeInstances(new Page<>(List.of(named, unnamed), "next")), "{\"Instances\":[{\"InstanceArn\":\""
        + INSTANCE + "\",\"IdentityStoreId\":\"d-1234567890\",\"OwnerAccountId\":\"123456789012\",\"Name\":\"main\","
        + "\"CreatedDate\":" + CREATED_JSON + ",\"Status\":\"ACTIVE\"},{\"InstanceArn\":\"" + INSTANCE + "\","
        + "\"IdentityStoreId\":\"d-1234567890\",\"OwnerAccountId\":\"123456789012\",\"CreatedDate\":1763726400.000,"
        + "\"Status\":\"ACTIVE\"}],\"NextToken\":\"next\"}");
    assertOk(CODEC.encodeInstances(new Page<>(List.of(), null)), "{\"Instances\":[]}");
  }

  @Test
  void a_permission_set_answer_has_every_member_in_model_order_and_leaves_out_the_absent_ones() {
    PermissionSet full = new PermissionSet(PermissionSetArn.parse(SET).get(), "ReadOnly", "Read only", "PT2H",
        "https://console.aws.amazon.com/", "{}", CREATED, 3);
    PermissionSet bare = new PermissionSet(PermissionSetArn.parse(SET).get(), "ReadOnly", null, "PT1H", null, null,
        CREATED, 1);

    assertOk(CODEC.encodePermissionSet(full), "{\"PermissionSet\":{\"Name\":\"ReadOnly\",\"PermissionSetArn\":\"" + SET
        + "\",\"Description\":\"Read only\",\"CreatedDate\":" + CREATED_JSON + ",\"SessionDuration\":\"PT2H\","
        + "\"RelayState\":\"https://console.aws.amazon.com/\"}}");
    assertOk(CODEC.encodePermissionSet(bare), "{\"PermissionSet\":{\"Name\":\"ReadOnly\",\"PermissionSetArn\":\"" + SET
        + "\",\"CreatedDate\":" + CREATED_JSON + ",\"SessionDuration\":\"PT1H\"}}");
    assertOk(CODEC.encodeInlinePolicyPut(full), "{}");
    assertOk(CODEC.encodeDeleted(full), "{}");
  }

  @Test
  void a_provisioning_status_names_its_account_only_for_one_account_and_its_reason_only_when_it_failed() {
    PermissionSetArn set = PermissionSetArn.parse(SET).get();
    AccountId account = AccountId.of(ACCOUNT);
    ProvisioningRequest running = ProvisioningRequest.start(REQUEST, set, 1, List.of(account), account, CREATED,
        CREATED.plusSeconds(300));
    ProvisioningRequest failed = new ProvisioningRequest.Failed(REQUEST, set, account, CREATED, "Account is suspended");
    ProvisioningRequest fanOut = ProvisioningRequest.start(REQUEST, set, 1, List.of(), null, CREATED,
        CREATED.plusSeconds(300));

    assertOk(CODEC.encodeProvisioningStatus(running), "{\"PermissionSetProvisioningStatus\":{\"Status\":\"IN_PROGRESS\","
        + "\"RequestId\":\"" + REQUEST + "\",\"AccountId\":\"" + ACCOUNT + "\",\"PermissionSetArn\":\"" + SET + "\","
        + "\"CreatedDate\":" + CREATED_JSON + "}}");
    assertOk(CODEC.encodeProvisioningStatus(failed), "{\"PermissionSetProvisioningStatus\":{\"Status\":\"FAILED\","
        + "\"RequestId\":\"" + REQUEST + "\",\"AccountId\":\"" + ACCOUNT + "\",\"PermissionSetArn\":\"" + SET + "\","
        + "\"FailureReason\":\"Account is suspended\",\"CreatedDate\":" + CREATED_JSON + "}}");
    assertOk(CODEC.encodeProvisioningStatus(fanOut), "{\"PermissionSetProvisioningStatus\":{\"Status\":\"SUCCEEDED\","
        + "\"RequestId\":\"" + REQUEST + "\",\"PermissionSetArn\":\"" + SET + "\",\"CreatedDate\":" + CREATED_JSON
        + "}}");
    assertOk(CODEC.encodeProvisioningStatuses(new Page<>(List.of(running, failed), "t")),
        "{\"PermissionSetsProvisioningStatus\":[{\"Status\":\"IN_PROGRESS\",\"RequestId\":\"" + REQUEST + "\","
            + "\"CreatedDate\":" + CREATED_JSON + "},{\"Status\":\"FAILED\",\"RequestId\":\"" + REQUEST + "\","
            + "\"CreatedDate\":" + CREATED_JSON + "}],\"NextToken\":\"t\"}");
  }

  @Test
  void the_provisioned_listings_answer_their_items_always_as_an_array_and_the_next_token_when_there_is_one() {
    assertOk(CODEC.encodeAccounts(new Page<>(List.of(ACCOUNT, "444455556666"), "t")),
        "{\"AccountIds\":[\"111122223333\",\"444455556666\"],\"NextToken\":\"t\"}");
    assertOk(CODEC.encodeAccounts(new Page<>(List.of(), null)), "{\"AccountIds\":[]}");
    assertOk(CODEC.encodePermissionSets(new Page<>(List.of(SET), null)), "{\"PermissionSets\":[\"" + SET + "\"]}");
  }

  @Test
  void created_dates_are_epoch_seconds_with_exactly_three_fraction_digits() {
    Instance at = new Instance(InstanceArn.parse(INSTANCE).get(), AccountId.of(Fixtures.OWNER), null, "d-1234567890",
        Instant.parse("2025-11-21T12:00:00.120456Z"));

    assertThat(CODEC.encodeInstances(new Page<>(List.of(at), null)).bodyAsString())
        .contains("\"CreatedDate\":1763726400.120,");
  }

  // --- errors ---------------------------------------------------------------------------------------------

  @Test
  void every_refusal_of_the_contract_is_400_with_its_code_and_text() {
    InstanceArn instance = InstanceArn.parse(INSTANCE).get();
    PermissionSetArn set = PermissionSetArn.parse(SET).get();

    assertError(CODEC.encodeError(new GrantsError.InvalidRequest(List.of(
            new Violation("instanceArn", null, Constraint.notNull()),
            new Violation("maxResults", "0", Constraint.minValue(1))))), 400,
        "{\"__type\":\"ValidationException\",\"Message\":\"2 validation errors detected: Value null at 'instanceArn' "
            + "failed to satisfy constraint: Member must not be null; Value '0' at 'maxResults' failed to satisfy "
            + "constraint: Member must have value greater than or equal to 1\"}");
    assertError(CODEC.encodeError(new GrantsError.InstanceNotFound(instance)), 400,
        "{\"__type\":\"ResourceNotFoundException\",\"Message\":\"Could not find Instance with ARN " + INSTANCE + "\"}");
    assertError(CODEC.encodeError(new GrantsError.AccessDenied("444455556666", Arn.parse(INSTANCE).get(),
            "sso:CreatePermissionSet")), 400,
        "{\"__type\":\"AccessDeniedException\",\"Message\":\"User: arn:aws:iam::444455556666:root is not authorized "
            + "to perform: sso:CreatePermissionSet on resource: " + INSTANCE + "\"}");
    assertError(CODEC.encodeError(new GrantsError.PermissionSetNotFound(set)), 400,
        "{\"__type\":\"ResourceNotFoundException\",\"Message\":\"Could not find PermissionSet with ARN " + SET + "\"}");
    assertError(CODEC.encodeError(new GrantsError.ProvisioningRequestNotFound(instance, REQUEST)), 400,
        "{\"__type\":\"ResourceNotFoundException\",\"Message\":\"Could not find PermissionSetProvisioningStatus with "
            + "RequestId " + REQUEST + "\"}");
    assertError(CODEC.encodeError(new GrantsError.PermissionSetNameConflict(instance, "ReadOnly")), 400,
        "{\"__type\":\"ConflictException\",\"Message\":\"PermissionSet with name ReadOnly already exists.\"}");
    assertError(CODEC.encodeError(new GrantsError.ProvisioningInProgress(set, REQUEST)), 400,
        "{\"__type\":\"ConflictException\",\"Message\":\"There is a conflicting operation in process.\"}");
    assertError(CODEC.encodeError(new GrantsError.InstanceAlreadyExists(AccountId.of(Fixtures.OWNER), instance)), 400,
        "{\"__type\":\"ConflictException\",\"Message\":\"Account 123456789012 already has an instance: " + INSTANCE
            + ".\"}");
    assertError(CODEC.encodeError(new GrantsError.TargetIdRequired()), 400,
        "{\"__type\":\"ValidationException\",\"Message\":\"TargetId is required when TargetType is AWS_ACCOUNT.\"}");
    assertError(CODEC.encodeError(new GrantsError.InvalidPageToken("forged")), 400,
        "{\"__type\":\"ValidationException\",\"Message\":\"The NextToken is not valid for this listing.\"}");
    assertError(CODEC.encodeError(new GrantsError.TooManyTags(set, 50)), 400,
        "{\"__type\":\"ServiceQuotaExceededException\",\"Message\":\"The resource would have more than 50 tags.\"}");
    String application = "arn:aws:sso::123456789012:application/ssoins-1234567890abcdef/apl-1234567890abcdef";
    assertError(CODEC.encodeError(new GrantsError.TaggedResourceNotFound(application, "Application")), 400,
        "{\"__type\":\"ResourceNotFoundException\",\"Message\":\"Could not find Application with ARN "
            + application + "\"}");
    assertError(CODEC.encodeError(new GrantsError.InvalidRequest(List.of(
            new Violation("tags.1.member.key", "", Constraint.minLength(1)),
            new Violation("tagKeys", "[]", Constraint.minItems(1))))), 400,
        "{\"__type\":\"ValidationException\",\"Message\":\"2 validation errors detected: Value '' at "
            + "'tags.1.member.key' failed to satisfy constraint: Member must have length greater than or equal to 1; "
            + "Value '[]' at 'tagKeys' failed to satisfy constraint: Member must have length greater than or equal "
            + "to 1\"}");
    assertError(CODEC.encodeError(new GrantsError.ConcurrentModification(Arn.parse(SET).get(), 100)), 400,
        "{\"__type\":\"ThrottlingException\",\"Message\":\"The resource is being changed by other requests; retry the "
            + "request.\"}");
  }

  @Test
  void transport_refusals_and_internal_faults_have_the_json_1_1_form() {
    assertError(CODEC.unknownOperation("SWBExternalService.CreateAccountAssignment"), 400,
        "{\"__type\":\"UnknownOperationException\",\"Message\":\"Unknown operation: "
            + "SWBExternalService.CreateAccountAssignment\"}");
    assertError(CODEC.unknownOperation(null), 400, "{\"__type\":\"UnknownOperationException\",\"Message\":\"Unknown "
        + "operation: the request has no X-Amz-Target header.\"}");
    assertError(CODEC.unknownMethod("GET", "/"), 404,
        "{\"__type\":\"UnknownOperationException\",\"Message\":\"Unknown operation: GET /\"}");
    assertError(CODEC.requestTooLarge(1024), 413,
        "{\"__type\":\"RequestTooLargeException\",\"Message\":\"Request must be smaller than 1024 bytes.\"}");
    assertError(CODEC.internalError("An internal error occurred."), 500,
        "{\"__type\":\"InternalServerException\",\"Message\":\"An internal error occurred.\"}");
    assertError(CODEC.encodeError(new GrantsError.UnsupportedPlatform("not an sso-admin refusal")), 500,
        "{\"__type\":\"InternalServerException\",\"Message\":\"An internal error occurred.\"}");
  }

  @Test
  void an_internal_failure_is_an_internal_server_exception_that_tells_nothing_of_its_cause() {
    WireResponse response =
        CODEC.encodeError(new GrantsError.InternalFailure(new IllegalStateException("disk /var/secret is full")));

    assertError(response, 500, "{\"__type\":\"InternalServerException\",\"Message\":\"An internal error occurred.\"}");
  }

  @Test
  void the_operations_are_named_by_their_exact_target() {
    assertThat(SsoAdminOperation.ofTarget("SWBExternalService.ProvisionPermissionSet"))
        .containsExactly(SsoAdminOperation.PROVISION_PERMISSION_SET);
    assertThat(SsoAdminOperation.ofTarget("swbexternalservice.provisionpermissionset")).isEmpty();
    assertThat(SsoAdminOperation.ofTarget("ProvisionPermissionSet")).isEmpty();
    assertThat(SsoAdminOperation.ofTarget(null)).isEmpty();
    assertThat(SsoAdminOperation.ofTarget("SWBExternalService.ListTagsForResource"))
        .containsExactly(SsoAdminOperation.LIST_TAGS_FOR_RESOURCE);
    assertThat(SsoAdminOperation.values()).hasSize(36)
        .allSatisfy(operation -> assertThat(SsoAdminOperation.ofTarget(operation.target())).containsExactly(operation));
  }

  private static void assertOk(WireResponse response, String body) {
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers()).isEqualTo(Map.of("Content-Type", "application/x-amz-json-1.1"));
    assertThat(response.bodyAsString()).isEqualTo(body);
  }

  private static void assertError(WireResponse response, int status, String body) {
    String code = body.substring("{\"__type\":\"".length(), body.indexOf('"', "{\"__type\":\"".length()));
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
    assertThat(response.header("x-amzn-ErrorType")).isEqualTo(code);
    assertThat(response.bodyAsString()).isEqualTo(body);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
