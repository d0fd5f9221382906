package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.testkit.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.AccessDeniedException;
import software.amazon.awssdk.services.ssoadmin.model.DescribeInstanceResponse;
import software.amazon.awssdk.services.ssoadmin.model.InstanceStatus;
import software.amazon.awssdk.services.ssoadmin.model.PermissionSet;
import software.amazon.awssdk.services.ssoadmin.model.ProvisionTargetType;
import software.amazon.awssdk.services.ssoadmin.model.ProvisioningStatus;
import software.amazon.awssdk.services.ssoadmin.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ssoadmin.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ssoadmin.model.SsoAdminException;
import software.amazon.awssdk.services.ssoadmin.model.StatusValues;
import software.amazon.awssdk.services.ssoadmin.model.Tag;
import software.amazon.awssdk.services.ssoadmin.model.ValidationException;

/**
 * The permission-set surface Terraform's {@code aws_ssoadmin_permission_set} drives (ListPermissionSets,
 * UpdatePermissionSet, DescribeInstance, TagResource, UntagResource, ListTagsForResource and the tags of a create)
 * through the real AWS SDK for Java v2 {@link SsoAdminClient}: each operation's success and each error it documents
 * that Grants answers, with its exact code and text. Each test works on permission sets of its own in the account's
 * one instance, which the suite creates with tags.
 *
 * <pre>{@code
 * class InMemorySsoAdminPermissionSetSurfaceSdkContractTest extends SsoAdminPermissionSetSurfaceSdkContract {
 *   @RegisterExtension
 *   static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SsoAdminPermissionSetSurfaceSdkContract {
  private static final String OTHER = "444455556666";
  private static final String TARGET = "111122223333";
  private static final String MISSING_INSTANCE = "arn:aws:sso:::instance/ssoins-0000000000000000";
  private static final AtomicInteger NAMES = new AtomicInteger();

  /** The suite's endpoint on {@code store}, settings for us-east-2. */
  static StoreEndpoint endpointOn(StoreUnderTest store) {
    return new StoreEndpoint(store, GrantsEndpointExtension.serving(store::wiring).inRegion(Fixtures.REGION));
  }

  private SsoAdminClient sso;
  private SsoAdminClient other;
  private String instance;

  @BeforeAll
  void connect(StoreEndpoint endpoint) {
    sso = SdkClients.client(SsoAdminClient.builder(), endpoint.settings(), endpoint.settings().region());
    other = SdkClients.client(SsoAdminClient.builder(), endpoint.settings().asAccount(OTHER),
        endpoint.settings().region());
    instance = sso.createInstance(b -> b.name("surface").tags(tag("env", "test"))).instanceArn();
  }

  @AfterAll
  void disconnect() {
    sso.close();
    other.close();
  }

  // --- DescribeInstance ---------------------------------------------------------------------------------

  @Test
  void describe_instance_answers_the_instance_as_listed() {
    DescribeInstanceResponse described = sso.describeInstance(b -> b.instanceArn(instance));

    assertThat(described.instanceArn()).isEqualTo(instance);
    assertThat(described.ownerAccountId()).isEqualTo(Fixtures.OWNER);
    assertThat(described.name()).isEqualTo("surface");
    assertThat(described.status()).isEqualTo(InstanceStatus.ACTIVE);
    assertThat(described.identityStoreId()).isEqualTo(sso.listInstances(b -> {}).instances().get(0).identityStoreId());
    assertThat(described.createdDate()).isBefore(Instant.now().plusSeconds(1));
  }

  @Test
  void describe_instance_denies_an_unknown_or_foreign_instance_and_validates_its_arn() {
    assertRefused(() -> sso.describeInstance(b -> b.instanceArn(MISSING_INSTANCE)), AccessDeniedException.class,
        "AccessDeniedException", "User: arn:aws:iam::" + Fixtures.OWNER + ":root is not authorized to perform: "
            + "sso:DescribeInstance on resource: " + MISSING_INSTANCE);
    assertRefused(() -> other.describeInstance(b -> b.instanceArn(instance)), AccessDeniedException.class,
        "AccessDeniedException", "User: arn:aws:iam::" + OTHER + ":root is not authorized to perform: "
            + "sso:DescribeInstance on resource: " + instance);
    assertRefused(() -> sso.describeInstance(b -> b.instanceArn("arn:aws:sso:::instance/nope")),
        ValidationException.class, "ValidationException", "1 validation error detected: Value "
            + "'arn:aws:sso:::instance/nope' at 'instanceArn' failed to satisfy constraint: Member must satisfy "
            + "regular expression pattern: arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}");
  }

  // --- ListPermissionSets -------------------------------------------------------------------------------

  @Test
  void the_permission_sets_page_through_the_sdk_paginator_in_creation_order() {
    List<String> created = IntStream.range(0, 3).mapToObj(n -> permissionSet()).toList();

    List<String> listed = sso.listPermissionSetsPaginator(b -> b.instanceArn(instance).maxResults(1))
        .permissionSets().stream().toList();

    assertThat(listed).containsSubsequence(created).doesNotHaveDuplicates();
    String deleted = created.get(1);
    sso.deletePermissionSet(b -> b.instanceArn(instance).permissionSetArn(deleted));
    assertThat(sso.listPermissionSetsPaginator(b -> b.instanceArn(instance)).permissionSets().stream().toList())
        .doesNotContain(deleted).contains(created.get(0), created.get(2));
  }

  @Test
  void list_permission_sets_refuses_bad_paging_an_unknown_instance_and_a_foreign_one() {
    assertRefused(() -> sso.listPermissionSets(b -> b.instanceArn(instance).maxResults(0)), ValidationException.class,
        "ValidationException", "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 1");
    assertRefused(() -> sso.listPermissionSets(b -> b.instanceArn(instance).nextToken("AAAAAQ" + "A".repeat(21))),
        ValidationException.class, "ValidationException", "The NextToken is not valid for this listing.");
    assertRefused(() -> sso.listPermissionSets(b -> b.instanceArn(MISSING_INSTANCE)), ResourceNotFoundException.class,
        "ResourceNotFoundException", "Could not find Instance with ARN " + MISSING_INSTANCE);
    assertRefused(() -> other.listPermissionSets(b -> b.instanceArn(instance)), AccessDeniedException.class,
        "AccessDeniedException", "User: arn:aws:iam::" + OTHER + ":root is not authorized to perform: "
            + "sso:ListPermissionSets on resource: " + instance);
  }

  // --- UpdatePermissionSet ------------------------------------------------------------------------------

  @Test
  void an_update_changes_what_it_names_and_makes_provisioned_accounts_stale() throws InterruptedException {
    String set = sso.createPermissionSet(b -> b.instanceArn(instance).name(newName()).description("before"))
        .permissionSet().permissionSetArn();
    String request = sso.provisionPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .targetType(ProvisionTargetType.AWS_ACCOUNT).targetId(TARGET)).permissionSetProvisioningStatus().requestId();
    awaitSucceeded(request);

    sso.updatePermissionSet(b -> b.instanceArn(instance).permissionSetArn(set).sessionDuration("PT4H")
        .relayState("https://console.aws.amazon.com/"));

    PermissionSet described = sso.describePermissionSet(b -> b.instanceArn(instance).permissionSetArn(set))
        .permissionSet();
    assertThat(described.description()).isEqualTo("before");
    assertThat(described.sessionDuration()).isEqualTo("PT4H");
    assertThat(described.relayState()).isEqualTo("https://console.aws.amazon.com/");
    assertThat(sso.listAccountsForProvisionedPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .provisioningStatus(ProvisioningStatus.LATEST_PERMISSION_SET_NOT_PROVISIONED)).accountIds())
        .containsExactly(TARGET);
  }

  @Test
  void an_update_refuses_violations_unknown_sets_and_foreign_callers() {
    String set = permissionSet();
    String unknown = instance.replace(":instance/", ":permissionSet/") + "/ps-000000000000dead";

    assertRefused(() -> sso.updatePermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .sessionDuration("an hour").description("")), ValidationException.class, "ValidationException",
        "2 validation errors detected: Value '' at 'description' failed to satisfy constraint: Member must have "
            + "length greater than or equal to 1; Value 'an hour' at 'sessionDuration' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: (-?)P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)"
            + "([DW]))?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");
    assertRefused(() -> sso.updatePermissionSet(b -> b.instanceArn(instance).permissionSetArn(unknown)
        .description("d")), ResourceNotFoundException.class, "ResourceNotFoundException",
        "Could not find PermissionSet with ARN " + unknown);
    assertRefused(() -> other.updatePermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .description("d")), AccessDeniedException.class, "AccessDeniedException", "User: arn:aws:iam::" + OTHER
        + ":root is not authorized to perform: sso:UpdatePermissionSet on resource: " + instance);
  }

  // --- tags -----------------------------------------------------------------------------------------------

  @Test
  void the_tags_of_a_create_are_listed_and_tag_and_untag_change_them() {
    String set = sso.createPermissionSet(b -> b.instanceArn(instance).name(newName())
        .tags(tag("a", "1"), tag("b", "2"))).permissionSet().permissionSetArn();

    sso.tagResource(b -> b.instanceArn(instance).resourceArn(set).tags(tag("c", "3"), tag("a", "one")));
    sso.untagResource(b -> b.instanceArn(instance).resourceArn(set).tagKeys("b", "absent"));

    assertThat(sso.listTagsForResourcePaginator(b -> b.instanceArn(instance).resourceArn(set)).tags().stream()
        .toList()).containsExactly(tag("a", "one"), tag("c", "3"));
    assertThat(sso.listTagsForResource(b -> b.resourceArn(instance)).tags()).as("the instance's, no InstanceArn")
        .containsExactly(tag("env", "test"));
  }

  @Test
  void more_than_fifty_tags_on_one_resource_is_a_service_quota_exceeded_exception() {
    String set = sso.createPermissionSet(b -> b.instanceArn(instance).name(newName())
        .tags(IntStream.range(0, 50).mapToObj(n -> tag("k" + n, "v")).toList())).permissionSet().permissionSetArn();

    assertRefused(() -> sso.tagResource(b -> b.instanceArn(instance).resourceArn(set).tags(tag("one", "more"))),
        ServiceQuotaExceededException.class, "ServiceQuotaExceededException",
        "The resource would have more than 50 tags.");
    assertRefused(() -> sso.createPermissionSet(b -> b.instanceArn(instance).name(newName())
            .tags(IntStream.range(0, 51).mapToObj(n -> tag("k" + n, "v")).toList())),
        ServiceQuotaExceededException.class, "ServiceQuotaExceededException",
        "The resource would have more than 50 tags.");
    assertThat(sso.listTagsForResource(b -> b.instanceArn(instance).resourceArn(set)).tags()).hasSize(50);
  }

  @Test
  void tagging_refuses_violations_unknown_resources_and_foreign_callers() {
    String set = permissionSet();
    String unknown = instance.replace(":instance/", ":permissionSet/") + "/ps-000000000000dead";
    String application = "arn:aws:sso::" + Fixtures.OWNER + ":application/" + instance.substring(
        instance.indexOf("ssoins-")) + "/apl-1234567890abcdef";

    assertRefused(() -> sso.tagResource(b -> b.resourceArn(set).tags(tag("", "v"))), ValidationException.class,
        "ValidationException", "1 validation error detected: Value '' at 'tags.1.member.key' failed to satisfy "
            + "constraint: Member must have length greater than or equal to 1");
    assertRefused(() -> sso.untagResource(b -> b.resourceArn(set).tagKeys(List.of())), ValidationException.class,
        "ValidationException", "1 validation error detected: Value '[]' at 'tagKeys' failed to satisfy "
            + "constraint: Member must have length greater than or equal to 1");
    assertRefused(() -> sso.tagResource(b -> b.resourceArn(unknown).tags(tag("k", "v"))),
        ResourceNotFoundException.class, "ResourceNotFoundException", "Could not find PermissionSet with ARN "
            + unknown);
    assertRefused(() -> sso.untagResource(b -> b.resourceArn(unknown).tagKeys("k")),
        ResourceNotFoundException.class, "ResourceNotFoundException", "Could not find PermissionSet with ARN "
            + unknown);
    assertRefused(() -> sso.listTagsForResource(b -> b.resourceArn(application)), ResourceNotFoundException.class,
        "ResourceNotFoundException", "Could not find Application with ARN " + application);
    assertRefused(() -> other.tagResource(b -> b.resourceArn(set).tags(tag("k", "v"))), AccessDeniedException.class,
        "AccessDeniedException", "User: arn:aws:iam::" + OTHER + ":root is not authorized to perform: "
            + "sso:TagResource on resource: " + instance);
    assertRefused(() -> other.untagResource(b -> b.resourceArn(set).tagKeys("k")), AccessDeniedException.class,
        "AccessDeniedException", "User: arn:aws:iam::" + OTHER + ":root is not authorized to perform: "
            + "sso:UntagResource on resource: " + instance);
    assertRefused(() -> other.listTagsForResource(b -> b.resourceArn(set)), AccessDeniedException.class,
        "AccessDeniedException", "User: arn:aws:iam::" + OTHER + ":root is not authorized to perform: "
            + "sso:ListTagsForResource on resource: " + instance);
    assertRefused(() -> sso.listTagsForResource(b -> b.resourceArn(set).nextToken("AAAAAQ" + "A".repeat(21))),
        ValidationException.class, "ValidationException", "The NextToken is not valid for this listing.");
  }

  @Test
  void a_deleted_permission_set_has_no_tags_to_list() {
    String set = sso.createPermissionSet(b -> b.instanceArn(instance).name(newName()).tags(tag("a", "1")))
        .permissionSet().permissionSetArn();

    sso.deletePermissionSet(b -> b.instanceArn(instance).permissionSetArn(set));

    assertRefused(() -> sso.listTagsForResource(b -> b.instanceArn(instance).resourceArn(set)),
        ResourceNotFoundException.class, "ResourceNotFoundException", "Could not find PermissionSet with ARN " + set);
  }

  // --- helpers --------------------------------------------------------------------------------------------

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  private static String newName() {
    return "Surface" + NAMES.incrementAndGet();
  }

  private String permissionSet() {
    return sso.createPermissionSet(b -> b.instanceArn(instance).name(newName())).permissionSet().permissionSetArn();
  }

  private void awaitSucceeded(String request) throws InterruptedException {
    for (int attempt = 0; attempt < 250; attempt++) {
      StatusValues status = sso.describePermissionSetProvisioningStatus(b -> b.instanceArn(instance)
          .provisionPermissionSetRequestId(request)).permissionSetProvisioningStatus().status();
      if (status == StatusValues.SUCCEEDED) {
        return;
      }
      assertThat(status).isEqualTo(StatusValues.IN_PROGRESS);
      Thread.sleep(20);
    }
    throw new AssertionError("the provisioning " + request + " did not succeed within five seconds");
  }

  /** The call is refused with {@code type}, 400, {@code code} and {@code message}. */
  private static void assertRefused(ThrowingCallable call, Class<? extends SsoAdminException> type, String code,
      String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(type, refused -> {
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.awsErrorDetails().errorCode()).isEqualTo(code);
      assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo(message);
    });
  }
}
