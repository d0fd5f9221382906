package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.adapters.http.GrantsEndpoint;
import dev.grants.testkit.Fixtures;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.signer.SignerClient;
import software.amazon.awssdk.services.signer.model.GetSigningProfileResponse;
import software.amazon.awssdk.services.signer.model.SigningProfileStatus;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.PermissionSet;
import software.amazon.awssdk.services.ssoadmin.model.ProvisionTargetType;

/**
 * Two accounts, each with its own static credentials (access key ids {@value #OWNER} and {@value #CALLER}), through
 * the real AWS SDK for Java v2: another account's layer version or signing profile is readable exactly where the
 * owner's policy grants the caller, and every change to another account's resources is refused, in each family's
 * format. {@value #CALLER} is in the organization {@value #ORGANIZATION}. Each test works on its own layer or
 * profile, so one endpoint serves the class.
 *
 * <p>A store runs the suite with a subclass that registers {@link #endpointOn} on a static field:
 *
 * <pre>{@code
 * class InMemoryCrossAccountSdkTest extends CrossAccountSdkContract {
 *   @RegisterExtension
 *   static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CrossAccountSdkContract {
  private static final String OWNER = "111122223333";
  private static final String CALLER = "444455556666";
  private static final String ORGANIZATION = "o-a1b2c3d4e5";
  private static final String REGION = Fixtures.REGION;
  private static final String GET_LAYER_VERSION = "lambda:GetLayerVersion";
  private static final AtomicInteger NAMES = new AtomicInteger();

  /**
   * The suite's endpoint on {@code store}: its wirings with the embedded default's parts, {@value #CALLER} in
   * {@value #ORGANIZATION}, settings for us-east-2.
   */
  static StoreEndpoint endpointOn(StoreUnderTest store) {
    return new StoreEndpoint(store,
        GrantsEndpointExtension.serving(store::wiring).inRegion(REGION).withOrganization(ORGANIZATION, CALLER));
  }

  private StoreUnderTest store;
  private LambdaClient ownerLambda;
  private LambdaClient callerLambda;
  private SignerClient ownerSigner;
  private SignerClient callerSigner;

  @BeforeAll
  void connect(StoreEndpoint endpoint) {
    store = endpoint.store();
    ownerLambda = SdkClients.client(LambdaClient.builder(), endpoint.settings().asAccount(OWNER), REGION);
    callerLambda = SdkClients.client(LambdaClient.builder(), endpoint.settings().asAccount(CALLER), REGION);
    ownerSigner = SdkClients.client(SignerClient.builder(), endpoint.settings().asAccount(OWNER), REGION);
    callerSigner = SdkClients.client(SignerClient.builder(), endpoint.settings().asAccount(CALLER), REGION);
  }

  @AfterAll
  void disconnect() {
    ownerLambda.close();
    callerLambda.close();
    ownerSigner.close();
    callerSigner.close();
  }

  // --- Lambda: reading another account's layer version ----------------------------------------------------

  @Test
  void each_access_key_id_publishes_in_its_own_account() {
    String layer = newName();

    assertThat(publish(layer)).isEqualTo(versionArn(layer, 1));
    assertThat(callerLambda.publishLayerVersion(b -> b.layerName(layer)
            .content(c -> c.zipFile(SdkBytes.fromByteArray(Fixtures.ARCHIVE)))).layerVersionArn())
        .isEqualTo("arn:aws:lambda:us-east-2:" + CALLER + ":layer:" + layer + ":1");
  }

  @Test
  void without_a_policy_the_caller_is_denied_with_lambdas_text() {
    String layer = newName();
    publish(layer);

    assertDeniedByLambda(() -> readAsCaller(layer, 1), GET_LAYER_VERSION, versionArn(layer, 1));
  }

  @Test
  void a_grant_to_the_callers_account_lets_it_read() {
    String layer = newName();
    publish(layer);
    grant(layer, 1, "xaccount", CALLER, null);

    GetLayerVersionResponse read = readAsCaller(layer, 1);

    assertThat(read.layerVersionArn()).isEqualTo(versionArn(layer, 1));
    assertThat(read.content().codeSize()).isEqualTo(Fixtures.ARCHIVE.length);
  }

  @Test
  void a_grant_to_the_callers_root_arn_lets_it_read() {
    String layer = newName();
    publish(layer);
    grant(layer, 1, "root", "arn:aws:iam::" + CALLER + ":root", null);

    assertThat(readAsCaller(layer, 1).layerVersionArn()).isEqualTo(versionArn(layer, 1));
  }

  @Test
  void a_grant_to_another_account_does_not_let_the_caller_read() {
    String layer = newName();
    publish(layer);
    grant(layer, 1, "other", "777788889999", null);

    assertDeniedByLambda(() -> readAsCaller(layer, 1), GET_LAYER_VERSION, versionArn(layer, 1));
  }

  @Test
  void a_grant_to_anyone_lets_the_caller_read() {
    String layer = newName();
    publish(layer);
    grant(layer, 1, "public", "*", null);

    assertThat(readAsCaller(layer, 1).layerVersionArn()).isEqualTo(versionArn(layer, 1));
  }

  @Test
  void a_grant_to_anyone_in_the_callers_organization_lets_it_read() {
    String layer = newName();
    publish(layer);
    grant(layer, 1, "org", "*", ORGANIZATION);

    assertThat(readAsCaller(layer, 1).layerVersionArn()).isEqualTo(versionArn(layer, 1));
  }

  @Test
  void a_grant_to_anyone_in_another_organization_does_not_let_the_caller_read() {
    String layer = newName();
    publish(layer);
    grant(layer, 1, "org", "*", "o-zzzzzzzzzz");

    assertDeniedByLambda(() -> readAsCaller(layer, 1), GET_LAYER_VERSION, versionArn(layer, 1));
  }

  @Test
  void a_grant_on_one_version_does_not_reach_another_and_a_missing_version_is_denied_alike() {
    String layer = newName();
    publish(layer);
    publish(layer);
    grant(layer, 2, "xaccount", CALLER, null);

    assertThat(readAsCaller(layer, 2).version()).isEqualTo(2L);
    assertDeniedByLambda(() -> readAsCaller(layer, 1), GET_LAYER_VERSION, versionArn(layer, 1));
    assertDeniedByLambda(() -> readAsCaller(layer, 3), GET_LAYER_VERSION, versionArn(layer, 3));
  }

  // --- Lambda: changing another account's layer ------------------------------------------------------------

  @Test
  void every_change_to_another_accounts_layer_and_its_policy_is_denied_and_changes_nothing() {
    String layer = newName();
    publish(layer);
    grant(layer, 1, "public", "*", null);
    String layerArn = "arn:aws:lambda:us-east-2:" + OWNER + ":layer:" + layer;
    String policy = ownerLambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(1L)).policy();

    assertDeniedByLambda(() -> callerLambda.publishLayerVersion(b -> b.layerName(layerArn)
        .content(c -> c.zipFile(SdkBytes.fromByteArray(Fixtures.ARCHIVE)))), "lambda:PublishLayerVersion", layerArn);
    assertDeniedByLambda(() -> callerLambda.addLayerVersionPermission(b -> b.layerName(layerArn).versionNumber(1L)
            .statementId("mine").action(GET_LAYER_VERSION).principal(CALLER)),
        "lambda:AddLayerVersionPermission", versionArn(layer, 1));
    assertDeniedByLambda(() -> callerLambda.removeLayerVersionPermission(b -> b.layerName(layerArn).versionNumber(1L)
        .statementId("public")), "lambda:RemoveLayerVersionPermission", versionArn(layer, 1));
    assertDeniedByLambda(() -> callerLambda.getLayerVersionPolicy(b -> b.layerName(layerArn).versionNumber(1L)),
        "lambda:GetLayerVersionPolicy", versionArn(layer, 1));
    assertDeniedByLambda(() -> callerLambda.deleteLayerVersion(b -> b.layerName(layerArn).versionNumber(1L)),
        "lambda:DeleteLayerVersion", versionArn(layer, 1));

    assertThat(ownerLambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(1L)).policy())
        .isEqualTo(policy);
    assertThat(publish(layer)).as("no version number was used").isEqualTo(versionArn(layer, 2));
    assertThat(readAsCaller(layer, 1).version()).as("still there").isEqualTo(1L);
  }

  // --- Signer ----------------------------------------------------------------------------------------------

  @Test
  void another_accounts_profile_is_readable_exactly_where_its_policy_grants_get_signing_profile() {
    String profile = newProfile();
    ownerSigner.putSigningProfile(b -> b.profileName(profile).platformId(Fixtures.LAMBDA_PLATFORM));
    String profileArn = "arn:aws:signer:us-east-2:" + OWNER + ":/signing-profiles/" + profile;

    assertDeniedBySigner(() -> readProfileAsCaller(profile), profileArn);
    ownerSigner.addProfilePermission(b -> b.profileName(profile).statementId("start")
        .action("signer:StartSigningJob").principal(CALLER));
    assertDeniedBySigner(() -> readProfileAsCaller(profile), profileArn);
    ownerSigner.addProfilePermission(b -> b.profileName(profile).statementId("read")
        .action("signer:GetSigningProfile").principal(CALLER));

    GetSigningProfileResponse read = readProfileAsCaller(profile);
    assertThat(read.arn()).isEqualTo(profileArn);
    assertThat(read.status()).isEqualTo(SigningProfileStatus.ACTIVE);
    assertDeniedBySigner(() -> callerSigner.getSigningProfile(b -> b.profileName("Never" + profile)
        .profileOwner(OWNER)), "arn:aws:signer:us-east-2:" + OWNER + ":/signing-profiles/Never" + profile);
  }

  @Test
  void a_grant_limited_to_a_profile_version_ends_when_the_profile_is_put_again() {
    String profile = newProfile();
    String first = ownerSigner.putSigningProfile(b -> b.profileName(profile).platformId(Fixtures.LAMBDA_PLATFORM))
        .profileVersion();
    ownerSigner.addProfilePermission(b -> b.profileName(profile).statementId("read")
        .action("signer:GetSigningProfile").principal(CALLER).profileVersion(first));

    assertThat(readProfileAsCaller(profile).profileVersion()).isEqualTo(first);
    ownerSigner.putSigningProfile(b -> b.profileName(profile).platformId(Fixtures.LAMBDA_PLATFORM));
    assertDeniedBySigner(() -> readProfileAsCaller(profile),
        "arn:aws:signer:us-east-2:" + OWNER + ":/signing-profiles/" + profile);
  }

  @Test
  void signer_changes_take_no_owner_so_the_callers_name_its_own_profiles_and_the_owners_is_untouched() {
    String profile = newProfile();
    ownerSigner.putSigningProfile(b -> b.profileName(profile).platformId(Fixtures.LAMBDA_PLATFORM));

    assertThatThrownBy(() -> callerSigner.cancelSigningProfile(b -> b.profileName(profile)))
        .isInstanceOf(software.amazon.awssdk.services.signer.model.ResourceNotFoundException.class);
    assertThatThrownBy(() -> callerSigner.addProfilePermission(b -> b.profileName(profile).statementId("mine")
            .action("signer:GetSigningProfile").principal(CALLER)))
        .isInstanceOf(software.amazon.awssdk.services.signer.model.ResourceNotFoundException.class);
    assertThat(ownerSigner.getSigningProfile(b -> b.profileName(profile)).status())
        .isEqualTo(SigningProfileStatus.ACTIVE);
    assertThatThrownBy(() -> ownerSigner.listProfilePermissions(b -> b.profileName(profile)))
        .as("no permission was added")
        .isInstanceOf(software.amazon.awssdk.services.signer.model.ResourceNotFoundException.class);
  }

  // --- IAM Identity Center ---------------------------------------------------------------------------------

  @Test
  void every_operation_on_another_accounts_instance_is_denied_and_changes_nothing() {
    // An endpoint of its own: each account has one instance, and this test creates the owner's.
    try (GrantsEndpoint endpoint = GrantsEndpoint.builder().port(0).grants(store.wiring()).build().start();
        SsoAdminClient owner = SdkClients.client(SsoAdminClient.builder(),
            ClientSettings.of(endpoint.uri(), REGION).asAccount(OWNER), REGION);
        SsoAdminClient caller = SdkClients.client(SsoAdminClient.builder(),
            ClientSettings.of(endpoint.uri(), REGION).asAccount(CALLER), REGION)) {
      String instance = owner.createInstance(b -> b.name("main")).instanceArn();
      PermissionSet set = owner.createPermissionSet(b -> b.instanceArn(instance).name("ReadOnly")).permissionSet();
      String setArn = set.permissionSetArn();

      assertDeniedBySso(() -> caller.createPermissionSet(b -> b.instanceArn(instance).name("Mine")),
          "sso:CreatePermissionSet", instance);
      assertDeniedBySso(() -> caller.putInlinePolicyToPermissionSet(b -> b.instanceArn(instance)
          .permissionSetArn(setArn).inlinePolicy("{}")), "sso:PutInlinePolicyToPermissionSet", instance);
      assertDeniedBySso(() -> caller.provisionPermissionSet(b -> b.instanceArn(instance).permissionSetArn(setArn)
          .targetType(ProvisionTargetType.AWS_ACCOUNT).targetId(CALLER)), "sso:ProvisionPermissionSet", instance);
      assertDeniedBySso(() -> caller.deletePermissionSet(b -> b.instanceArn(instance).permissionSetArn(setArn)),
          "sso:DeletePermissionSet", instance);
      assertDeniedBySso(() -> caller.describePermissionSet(b -> b.instanceArn(instance).permissionSetArn(setArn)),
          "sso:DescribePermissionSet", instance);
      assertDeniedBySso(() -> caller.listPermissionSetProvisioningStatus(b -> b.instanceArn(instance)),
          "sso:ListPermissionSetProvisioningStatus", instance);

      assertThat(owner.describePermissionSet(b -> b.instanceArn(instance).permissionSetArn(setArn)).permissionSet())
          .isEqualTo(set);
      assertThat(owner.listPermissionSetProvisioningStatus(b -> b.instanceArn(instance)).permissionSetsProvisioningStatus())
          .isEmpty();
      assertThat(caller.listInstances(b -> {}).instances()).as("the caller has no instance").isEmpty();
    }
  }

  // --- helpers ---------------------------------------------------------------------------------------------

  private String publish(String layer) {
    return ownerLambda.publishLayerVersion(b -> b.layerName(layer)
        .content(c -> c.zipFile(SdkBytes.fromByteArray(Fixtures.ARCHIVE)))).layerVersionArn();
  }

  private void grant(String layer, long version, String sid, String principal, String organization) {
    ownerLambda.addLayerVersionPermission(b -> b.layerName(layer).versionNumber(version).statementId(sid)
        .action(GET_LAYER_VERSION).principal(principal).organizationId(organization));
  }

  private GetLayerVersionResponse readAsCaller(String layer, long version) {
    return callerLambda.getLayerVersion(b -> b.layerName("arn:aws:lambda:us-east-2:" + OWNER + ":layer:" + layer)
        .versionNumber(version));
  }

  private GetSigningProfileResponse readProfileAsCaller(String profile) {
    return callerSigner.getSigningProfile(b -> b.profileName(profile).profileOwner(OWNER));
  }

  private static String versionArn(String layer, long version) {
    return "arn:aws:lambda:us-east-2:" + OWNER + ":layer:" + layer + ':' + version;
  }

  private static void assertDeniedByLambda(ThrowingCallable call, String action, String resource) {
    assertDenied(call, LambdaException.class, 403, "User: arn:aws:iam::" + CALLER + ":root is not authorized to "
        + "perform: " + action + " on resource: " + resource + " because no resource-based policy allows the "
        + action + " action");
  }

  private static void assertDeniedBySigner(ThrowingCallable call, String resource) {
    assertDenied(call, software.amazon.awssdk.services.signer.model.AccessDeniedException.class, 403,
        "User: arn:aws:iam::" + CALLER + ":root is not authorized to perform: signer:GetSigningProfile on resource: "
            + resource);
  }

  private static void assertDeniedBySso(ThrowingCallable call, String action, String instance) {
    assertDenied(call, software.amazon.awssdk.services.ssoadmin.model.AccessDeniedException.class, 400,
        "User: arn:aws:iam::" + CALLER + ":root is not authorized to perform: " + action + " on resource: "
            + instance);
  }

  private static void assertDenied(
      ThrowingCallable call, Class<? extends AwsServiceException> type, int status, String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(type, refused -> {
      assertThat(refused.statusCode()).isEqualTo(status);
      assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
      assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo(message);
    });
  }

  private static String newName() {
    return "xacct-" + NAMES.incrementAndGet();
  }

  private static String newProfile() {
    return "XAcct_" + NAMES.incrementAndGet();
  }
}
