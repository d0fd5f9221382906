package dev.grants.adapters.json.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.PolicyReference;
import dev.grants.ports.in.ListPoliciesInPermissionSetCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.PermissionSetCommand;
import dev.grants.ports.in.PolicyReferenceCommand;
import dev.grants.ports.in.PolicyReferenceCommand.CustomerManagedPolicyMember;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SsoAdminDefinitionCodecTest {
  private static final SsoAdminDefinitionCodec CODEC = SsoAdminDefinitionCodec.create();
  private static final String INSTANCE = "arn:aws:sso:::instance/ssoins-1234567890abcdef";
  private static final String SET = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-0123456789abcdef";
  private static final String ADDRESS = "\"InstanceArn\":\"" + INSTANCE + "\",\"PermissionSetArn\":\"" + SET + "\"";
  private static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";

  // --- requests -------------------------------------------------------------------------------------------

  @Test
  void a_request_naming_a_permission_set_becomes_its_command() {
    assertThat(CODEC.decodePermissionSet(Fixtures.context(), bytes("{" + ADDRESS + "}"))).isEqualTo(Either.right(
        PermissionSetCommand.builder().context(Fixtures.context()).instanceArn(INSTANCE).permissionSetArn(SET)
            .build()));
  }

  @Test
  void each_kind_of_policy_is_read_from_its_own_member() {
    assertThat(CODEC.decodeManagedPolicy(Fixtures.context(),
        bytes("{" + ADDRESS + ",\"ManagedPolicyArn\":\"" + READ_ONLY + "\"}")))
        .isEqualTo(Either.right(command().managedPolicyArn(READ_ONLY).build()));
    assertThat(CODEC.decodeCustomerManagedPolicy(Fixtures.context(),
        bytes("{" + ADDRESS + ",\"CustomerManagedPolicyReference\":{\"Name\":\"Deploy\"}}")))
        .isEqualTo(Either.right(command().customerManagedPolicyReference(
            new CustomerManagedPolicyMember("Deploy", null)).build()));
    assertThat(CODEC.decodeCustomerManagedPolicy(Fixtures.context(), bytes("{" + ADDRESS + "}")))
        .isEqualTo(Either.right(command().build()));
  }

  @Test
  void a_boundary_is_read_from_inside_permissions_boundary_and_none_when_absent() {
    assertThat(CODEC.decodePermissionsBoundary(Fixtures.context(), bytes("{" + ADDRESS + ",\"PermissionsBoundary\":"
        + "{\"ManagedPolicyArn\":\"" + READ_ONLY + "\",\"CustomerManagedPolicyReference\":{\"Name\":\"B\","
        + "\"Path\":\"/x/\"}}}")))
        .isEqualTo(Either.right(command().managedPolicyArn(READ_ONLY)
            .customerManagedPolicyReference(new CustomerManagedPolicyMember("B", "/x/")).build()));
    assertThat(CODEC.decodePermissionsBoundary(Fixtures.context(), bytes("{" + ADDRESS + "}")))
        .isEqualTo(Either.right(command().build()));
  }

  @Test
  void a_list_request_becomes_its_command_and_a_wrong_type_is_a_serialization_exception() {
    assertThat(CODEC.decodeListPolicies(Fixtures.context(), bytes("{" + ADDRESS + ",\"MaxResults\":2,"
        + "\"NextToken\":\"t\"}")))
        .isEqualTo(Either.right(ListPoliciesInPermissionSetCommand.builder().context(Fixtures.context())
            .instanceArn(INSTANCE).permissionSetArn(SET).maxResults(2).nextToken("t").build()));
    assertThat(CODEC.decodePermissionsBoundary(Fixtures.context(), bytes("{\"PermissionsBoundary\":\"x\"}"))
        .getLeft().status()).isEqualTo(400);
  }

  // --- results --------------------------------------------------------------------------------------------

  @Test
  void the_inline_policy_is_written_as_given_and_as_the_empty_text_when_none() {
    PermissionSet set = new PermissionSet(PermissionSetArn.parse(SET).get(), "S", null, "PT1H", null, null,
        Instant.EPOCH, 1);
    assertThat(CODEC.encodeInlinePolicy(set).bodyAsString()).isEqualTo("{\"InlinePolicy\":\"\"}");
    assertThat(CODEC.encodeInlinePolicy(set.withInlinePolicy("{\"Version\":\"2012-10-17\"}")).bodyAsString())
        .isEqualTo("{\"InlinePolicy\":\"{\\\"Version\\\":\\\"2012-10-17\\\"}\"}");
    assertThat(CODEC.encodeChanged(set).bodyAsString()).isEqualTo("{}");
  }

  @Test
  void the_lists_write_name_and_arn_or_name_and_path_and_the_next_token_when_there_is_one() {
    assertThat(CODEC.encodeManagedPolicies(new Page<>(List.of(new PolicyReference.Managed(READ_ONLY),
        new PolicyReference.Managed("arn:aws:iam::aws:policy/job-function/Billing")), "next")).bodyAsString())
        .isEqualTo("{\"AttachedManagedPolicies\":[{\"Name\":\"ReadOnlyAccess\",\"Arn\":\"" + READ_ONLY + "\"},"
            + "{\"Name\":\"Billing\",\"Arn\":\"arn:aws:iam::aws:policy/job-function/Billing\"}],\"NextToken\":\"next\"}");
    assertThat(CODEC.encodeCustomerManagedPolicies(new Page<>(List.of(
        new PolicyReference.CustomerManaged("Deploy", "/")), null)).bodyAsString())
        .isEqualTo("{\"CustomerManagedPolicyReferences\":[{\"Name\":\"Deploy\",\"Path\":\"/\"}]}");
    assertThat(CODEC.encodeManagedPolicies(new Page<>(List.of(), null)).bodyAsString())
        .isEqualTo("{\"AttachedManagedPolicies\":[]}");
  }

  @Test
  void a_boundary_is_written_as_its_kind() {
    assertThat(CODEC.encodePermissionsBoundary(new PolicyReference.Managed(READ_ONLY)).bodyAsString())
        .isEqualTo("{\"PermissionsBoundary\":{\"ManagedPolicyArn\":\"" + READ_ONLY + "\"}}");
    assertThat(CODEC.encodePermissionsBoundary(new PolicyReference.CustomerManaged("B", "/x/")).bodyAsString())
        .isEqualTo("{\"PermissionsBoundary\":{\"CustomerManagedPolicyReference\":{\"Name\":\"B\",\"Path\":\"/x/\"}}}");
  }

  // --- errors ---------------------------------------------------------------------------------------------

  @Test
  void the_refusals_of_a_definition_are_written_exactly() {
    PermissionSetArn set = PermissionSetArn.parse(SET).get();
    assertError(new GrantsError.PolicyAlreadyAttached(set, new PolicyReference.Managed(READ_ONLY)),
        "{\"__type\":\"ConflictException\",\"Message\":\"ManagedPolicy " + READ_ONLY
            + " is already attached to PermissionSet with ARN " + SET + ".\"}");
    assertError(new GrantsError.PolicyNotAttached(set, new PolicyReference.CustomerManaged("Deploy", "/t/")),
        "{\"__type\":\"ResourceNotFoundException\",\"Message\":\"Could not find CustomerManagedPolicy /t/Deploy"
            + " attached to PermissionSet with ARN " + SET + "\"}");
    assertError(new GrantsError.TooManyPolicies(set, 10),
        "{\"__type\":\"ServiceQuotaExceededException\",\"Message\":\"The PermissionSet with ARN " + SET
            + " would have more than 10 managed policies (AWS managed and customer managed together).\"}");
    assertError(new GrantsError.PermissionsBoundaryNotFound(set),
        "{\"__type\":\"ResourceNotFoundException\",\"Message\":\"Could not find PermissionsBoundary of PermissionSet"
            + " with ARN " + SET + "\"}");
    assertError(new GrantsError.PermissionsBoundaryNotOneKind(true),
        "{\"__type\":\"ValidationException\",\"Message\":\"A PermissionsBoundary must have exactly one of"
            + " ManagedPolicyArn and CustomerManagedPolicyReference.\"}");
  }

  private static void assertError(GrantsError error, String body) {
    WireResponse response = SsoAdminErrors.table().answer(null, error);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.bodyAsString()).isEqualTo(body);
  }

  private static PolicyReferenceCommand.Builder command() {
    return PolicyReferenceCommand.builder().context(Fixtures.context()).instanceArn(INSTANCE).permissionSetArn(SET);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
