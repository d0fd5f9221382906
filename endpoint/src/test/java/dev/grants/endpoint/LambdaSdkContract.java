package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.FixedClock;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.AddLayerVersionPermissionRequest;
import software.amazon.awssdk.services.lambda.model.AddLayerVersionPermissionResponse;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionPolicyResponse;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.PolicyLengthExceededException;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.PublishLayerVersionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/**
 * Every case of CONTRACT.md section A through the real AWS SDK for Java v2 {@link LambdaClient}, against the
 * endpoint: the SDK's own exception types, status codes and messages. Each test works on its own layer, so
 * one endpoint serves the class.
 *
 * <p>A store runs the suite with a subclass that registers {@link #endpointOn} on a static field:
 *
 * <pre>{@code
 * class InMemoryLambdaSdkContractTest extends LambdaSdkContract {
 *   @RegisterExtension
 *   static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LambdaSdkContract {
  private static final FixedClock CLOCK = FixedClock.at("2018-11-14T23:03:52.894Z");
  private static final AtomicInteger LAYERS = new AtomicInteger();

  /** The suite's endpoint on {@code store}: its wirings at the suite's fixed clock, settings for us-east-2. */
  static StoreEndpoint endpointOn(StoreUnderTest store) {
    return new StoreEndpoint(store,
        GrantsEndpointExtension.serving(() -> store.wiring(CLOCK)).inRegion("us-east-2"));
  }

  private ClientSettings settings;
  private LambdaClient lambda;

  @BeforeAll
  void connect(ClientSettings settings) {
    this.settings = settings;
    lambda = client(settings, Fixtures.REGION);
  }

  @AfterAll
  void disconnect() {
    lambda.close();
  }

  static LambdaClient client(ClientSettings settings, String region) {
    return SdkClients.client(LambdaClient.builder(), settings, region);
  }

  // --- lifecycle ------------------------------------------------------------------------------------------

  @Test
  void publish_answers_the_first_version_with_its_arns_date_and_content() throws Exception {
    String layer = newLayer();

    PublishLayerVersionResponse published = lambda.publishLayerVersion(b -> b.layerName(layer)
        .description("shared").content(c -> c.zipFile(SdkBytes.fromByteArray(Fixtures.ARCHIVE)))
        .compatibleRuntimesWithStrings("java17").compatibleArchitecturesWithStrings("arm64"));

    assertThat(published.sdkHttpResponse().statusCode()).isEqualTo(201);
    assertThat(published.version()).isEqualTo(1L);
    assertThat(published.layerArn()).isEqualTo("arn:aws:lambda:us-east-2:123456789012:layer:" + layer);
    assertThat(published.layerVersionArn()).isEqualTo(published.layerArn() + ":1");
    assertThat(published.createdDate()).isEqualTo("2018-11-14T23:03:52.894+0000");
    assertThat(published.description()).isEqualTo("shared");
    assertThat(published.content().codeSha256()).isEqualTo(
        Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(Fixtures.ARCHIVE)));
    assertThat(published.content().codeSize()).isEqualTo(Fixtures.ARCHIVE.length);
    assertThat(published.compatibleRuntimesAsStrings()).containsExactly("java17");
    assertThat(published.compatibleArchitecturesAsStrings()).containsExactly("arm64");
    assertThat(publish(layer)).isEqualTo(2L);
  }

  @Test
  void get_layer_version_answers_what_publish_did_and_a_missing_one_is_not_found() {
    String layer = newLayer();
    PublishLayerVersionResponse published = lambda.publishLayerVersion(b -> b.layerName(layer)
        .content(c -> c.zipFile(SdkBytes.fromByteArray(Fixtures.ARCHIVE))));

    GetLayerVersionResponse read = lambda.getLayerVersion(b -> b.layerName(layer).versionNumber(1L));

    assertThat(read.layerVersionArn()).isEqualTo(published.layerVersionArn());
    assertThat(read.createdDate()).isEqualTo(published.createdDate());
    assertThat(read.content().codeSha256()).isEqualTo(published.content().codeSha256());
    assertRefused(() -> lambda.getLayerVersion(b -> b.layerName(layer).versionNumber(2L)),
        ResourceNotFoundException.class, 404, "ResourceNotFoundException",
        "The resource you requested does not exist.");
  }

  @Test
  void delete_answers_204_also_for_what_is_missing_and_deletes_the_policy() {
    String layer = newLayer();
    publish(layer);
    grant(layer, "xaccount");

    assertThat(lambda.deleteLayerVersion(b -> b.layerName(layer).versionNumber(1L)).sdkHttpResponse().statusCode())
        .isEqualTo(204);
    assertThat(lambda.deleteLayerVersion(b -> b.layerName(layer).versionNumber(1L)).sdkHttpResponse().statusCode())
        .isEqualTo(204);
    assertThat(lambda.deleteLayerVersion(b -> b.layerName("never-" + layer).versionNumber(3L))
        .sdkHttpResponse().statusCode()).isEqualTo(204);
    assertRefused(() -> lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(1L)),
        ResourceNotFoundException.class, 404, "ResourceNotFoundException",
        "Layer version arn:aws:lambda:us-east-2:123456789012:layer:" + layer + ":1 does not exist.");
    assertThat(publish(layer)).as("a deleted number is never reused").isEqualTo(2L);
  }

  @Test
  void a_version_number_below_one_is_an_invalid_parameter() {
    String layer = newLayer();
    publish(layer);

    assertRefused(() -> lambda.addLayerVersionPermission(seed(layer).versionNumber(0L).build()),
        InvalidParameterValueException.class, 400, "InvalidParameterValueException",
        "Layer Version Cannot be less than 1");
    assertRefused(() -> lambda.getLayerVersion(b -> b.layerName(layer).versionNumber(-1L)),
        InvalidParameterValueException.class, 400, "InvalidParameterValueException",
        "Layer Version Cannot be less than 1");
  }

  // --- AddLayerVersionPermission / GetLayerVersionPolicy --------------------------------------------------

  @Test
  void the_seed_example_is_byte_exact() {
    publish(Fixtures.LAYER);

    AddLayerVersionPermissionResponse added = lambda.addLayerVersionPermission(b -> b
        .action("lambda:GetLayerVersion").layerName("my-layer").principal("223456789012")
        .statementId("xaccount").versionNumber(1L));

    assertThat(added.sdkHttpResponse().statusCode()).isEqualTo(201);
    assertThat(added.statement()).isEqualTo(Fixtures.SEED_STATEMENT_JSON);
    assertThat(added.revisionId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    GetLayerVersionPolicyResponse policy =
        lambda.getLayerVersionPolicy(b -> b.layerName("my-layer").versionNumber(1L));
    assertThat(policy.policy()).isEqualTo(
        "{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":[" + Fixtures.SEED_STATEMENT_JSON + "]}");
    assertThat(policy.revisionId()).isEqualTo(added.revisionId());
  }

  @Test
  void a_root_arn_a_star_and_an_organization_render_as_the_contract_says() {
    String layer = newLayer();
    publish(layer);
    String resource = "arn:aws:lambda:us-east-2:123456789012:layer:" + layer + ":1";

    String byRootArn = lambda.addLayerVersionPermission(seed(layer).statementId("root")
        .principal("arn:aws:iam::223456789012:root").build()).statement();
    String star = lambda.addLayerVersionPermission(seed(layer).statementId("star").principal("*").build())
        .statement();
    String org = lambda.addLayerVersionPermission(seed(layer).statementId("org").principal("*")
        .organizationId("o-a1b2c3d4e5").build()).statement();

    assertThat(byRootArn).isEqualTo("{\"Sid\":\"root\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
        + "\"arn:aws:iam::223456789012:root\"},\"Action\":\"lambda:GetLayerVersion\",\"Resource\":\"" + resource + "\"}");
    assertThat(star).isEqualTo("{\"Sid\":\"star\",\"Effect\":\"Allow\",\"Principal\":\"*\","
        + "\"Action\":\"lambda:GetLayerVersion\",\"Resource\":\"" + resource + "\"}");
    assertThat(org).isEqualTo("{\"Sid\":\"org\",\"Effect\":\"Allow\",\"Principal\":\"*\","
        + "\"Action\":\"lambda:GetLayerVersion\",\"Resource\":\"" + resource + "\","
        + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-a1b2c3d4e5\"}}}");
    assertThat(lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(1L)).policy())
        .isEqualTo("{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":[" + byRootArn + "," + star + ","
            + org + "]}");
  }

  @Test
  void the_partition_follows_the_signed_region() {
    try (LambdaClient china = client(settings, "cn-north-1")) {
      String layer = newLayer();
      china.publishLayerVersion(b -> b.layerName(layer).content(c -> c.zipFile(SdkBytes.fromByteArray(Fixtures.ARCHIVE))));

      String statement = china.addLayerVersionPermission(seed(layer).build()).statement();

      assertThat(statement).contains("\"Principal\":{\"AWS\":\"arn:aws-cn:iam::223456789012:root\"}")
          .contains("\"Resource\":\"arn:aws-cn:lambda:cn-north-1:123456789012:layer:" + layer + ":1\"");
    }
  }

  @Test
  void a_layer_arn_addresses_the_same_layer_and_the_resource_is_the_version_arn() {
    String layer = newLayer();
    publish(layer);
    String layerArn = "arn:aws:lambda:us-east-2:123456789012:layer:" + layer;

    String statement = lambda.addLayerVersionPermission(seed(layer).layerName(layerArn).build()).statement();

    assertThat(statement).contains("\"Resource\":\"" + layerArn + ":1\"");
    assertThat(lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(1L)).policy()).contains(statement);
  }

  @Test
  void a_member_failing_its_pattern_is_a_validation_exception_in_the_live_text() {
    String layer = newLayer();
    publish(layer);

    assertRefused(() -> lambda.addLayerVersionPermission(seed(layer).principal("12345").build()),
        LambdaException.class, 400, "ValidationException",
        "1 validation error detected: Value '12345' at 'principal' failed to satisfy constraint: Member must "
            + "satisfy regular expression pattern: \\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root");
    assertRefused(() -> lambda.addLayerVersionPermission(seed(layer).statementId("s".repeat(101)).build()),
        LambdaException.class, 400, "ValidationException", "1 validation error detected: Value '" + "s".repeat(101)
            + "' at 'statementId' failed to satisfy constraint: Member must have length less than or equal to 100");
  }

  @Test
  void several_violations_and_missing_members_are_counted_and_joined() {
    String layer = newLayer();
    publish(layer);

    assertRefused(() -> lambda.addLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L)
            .action("lambda:InvokeFunction").organizationId("o-x")),
        LambdaException.class, 400, "ValidationException", "4 validation errors detected: "
            + "Value null at 'statementId' failed to satisfy constraint: Member must not be null; "
            + "Value 'lambda:InvokeFunction' at 'action' failed to satisfy constraint: Member must satisfy regular "
            + "expression pattern: lambda:GetLayerVersion; "
            + "Value null at 'principal' failed to satisfy constraint: Member must not be null; "
            + "Value 'o-x' at 'organizationId' failed to satisfy constraint: Member must satisfy regular expression "
            + "pattern: o-[a-z0-9]{10,32}");
  }

  @Test
  void an_organization_with_a_principal_other_than_star_is_an_invalid_parameter() {
    String layer = newLayer();
    publish(layer);

    assertRefused(() -> lambda.addLayerVersionPermission(seed(layer).organizationId("o-a1b2c3d4e5").build()),
        InvalidParameterValueException.class, 400, "InvalidParameterValueException",
        "OrganizationId can only be specified when Principal is '*'.");
  }

  @Test
  void a_missing_layer_or_version_is_not_found_on_add_get_and_remove() {
    String layer = newLayer();
    publish(layer);
    String missing = "Layer version arn:aws:lambda:us-east-2:123456789012:layer:" + layer + ":2 does not exist.";

    assertRefused(() -> lambda.addLayerVersionPermission(seed(layer).versionNumber(2L).build()),
        ResourceNotFoundException.class, 404, "ResourceNotFoundException", missing);
    assertRefused(() -> lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(2L)),
        ResourceNotFoundException.class, 404, "ResourceNotFoundException", missing);
    assertRefused(() -> lambda.removeLayerVersionPermission(b -> b.layerName(layer).versionNumber(2L)
            .statementId("xaccount")),
        ResourceNotFoundException.class, 404, "ResourceNotFoundException", missing);
  }

  @Test
  void a_duplicate_statement_id_is_a_resource_conflict() {
    String layer = newLayer();
    publish(layer);
    grant(layer, "xaccount");

    assertRefused(() -> lambda.addLayerVersionPermission(seed(layer).build()),
        ResourceConflictException.class, 409, "ResourceConflictException",
        "The statement id (xaccount) provided already exists. Please provide a new statement id, or remove the "
            + "existing statement.");
  }

  @Test
  void a_revision_that_is_not_the_current_one_is_a_failed_precondition_on_add_and_remove() {
    String layer = newLayer();
    publish(layer);
    String text = "The Revision Id provided does not match the latest Revision Id. Call the GetLayerPolicy API to "
        + "retrieve the latest Revision Id";

    assertRefused(() -> lambda.addLayerVersionPermission(seed(layer).revisionId("35d87451-f796-4a3f-a618-95a3671b0a0c")
        .build()), PreconditionFailedException.class, 412, "PreconditionFailedException", text);
    String current = grant(layer, "xaccount");
    assertRefused(() -> lambda.addLayerVersionPermission(seed(layer).statementId("next").revisionId("stale").build()),
        PreconditionFailedException.class, 412, "PreconditionFailedException", text);
    assertRefused(() -> lambda.removeLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L)
        .statementId("xaccount").revisionId("stale")), PreconditionFailedException.class, 412,
        "PreconditionFailedException", text);

    String next = lambda.addLayerVersionPermission(seed(layer).statementId("next").revisionId(current).build())
        .revisionId();
    assertThat(lambda.removeLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L).statementId("next")
        .revisionId(next)).sdkHttpResponse().statusCode()).isEqualTo(204);
  }

  @Test
  void a_policy_never_had_and_a_policy_emptied_read_differently() {
    String layer = newLayer();
    publish(layer);

    assertRefused(() -> lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(1L)),
        ResourceNotFoundException.class, 404, "ResourceNotFoundException",
        "No policy is associated with the given resource.");
    grant(layer, "xaccount");
    lambda.removeLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L).statementId("xaccount"));
    assertRefused(() -> lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(1L)),
        ResourceNotFoundException.class, 404, "ResourceNotFoundException",
        "Layer version arn:aws:lambda:us-east-2:123456789012:layer:" + layer + ":1 does not have any resource policy.");
  }

  // --- RemoveLayerVersionPermission -----------------------------------------------------------------------

  @Test
  void remove_answers_204_and_the_new_revision_is_visible_through_get() {
    String layer = newLayer();
    publish(layer);
    String first = grant(layer, "a");
    grant(layer, "b");

    assertThat(lambda.removeLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L).statementId("a"))
        .sdkHttpResponse().statusCode()).isEqualTo(204);

    GetLayerVersionPolicyResponse policy = lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(1L));
    assertThat(policy.policy()).contains("\"Sid\":\"b\"").doesNotContain("\"Sid\":\"a\"");
    assertThat(policy.revisionId()).isNotEqualTo(first);
  }

  @Test
  void remove_of_an_unknown_statement_is_not_found_after_the_revision_check() {
    String layer = newLayer();
    publish(layer);
    grant(layer, "xaccount");

    assertRefused(() -> lambda.removeLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L)
            .statementId("nope")),
        ResourceNotFoundException.class, 404, "ResourceNotFoundException",
        "Statement nope is not found in resource policy.");
    assertRefused(() -> lambda.removeLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L)
            .statementId("nope").revisionId("stale")),
        PreconditionFailedException.class, 412, "PreconditionFailedException",
        "The Revision Id provided does not match the latest Revision Id. Call the GetLayerPolicy API to retrieve "
            + "the latest Revision Id");
  }

  // --- size -----------------------------------------------------------------------------------------------

  @Test
  void a_policy_over_20480_bytes_is_refused_with_its_final_size() {
    String layer = newLayer();
    publish(layer);
    String before = null;
    LambdaException refusal = null;
    for (int i = 0; i < 500 && refusal == null; i++) {
      String sid = String.format("statement-%04d", i);
      try {
        lambda.addLayerVersionPermission(seed(layer).statementId(sid).build());
        before = lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(1L)).policy();
      } catch (PolicyLengthExceededException refused) {
        refusal = refused;
      }
    }
    String statement = "{\"Sid\":\"statement-0000\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
        + "\"arn:aws:iam::223456789012:root\"},\"Action\":\"lambda:GetLayerVersion\",\"Resource\":"
        + "\"arn:aws:lambda:us-east-2:123456789012:layer:" + layer + ":1\"}";
    int finalSize = before.length() + 1 + statement.length();

    assertThat(refusal).isNotNull();
    assertThat(refusal.statusCode()).isEqualTo(400);
    assertThat(refusal.awsErrorDetails().errorMessage())
        .isEqualTo("The final policy size (" + finalSize + ") is bigger than the limit (20480).");
    assertThat(lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(1L)).policy()).isEqualTo(before);
  }

  // --- helpers --------------------------------------------------------------------------------------------

  private static String newLayer() {
    return "layer-" + LAYERS.incrementAndGet();
  }

  private long publish(String layer) {
    return lambda.publishLayerVersion(b -> b.layerName(layer)
        .content(c -> c.zipFile(SdkBytes.fromByteArray(Fixtures.ARCHIVE)))).version();
  }

  private String grant(String layer, String sid) {
    return lambda.addLayerVersionPermission(seed(layer).statementId(sid).build()).revisionId();
  }

  private static AddLayerVersionPermissionRequest.Builder seed(String layer) {
    return AddLayerVersionPermissionRequest.builder().layerName(layer).versionNumber(1L)
        .statementId("xaccount").action("lambda:GetLayerVersion").principal("223456789012");
  }

  private static void assertRefused(
      ThrowingCallable call, Class<? extends LambdaException> type, int status, String code, String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(type, refused -> {
      assertThat(refused.statusCode()).isEqualTo(status);
      assertThat(refused.awsErrorDetails().errorCode()).isEqualTo(code);
      assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo(message);
    });
  }
}
