package dev.grants.adapters.json.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.json.wire.ValidationMessages;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerContent;
import dev.grants.domain.layer.LayerName;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.domain.revision.RevisionId;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.AddLayerVersionPermissionCommand;
import dev.grants.ports.in.AddLayerVersionPermissionResult;
import dev.grants.ports.in.GetLayerVersionPolicyResult;
import dev.grants.ports.in.PublishLayerVersionCommand;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LambdaLayerCodecTest {
  private static final LambdaLayerCodec CODEC = LambdaLayerCodec.create();
  private static final RevisionId REVISION = RevisionId.of("35d87451-f796-4a3f-a618-95a3671b0a0c");
  private static final String VERSION_ARN = "arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1";

  // --- requests to commands -------------------------------------------------------------------------------

  @Test
  void the_seed_request_becomes_the_seed_command() {
    String body = "{\"Action\":\"lambda:GetLayerVersion\",\"Principal\":\"223456789012\",\"StatementId\":\"xaccount\"}";

    assertThat(CODEC.decodeAddLayerVersionPermission(Fixtures.context(), "my-layer", "1", Map.of(), bytes(body)))
        .isEqualTo(Either.right(Fixtures.addLayerVersionPermission().build()));
  }

  @Test
  void the_revision_and_organization_travel_as_query_and_body_members() {
    String body = "{\"Action\":\"lambda:GetLayerVersion\",\"Principal\":\"*\",\"StatementId\":\"org\","
        + "\"OrganizationId\":\"o-a1b2c3d4e5\",\"Unknown\":{\"ignored\":[1,2]}}";

    AddLayerVersionPermissionCommand command = CODEC.decodeAddLayerVersionPermission(Fixtures.context(), "my-layer",
        "1", Map.of("RevisionId", List.of(REVISION.value())), bytes(body)).get();

    assertThat(command).isEqualTo(Fixtures.addLayerVersionPermission().statementId("org").principal("*")
        .organizationId("o-a1b2c3d4e5").revisionId(REVISION.value()).build());
  }

  @Test
  void an_empty_or_null_body_leaves_every_member_missing() {
    AddLayerVersionPermissionCommand fromEmpty =
        CODEC.decodeAddLayerVersionPermission(Fixtures.context(), "my-layer", "1", Map.of(), new byte[0]).get();
    AddLayerVersionPermissionCommand fromNull =
        CODEC.decodeAddLayerVersionPermission(Fixtures.context(), "my-layer", "1", Map.of(), bytes("null")).get();

    assertThat(fromEmpty.statementId()).isNull();
    assertThat(fromEmpty.principal()).isNull();
    assertThat(fromNull).isEqualTo(fromEmpty);
  }

  @Test
  void a_publish_request_decodes_its_base64_archive_and_lists() {
    String zip = Base64.getEncoder().encodeToString(Fixtures.ARCHIVE);
    String body = "{\"Description\":\"d\",\"Content\":{\"ZipFile\":\"" + zip + "\"},"
        + "\"CompatibleRuntimes\":[\"java17\"],\"LicenseInfo\":\"MIT\",\"CompatibleArchitectures\":[\"arm64\"]}";

    PublishLayerVersionCommand command =
        CODEC.decodePublishLayerVersion(Fixtures.context(), "my-layer", bytes(body)).get();

    assertThat(command.content().zipFile()).isEqualTo(Fixtures.ARCHIVE);
    assertThat(command.description()).isEqualTo("d");
    assertThat(command.compatibleRuntimes()).containsExactly("java17");
    assertThat(command.licenseInfo()).isEqualTo("MIT");
    assertThat(command.compatibleArchitectures()).containsExactly("arm64");
  }

  @Test
  void a_body_that_is_not_json_is_invalid_request_content() {
    WireResponse refused = CODEC.decodeAddLayerVersionPermission(
        Fixtures.context(), "my-layer", "1", Map.of(), bytes("{\"Action\":")).getLeft();

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("x-amzn-ErrorType")).isEqualTo("InvalidRequestContentException");
    assertThat(refused.bodyAsString())
        .startsWith("{\"Type\":\"User\",\"message\":\"Could not parse request body into json: ");
  }

  @Test
  void a_member_of_the_wrong_type_is_invalid_request_content() {
    WireResponse refused = CODEC.decodeAddLayerVersionPermission(
        Fixtures.context(), "my-layer", "1", Map.of(), bytes("{\"StatementId\":5}")).getLeft();

    assertThat(refused.bodyAsString()).isEqualTo("{\"Type\":\"User\",\"message\":\"Could not parse request body "
        + "into json: Member 'StatementId' must be a string, got a number\"}");
  }

  @Test
  void a_member_given_twice_is_invalid_request_content() {
    WireResponse refused = CODEC.decodeAddLayerVersionPermission(Fixtures.context(), "my-layer", "1", Map.of(),
        bytes("{\"StatementId\":\"a\",\"StatementId\":\"b\"}")).getLeft();

    assertThat(refused.header("x-amzn-ErrorType")).isEqualTo("InvalidRequestContentException");
    assertThat(refused.bodyAsString()).contains("Duplicate field 'StatementId'");
  }

  @Test
  void a_version_number_that_is_not_a_number_is_a_validation_error() {
    WireResponse refused = CODEC.decodeGetLayerVersionPolicy(Fixtures.context(), "my-layer", "one").getLeft();

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("x-amzn-ErrorType")).isEqualTo("ValidationException");
    assertThat(refused.bodyAsString()).isEqualTo("{\"message\":\"1 validation error detected: Value 'one' at "
        + "'versionNumber' failed to satisfy constraint: Member must be a whole number\"}");
  }

  // --- results to responses -------------------------------------------------------------------------------

  @Test
  void the_seed_answer_is_byte_exact() {
    WireResponse response = CODEC.encodeAdded(new AddLayerVersionPermissionResult(Fixtures.statement("xaccount"), REVISION));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("Content-Type")).isEqualTo("application/json");
    assertThat(response.bodyAsString()).isEqualTo("{\"Statement\":\"{\\\"Sid\\\":\\\"xaccount\\\",\\\"Effect\\\":"
        + "\\\"Allow\\\",\\\"Principal\\\":{\\\"AWS\\\":\\\"arn:aws:iam::223456789012:root\\\"},\\\"Action\\\":"
        + "\\\"lambda:GetLayerVersion\\\",\\\"Resource\\\":\\\"" + VERSION_ARN + "\\\"}\","
        + "\"RevisionId\":\"35d87451-f796-4a3f-a618-95a3671b0a0c\"}");
  }

  @Test
  void the_policy_answer_holds_the_compact_document_and_its_revision() {
    ResourcePolicy policy = ResourcePolicy.none(Fixtures.layerVersionArn(1).arn())
        .add(Fixtures.statement("xaccount"), ExpectedRevision.any(), REVISION).get();

    WireResponse response = CODEC.encodePolicy(new GetLayerVersionPolicyResult(policy));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyAsString()).isEqualTo("{\"Policy\":\"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Id\\\":"
        + "\\\"default\\\",\\\"Statement\\\":[" + Fixtures.SEED_STATEMENT_JSON.replace("\"", "\\\"") + "]}\","
        + "\"RevisionId\":\"35d87451-f796-4a3f-a618-95a3671b0a0c\"}");
  }

  @Test
  void a_layer_version_answer_has_the_model_members_and_lambdas_date_form() {
    LayerVersion version = new LayerVersion(Fixtures.layerVersionArn(1), "shared",
        Instant.parse("2018-11-14T23:03:52.894Z"), new LayerContent("abc=", 42), List.of("java17", "java21"),
        null, List.of());

    assertThat(CODEC.encodeLayerVersion(LambdaOperation.PUBLISH_LAYER_VERSION, version).bodyAsString())
        .isEqualTo("{\"Content\":{\"CodeSha256\":\"abc=\",\"CodeSize\":42},"
            + "\"LayerArn\":\"arn:aws:lambda:us-east-2:123456789012:layer:my-layer\","
            + "\"LayerVersionArn\":\"" + VERSION_ARN + "\",\"Description\":\"shared\","
            + "\"CreatedDate\":\"2018-11-14T23:03:52.894+0000\",\"Version\":1,"
            + "\"CompatibleRuntimes\":[\"java17\",\"java21\"]}");
    assertThat(CODEC.encodeLayerVersion(LambdaOperation.PUBLISH_LAYER_VERSION, version).status()).isEqualTo(201);
    assertThat(CODEC.encodeLayerVersion(LambdaOperation.GET_LAYER_VERSION, version).status()).isEqualTo(200);
  }

  @Test
  void removing_and_deleting_answer_204_without_a_body() {
    WireResponse response = CODEC.encodeNoContent(LambdaOperation.REMOVE_LAYER_VERSION_PERMISSION);

    assertThat(response.status()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
    assertThat(CODEC.encodeNoContent(LambdaOperation.DELETE_LAYER_VERSION).status()).isEqualTo(204);
  }

  // --- errors ---------------------------------------------------------------------------------------------

  @Test
  void one_violation_is_a_validation_exception_without_a_type() {
    WireResponse response = CODEC.encodeError(LambdaOperation.ADD_LAYER_VERSION_PERMISSION,
        new GrantsError.InvalidRequest(List.of(new Violation("principal", "12", Constraint.pattern(
            "\\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root")))));

    assertError(response, 400, "ValidationException", "{\"message\":\"1 validation error detected: Value '12' at "
        + "'principal' failed to satisfy constraint: Member must satisfy regular expression pattern: "
        + "\\\\d{12}|\\\\*|arn:(aws[a-zA-Z-]*):iam::\\\\d{12}:root\"}");
  }

  @Test
  void several_violations_are_counted_and_joined() {
    WireResponse response = CODEC.encodeError(LambdaOperation.ADD_LAYER_VERSION_PERMISSION,
        new GrantsError.InvalidRequest(List.of(
            new Violation("statementId", "", Constraint.minLength(1)),
            new Violation("action", null, Constraint.notNull()),
            new Violation("organizationId", "o-x", Constraint.maxLength(34)))));

    assertError(response, 400, "ValidationException", "{\"message\":\"3 validation errors detected: "
        + "Value '' at 'statementId' failed to satisfy constraint: Member must have length greater than or equal to 1; "
        + "Value null at 'action' failed to satisfy constraint: Member must not be null; "
        + "Value 'o-x' at 'organizationId' failed to satisfy constraint: Member must have length less than or equal "
        + "to 34\"}");
  }

  @Test
  void list_constraints_use_the_frameworks_words() {
    assertThat(ValidationMessages.of(List.of(
            new Violation("compatibleArchitectures", "[sparc]",
                Constraint.eachMember(Constraint.oneOf(List.of("x86_64", "arm64")))),
            new Violation("compatibleRuntimes", "[a, b]", Constraint.maxItems(15)))))
        .isEqualTo("2 validation errors detected: Value '[sparc]' at 'compatibleArchitectures' failed to satisfy "
            + "constraint: Member must satisfy constraint: [Member must satisfy enum value set: [x86_64, arm64]]; "
            + "Value '[a, b]' at 'compatibleRuntimes' failed to satisfy constraint: Member must have length less "
            + "than or equal to 15");
  }

  @Test
  void every_refusal_of_the_contract_has_its_code_status_and_text() {
    var arn = Fixtures.layerVersionArn(1);
    LambdaOperation add = LambdaOperation.ADD_LAYER_VERSION_PERMISSION;

    assertError(CODEC.encodeError(add, new GrantsError.LayerVersionNumberBelowOne(0)), 400,
        "InvalidParameterValueException", "{\"Type\":\"User\",\"message\":\"Layer Version Cannot be less than 1\"}");
    assertError(CODEC.encodeError(add, new GrantsError.OrganizationRequiresAnyPrincipal("223456789012", "o-a1b2c3d4e5")),
        400, "InvalidParameterValueException",
        "{\"Type\":\"User\",\"message\":\"OrganizationId can only be specified when Principal is '*'.\"}");
    assertError(CODEC.encodeError(add, new GrantsError.LayerVersionNotFound(arn)), 404,
        "ResourceNotFoundException", "{\"Type\":\"User\",\"Message\":\"Layer version " + VERSION_ARN
            + " does not exist.\"}");
    assertError(CODEC.encodeError(LambdaOperation.GET_LAYER_VERSION, new GrantsError.LayerVersionNotFound(arn)), 404,
        "ResourceNotFoundException", "{\"Type\":\"User\",\"Message\":\"The resource you requested does not exist.\"}");
    assertError(CODEC.encodeError(add, new GrantsError.StatementIdConflict(arn.arn(), StatementId.of("xaccount"))),
        409, "ResourceConflictException", "{\"Type\":\"User\",\"message\":\"The statement id (xaccount) provided "
            + "already exists. Please provide a new statement id, or remove the existing statement.\"}");
    assertError(CODEC.encodeError(add, new GrantsError.RevisionMismatch(arn.arn(), "x", REVISION)), 412,
        "PreconditionFailedException", "{\"Type\":\"User\",\"message\":\"The Revision Id provided does not match "
            + "the latest Revision Id. Call the GetLayerPolicy API to retrieve the latest Revision Id\"}");
    assertError(CODEC.encodeError(LambdaOperation.GET_LAYER_VERSION_POLICY, new GrantsError.NoPolicy(arn.arn())),
        404, "ResourceNotFoundException",
        "{\"Type\":\"User\",\"Message\":\"No policy is associated with the given resource.\"}");
    assertError(CODEC.encodeError(LambdaOperation.GET_LAYER_VERSION_POLICY,
            new GrantsError.PolicyHasNoStatements(arn.arn())), 404, "ResourceNotFoundException",
        "{\"Type\":\"User\",\"Message\":\"Layer version " + VERSION_ARN + " does not have any resource policy.\"}");
    assertError(CODEC.encodeError(LambdaOperation.REMOVE_LAYER_VERSION_PERMISSION,
            new GrantsError.StatementNotFound(arn.arn(), StatementId.of("nope"))), 404, "ResourceNotFoundException",
        "{\"Type\":\"User\",\"Message\":\"Statement nope is not found in resource policy.\"}");
    assertError(CODEC.encodeError(add, new GrantsError.PolicyTooLarge(arn.arn(), 20571, 20480)), 400,
        "PolicyLengthExceededException",
        "{\"Type\":\"User\",\"message\":\"The final policy size (20571) is bigger than the limit (20480).\"}");
    WireResponse throttled = CODEC.encodeError(add, new GrantsError.ConcurrentModification(arn.arn(), 100));
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.header("x-amzn-ErrorType")).isEqualTo("TooManyRequestsException");
    assertThat(throttled.header("Retry-After")).isEqualTo("1");
  }

  @Test
  void another_accounts_refusal_is_403_access_denied_with_iams_reason() {
    var foreign = Fixtures.layerVersionArn(1).arn();

    assertError(CODEC.encodeError(LambdaOperation.GET_LAYER_VERSION,
            new GrantsError.AccessDenied("444455556666", foreign, "lambda:GetLayerVersion")), 403,
        "AccessDeniedException", "{\"Type\":\"User\",\"Message\":\"User: arn:aws:iam::444455556666:root is not "
            + "authorized to perform: lambda:GetLayerVersion on resource: " + VERSION_ARN + " because no "
            + "resource-based policy allows the lambda:GetLayerVersion action\"}");
    assertError(CODEC.encodeError(LambdaOperation.GET_LAYER_VERSION,
            new GrantsError.AccessDenied("444455556666", foreign, "lambda:GetLayerVersion", true)), 403,
        "AccessDeniedException", "{\"Type\":\"User\",\"Message\":\"User: arn:aws:iam::444455556666:root is not "
            + "authorized to perform: lambda:GetLayerVersion on resource: " + VERSION_ARN + " with an explicit deny "
            + "in a resource-based policy\"}");
    var chinese = dev.grants.domain.principal.Arn.parse("arn:aws-cn:lambda:cn-north-1:123456789012:layer:x").get();
    assertThat(CODEC.encodeError(LambdaOperation.PUBLISH_LAYER_VERSION,
            new GrantsError.AccessDenied("444455556666", chinese, "lambda:PublishLayerVersion")).bodyAsString())
        .contains("User: arn:aws-cn:iam::444455556666:root is not authorized to perform: lambda:PublishLayerVersion "
            + "on resource: arn:aws-cn:lambda:cn-north-1:123456789012:layer:x because");
  }

  @Test
  void unpaired_surrogates_in_echoed_values_are_mended_not_fatal() {
    WireResponse response = CODEC.encodeError(LambdaOperation.ADD_LAYER_VERSION_PERMISSION,
        new GrantsError.InvalidRequest(List.of(new Violation("layerName", "a\uD800b", Constraint.pattern(LayerName.PATTERN)))));

    assertThat(response.bodyAsString()).contains("Value 'a\uFFFDb' at 'layerName'");
  }

  @Test
  void a_server_fault_is_a_service_exception_with_a_capital_message() {
    assertError(CODEC.serviceException("An internal error occurred."), 500, "ServiceException",
        "{\"Type\":\"Service\",\"Message\":\"An internal error occurred.\"}");
  }

  @Test
  void an_internal_failure_of_any_operation_is_a_service_exception_that_tells_nothing_of_its_cause() {
    GrantsError failure = new GrantsError.InternalFailure(new IllegalStateException("disk /var/secret is full"));

    for (LambdaOperation operation : LambdaOperation.values()) {
      assertError(CODEC.encodeError(operation, failure), 500, "ServiceException",
          "{\"Type\":\"Service\",\"Message\":\"An internal error occurred.\"}");
    }
  }

  private static void assertError(WireResponse response, int status, String code, String body) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("x-amzn-ErrorType")).isEqualTo(code);
    assertThat(response.header("Content-Type")).isEqualTo("application/json");
    assertThat(response.bodyAsString()).isEqualTo(body);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
