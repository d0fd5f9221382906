package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.testkit.Fixtures;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.AccessDeniedException;
import software.amazon.awssdk.services.ssoadmin.model.AttachedManagedPolicy;
import software.amazon.awssdk.services.ssoadmin.model.ConflictException;
import software.amazon.awssdk.services.ssoadmin.model.CustomerManagedPolicyReference;
import software.amazon.awssdk.services.ssoadmin.model.ListManagedPoliciesInPermissionSetResponse;
import software.amazon.awssdk.services.ssoadmin.model.PermissionsBoundary;
import software.amazon.awssdk.services.ssoadmin.model.ProvisionTargetType;
import software.amazon.awssdk.services.ssoadmin.model.ProvisioningStatus;
import software.amazon.awssdk.services.ssoadmin.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ssoadmin.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ssoadmin.model.SsoAdminException;
import software.amazon.awssdk.services.ssoadmin.model.StatusValues;
import software.amazon.awssdk.services.ssoadmin.model.ValidationException;

/**
 * A permission set's definition through the real AWS SDK for Java v2 {@link SsoAdminClient}: Get/Delete of the inline
 * policy, Attach/Detach/List of AWS managed and customer managed policies, Put/Get/Delete of the permissions boundary,
 * each operation's success and each error it documents that Grants answers, with its exact code and text, and the
 * staleness every change brings to a provisioned account. Each test works on a permission set of its own.
 *
 * <pre>{@code
 * class InMemorySsoAdminDefinitionSdkContractTest extends SsoAdminDefinitionSdkContract {
 *   @RegisterExtension
 *   static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SsoAdminDefinitionSdkContract {
  private static final String OTHER = "444455556666";
  private static final String TARGET = "111122223333";
  private static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
  private static final String BILLING = "arn:aws:iam::aws:policy/job-function/Billing";
  private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Action\":\"s3:ListAllMyBuckets\",\"Resource\":\"*\"}]}";
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
    instance = sso.createInstance(b -> b.name("definitions")).instanceArn();
  }

  @AfterAll
  void disconnect() {
    sso.close();
    other.close();
  }

  // --- the inline policy --------------------------------------------------------------------------------

  @Test
  void the_inline_policy_is_read_back_deleted_and_then_read_as_empty() {
    String set = permissionSet();
    assertThat(sso.getInlinePolicyForPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set))
        .inlinePolicy()).isEmpty();
    sso.putInlinePolicyToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set).inlinePolicy(POLICY));
    assertThat(sso.getInlinePolicyForPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set))
        .inlinePolicy()).isEqualTo(POLICY);

    sso.deleteInlinePolicyFromPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set));

    assertThat(sso.getInlinePolicyForPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set))
        .inlinePolicy()).isEmpty();
    sso.deleteInlinePolicyFromPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set));
  }

  @Test
  void the_inline_policy_operations_refuse_an_unknown_set_a_foreign_instance_and_a_bad_arn() {
    String missing = instance.replace("instance/", "permissionSet/") + "/ps-000000000000dead";
    assertRefused(() -> sso.getInlinePolicyForPermissionSet(b -> b.instanceArn(instance).permissionSetArn(missing)),
        ResourceNotFoundException.class, "ResourceNotFoundException", "Could not find PermissionSet with ARN "
            + missing);
    assertRefused(() -> other.deleteInlinePolicyFromPermissionSet(b -> b.instanceArn(instance)
            .permissionSetArn(missing)), AccessDeniedException.class, "AccessDeniedException",
        "User: arn:aws:iam::" + OTHER + ":root is not authorized to perform:"
            + " sso:DeleteInlinePolicyFromPermissionSet on resource: " + instance);
    assertRefused(() -> sso.getInlinePolicyForPermissionSet(b -> b.instanceArn(instance).permissionSetArn("ps")),
        ValidationException.class, "ValidationException", "2 validation errors detected: Value 'ps' at"
            + " 'permissionSetArn' failed to satisfy constraint: Member must have length greater than or equal to 10;"
            + " Value 'ps' at 'permissionSetArn' failed to satisfy constraint: Member must satisfy regular expression"
            + " pattern: arn:aws(-[a-z]{1,5}){0,3}:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}"
            + "/ps-[a-zA-Z0-9-./]{16}");
  }

  // --- AWS managed policies -----------------------------------------------------------------------------

  @Test
  void managed_policies_are_attached_listed_by_name_and_arn_a_page_at_a_time_and_detached() {
    String set = permissionSet();
    sso.attachManagedPolicyToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .managedPolicyArn(READ_ONLY));
    sso.attachManagedPolicyToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .managedPolicyArn(BILLING));

    ListManagedPoliciesInPermissionSetResponse first = sso.listManagedPoliciesInPermissionSet(b -> b
        .instanceArn(instance).permissionSetArn(set).maxResults(1));
    assertThat(first.attachedManagedPolicies()).containsExactly(
        AttachedManagedPolicy.builder().name("ReadOnlyAccess").arn(READ_ONLY).build());
    assertThat(sso.listManagedPoliciesInPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .nextToken(first.nextToken())).attachedManagedPolicies()).containsExactly(
        AttachedManagedPolicy.builder().name("Billing").arn(BILLING).build());

    sso.detachManagedPolicyFromPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .managedPolicyArn(READ_ONLY));

    assertThat(sso.listManagedPoliciesInPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set))
        .attachedManagedPolicies()).extracting(AttachedManagedPolicy::arn).containsExactly(BILLING);
  }

  @Test
  void a_managed_policy_attached_twice_conflicts_one_not_attached_is_not_found_and_a_bad_arn_is_invalid() {
    String set = permissionSet();
    sso.attachManagedPolicyToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .managedPolicyArn(READ_ONLY));

    assertRefused(() -> sso.attachManagedPolicyToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
            .managedPolicyArn(READ_ONLY)), ConflictException.class, "ConflictException",
        "ManagedPolicy " + READ_ONLY + " is already attached to PermissionSet with ARN " + set + ".");
    assertRefused(() -> sso.detachManagedPolicyFromPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
            .managedPolicyArn(BILLING)), ResourceNotFoundException.class, "ResourceNotFoundException",
        "Could not find ManagedPolicy " + BILLING + " attached to PermissionSet with ARN " + set);
    assertRefused(() -> sso.attachManagedPolicyToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
            .managedPolicyArn("arn:aws:iam::123456789012:policy/Mine")), ValidationException.class,
        "ValidationException", "1 validation error detected: Value 'arn:aws:iam::123456789012:policy/Mine' at"
            + " 'managedPolicyArn' failed to satisfy constraint: Member must satisfy regular expression pattern: "
            + "arn:aws(-[a-z]{1,5}){0,3}:iam::aws:policy((/[A-Za-z0-9\\.,\\+@=_-]+)*)/([A-Za-z0-9\\.,\\+=@_-]+)");
  }

  @Test
  void ten_policies_of_both_kinds_are_the_quota() {
    String set = permissionSet();
    for (int n = 0; n < 5; n++) {
      String arn = "arn:aws:iam::aws:policy/Policy" + n;
      sso.attachManagedPolicyToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set).managedPolicyArn(arn));
      String name = "Own" + n;
      sso.attachCustomerManagedPolicyReferenceToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
          .customerManagedPolicyReference(r -> r.name(name)));
    }
    String quota = "The PermissionSet with ARN " + set
        + " would have more than 10 managed policies (AWS managed and customer managed together).";

    assertRefused(() -> sso.attachManagedPolicyToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .managedPolicyArn(READ_ONLY)), ServiceQuotaExceededException.class, "ServiceQuotaExceededException", quota);
    assertRefused(() -> sso.attachCustomerManagedPolicyReferenceToPermissionSet(b -> b.instanceArn(instance)
            .permissionSetArn(set).customerManagedPolicyReference(r -> r.name("Own5"))),
        ServiceQuotaExceededException.class, "ServiceQuotaExceededException", quota);
  }

  // --- customer managed policies ------------------------------------------------------------------------

  @Test
  void customer_managed_policies_are_attached_with_the_default_path_listed_and_detached() {
    String set = permissionSet();
    sso.attachCustomerManagedPolicyReferenceToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .customerManagedPolicyReference(r -> r.name("Deploy")));
    sso.attachCustomerManagedPolicyReferenceToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .customerManagedPolicyReference(r -> r.name("Deploy").path("/team/")));

    assertThat(sso.listCustomerManagedPolicyReferencesInPermissionSet(b -> b.instanceArn(instance)
        .permissionSetArn(set)).customerManagedPolicyReferences()).containsExactly(
        CustomerManagedPolicyReference.builder().name("Deploy").path("/").build(),
        CustomerManagedPolicyReference.builder().name("Deploy").path("/team/").build());
    sso.detachCustomerManagedPolicyReferenceFromPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .customerManagedPolicyReference(r -> r.name("Deploy").path("/")));
    assertThat(sso.listCustomerManagedPolicyReferencesInPermissionSet(b -> b.instanceArn(instance)
        .permissionSetArn(set).maxResults(5)).customerManagedPolicyReferences()).containsExactly(
        CustomerManagedPolicyReference.builder().name("Deploy").path("/team/").build());
  }

  @Test
  void a_customer_managed_policy_attached_twice_conflicts_and_one_not_attached_is_not_found() {
    String set = permissionSet();
    sso.attachCustomerManagedPolicyReferenceToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .customerManagedPolicyReference(r -> r.name("Deploy")));

    assertRefused(() -> sso.attachCustomerManagedPolicyReferenceToPermissionSet(b -> b.instanceArn(instance)
            .permissionSetArn(set).customerManagedPolicyReference(r -> r.name("Deploy").path("/"))),
        ConflictException.class, "ConflictException",
        "CustomerManagedPolicy /Deploy is already attached to PermissionSet with ARN " + set + ".");
    assertRefused(() -> sso.detachCustomerManagedPolicyReferenceFromPermissionSet(b -> b.instanceArn(instance)
            .permissionSetArn(set).customerManagedPolicyReference(r -> r.name("Deploy").path("/other/"))),
        ResourceNotFoundException.class, "ResourceNotFoundException",
        "Could not find CustomerManagedPolicy /other/Deploy attached to PermissionSet with ARN " + set);
    assertRefused(() -> sso.attachCustomerManagedPolicyReferenceToPermissionSet(b -> b.instanceArn(instance)
            .permissionSetArn(set)), ValidationException.class, "ValidationException",
        "1 validation error detected: Value null at 'customerManagedPolicyReference' failed to satisfy constraint:"
            + " Member must not be null");
  }

  // --- the permissions boundary -------------------------------------------------------------------------

  @Test
  void a_boundary_is_put_read_replaced_and_deleted_and_none_is_not_found() {
    String set = permissionSet();
    String none = "Could not find PermissionsBoundary of PermissionSet with ARN " + set;
    assertRefused(() -> sso.getPermissionsBoundaryForPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)),
        ResourceNotFoundException.class, "ResourceNotFoundException", none);

    sso.putPermissionsBoundaryToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .permissionsBoundary(p -> p.managedPolicyArn(READ_ONLY)));
    assertThat(boundaryOf(set)).isEqualTo(PermissionsBoundary.builder().managedPolicyArn(READ_ONLY).build());
    sso.putPermissionsBoundaryToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .permissionsBoundary(p -> p.customerManagedPolicyReference(r -> r.name("Limit"))));
    assertThat(boundaryOf(set)).isEqualTo(PermissionsBoundary.builder()
        .customerManagedPolicyReference(r -> r.name("Limit").path("/")).build());

    sso.deletePermissionsBoundaryFromPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set));

    assertRefused(() -> sso.getPermissionsBoundaryForPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)),
        ResourceNotFoundException.class, "ResourceNotFoundException", none);
    assertRefused(() -> sso.deletePermissionsBoundaryFromPermissionSet(b -> b.instanceArn(instance)
        .permissionSetArn(set)), ResourceNotFoundException.class, "ResourceNotFoundException", none);
  }

  @Test
  void a_boundary_of_both_kinds_or_neither_is_invalid() {
    String set = permissionSet();
    String message = "A PermissionsBoundary must have exactly one of ManagedPolicyArn and"
        + " CustomerManagedPolicyReference.";
    assertRefused(() -> sso.putPermissionsBoundaryToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
            .permissionsBoundary(p -> p.managedPolicyArn(READ_ONLY).customerManagedPolicyReference(r -> r.name("L")))),
        ValidationException.class, "ValidationException", message);
    assertRefused(() -> sso.putPermissionsBoundaryToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .permissionsBoundary(p -> { })), ValidationException.class, "ValidationException", message);
  }

  // --- staleness ----------------------------------------------------------------------------------------

  @Test
  void every_change_of_the_definition_makes_the_provisioned_account_stale_until_provisioned_again()
      throws InterruptedException {
    String set = permissionSet();
    List<Runnable> changes = List.of(
        () -> sso.attachManagedPolicyToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
            .managedPolicyArn(READ_ONLY)),
        () -> sso.attachCustomerManagedPolicyReferenceToPermissionSet(b -> b.instanceArn(instance)
            .permissionSetArn(set).customerManagedPolicyReference(r -> r.name("Deploy"))),
        () -> sso.putPermissionsBoundaryToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
            .permissionsBoundary(p -> p.managedPolicyArn(BILLING))),
        () -> sso.deletePermissionsBoundaryFromPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)),
        () -> sso.detachCustomerManagedPolicyReferenceFromPermissionSet(b -> b.instanceArn(instance)
            .permissionSetArn(set).customerManagedPolicyReference(r -> r.name("Deploy"))),
        () -> sso.detachManagedPolicyFromPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
            .managedPolicyArn(READ_ONLY)));
    for (Runnable change : changes) {
      provision(set);
      assertThat(accounts(set, ProvisioningStatus.LATEST_PERMISSION_SET_PROVISIONED)).containsExactly(TARGET);

      change.run();

      assertThat(accounts(set, ProvisioningStatus.LATEST_PERMISSION_SET_NOT_PROVISIONED)).containsExactly(TARGET);
    }
  }

  // --- helpers --------------------------------------------------------------------------------------------

  private String permissionSet() {
    return sso.createPermissionSet(b -> b.instanceArn(instance).name("Defined" + NAMES.incrementAndGet()))
        .permissionSet().permissionSetArn();
  }

  private PermissionsBoundary boundaryOf(String set) {
    return sso.getPermissionsBoundaryForPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set))
        .permissionsBoundary();
  }

  private List<String> accounts(String set, ProvisioningStatus status) {
    return sso.listAccountsForProvisionedPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .provisioningStatus(status)).accountIds();
  }

  private void provision(String set) throws InterruptedException {
    String request = sso.provisionPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .targetType(ProvisionTargetType.AWS_ACCOUNT).targetId(TARGET)).permissionSetProvisioningStatus().requestId();
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
