package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.testkit.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.signer.SignerClient;
import software.amazon.awssdk.services.signer.model.AddProfilePermissionRequest;
import software.amazon.awssdk.services.signer.model.ConflictException;
import software.amazon.awssdk.services.signer.model.GetSigningProfileResponse;
import software.amazon.awssdk.services.signer.model.ListProfilePermissionsResponse;
import software.amazon.awssdk.services.signer.model.Permission;
import software.amazon.awssdk.services.signer.model.PutSigningProfileResponse;
import software.amazon.awssdk.services.signer.model.ResourceNotFoundException;
import software.amazon.awssdk.services.signer.model.ServiceLimitExceededException;
import software.amazon.awssdk.services.signer.model.SignerException;
import software.amazon.awssdk.services.signer.model.SigningProfileStatus;
import software.amazon.awssdk.services.signer.model.ValidationException;

/**
 * Every case of CONTRACT.md section B through the real AWS SDK for Java v2 {@link SignerClient}, against the
 * same endpoint and port as Lambda. Each test works on its own profile, so one endpoint serves the class.
 *
 * <p>A store runs the suite with a subclass that registers {@link #endpointOn} on a static field:
 *
 * <pre>{@code
 * class InMemorySignerSdkContractTest extends SignerSdkContract {
 *   @RegisterExtension
 *   static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SignerSdkContract {
  private static final String LAMBDA = "AWSLambda-SHA384-ECDSA";
  private static final String NOTATION = "Notation-OCI-SHA384-ECDSA";
  private static final String FREERTOS = "AmazonFreeRTOS-Default";
  private static final AtomicInteger PROFILES = new AtomicInteger();

  /** The suite's endpoint on {@code store}: its wirings with the embedded default's parts, settings for us-east-2. */
  static StoreEndpoint endpointOn(StoreUnderTest store) {
    return new StoreEndpoint(store, GrantsEndpointExtension.serving(store::wiring).inRegion(Fixtures.REGION));
  }

  private SignerClient signer;

  @BeforeAll
  void connect(ClientSettings settings) {
    signer = client(settings);
  }

  @AfterAll
  void disconnect() {
    signer.close();
  }

  static SignerClient client(ClientSettings settings) {
    return SdkClients.client(SignerClient.builder(), settings, settings.region());
  }

  // --- lifecycle ------------------------------------------------------------------------------------------

  @Test
  void put_answers_the_arn_with_a_slash_after_the_account_and_a_ten_character_version() {
    String name = newProfile();

    PutSigningProfileResponse put = signer.putSigningProfile(b -> b.profileName(name).platformId(LAMBDA));

    assertThat(put.arn()).isEqualTo("arn:aws:signer:us-east-2:123456789012:/signing-profiles/" + name);
    assertThat(put.profileVersion()).matches("[a-zA-Z0-9]{10}");
    assertThat(put.profileVersionArn()).isEqualTo(put.arn() + "/" + put.profileVersion());
    GetSigningProfileResponse read = signer.getSigningProfile(b -> b.profileName(name));
    assertThat(read.status()).isEqualTo(SigningProfileStatus.ACTIVE);
    assertThat(read.profileName()).isEqualTo(name);
    assertThat(read.platformId()).isEqualTo(LAMBDA);
    assertThat(read.platformDisplayName()).isEqualTo("AWS Lambda");
    assertThat(read.signatureValidityPeriod().value()).isEqualTo(135);
    assertThat(read.signatureValidityPeriod().typeAsString()).isEqualTo("MONTHS");
    assertThat(read.profileVersionArn()).isEqualTo(put.profileVersionArn());
  }

  @Test
  void an_unknown_profile_is_not_found_and_an_unknown_platform_is_refused() {
    assertRefused(() -> signer.getSigningProfile(b -> b.profileName("NeverPut")),
        ResourceNotFoundException.class, 404, "ResourceNotFoundException", "Signing profile NeverPut does not exist.");
    assertRefused(() -> signer.putSigningProfile(b -> b.profileName(newProfile()).platformId("Nope-SHA1")),
        ValidationException.class, 400, "ValidationException", "Platform Nope-SHA1 is not supported.");
  }

  @Test
  void a_canceled_profile_stays_readable_its_permissions_are_frozen_and_its_name_is_never_reused() {
    String name = profile(LAMBDA);
    String revision = grant(name, "cross", "signer:StartSigningJob", Fixtures.GRANTEE);

    signer.cancelSigningProfile(b -> b.profileName(name));

    assertThat(signer.getSigningProfile(b -> b.profileName(name)).status()).isEqualTo(SigningProfileStatus.CANCELED);
    assertRefused(() -> signer.addProfilePermission(add(name, "more", "signer:StartSigningJob", Fixtures.GRANTEE)),
        ValidationException.class, 400, "ValidationException", "Cannot change permissions of a profile in Canceled state");
    assertRefused(() -> signer.removeProfilePermission(b -> b.profileName(name).statementId("cross").revisionId(revision)),
        ValidationException.class, 400, "ValidationException", "Cannot change permissions of a profile in Canceled state");
    assertThatThrownBy(() -> signer.putSigningProfile(b -> b.profileName(name).platformId(LAMBDA)))
        .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.statusCode()).isEqualTo(400));
  }

  // --- AddProfilePermission -------------------------------------------------------------------------------

  @Test
  void all_four_actions_are_granted_on_a_platform_that_allows_them() {
    String name = profile(FREERTOS);
    List<String> actions = List.of("signer:StartSigningJob", "signer:SignPayload", "signer:GetSigningProfile",
        "signer:RevokeSignature");

    for (int i = 0; i < actions.size(); i++) {
      grant(name, "s" + i, actions.get(i), Fixtures.GRANTEE);
    }

    assertThat(signer.listProfilePermissions(b -> b.profileName(name)).permissions())
        .extracting(Permission::action).containsExactlyElementsOf(actions);
  }

  @Test
  void each_action_a_platform_does_not_support_is_refused_with_the_platforms_list() {
    String lambda = profile(LAMBDA);
    String notation = profile(NOTATION);

    assertRefused(() -> signer.addProfilePermission(add(lambda, "s", "signer:SignPayload", Fixtures.GRANTEE)),
        ValidationException.class, 400, "ValidationException", "Action signer:SignPayload not supported for platform "
            + LAMBDA + ". Action must be one of [signer:StartSigningJob, signer:GetSigningProfile, signer:RevokeSignature]");
    assertRefused(() -> signer.addProfilePermission(add(notation, "s", "signer:StartSigningJob", Fixtures.GRANTEE)),
        ValidationException.class, 400, "ValidationException", "Action signer:StartSigningJob not supported for platform "
            + NOTATION + ". Action must be one of [signer:SignPayload, signer:GetSigningProfile, signer:RevokeSignature]");
    assertRefused(() -> signer.addProfilePermission(add(lambda, "s", "signer:DoEverything", Fixtures.GRANTEE)),
        ValidationException.class, 400, "ValidationException", "Action signer:DoEverything not supported for platform "
            + LAMBDA + ". Action must be one of [signer:StartSigningJob, signer:GetSigningProfile, signer:RevokeSignature]");
  }

  @Test
  void a_principal_must_be_an_account_id_or_a_role_arn_without_a_path() {
    String name = profile(LAMBDA);
    grant(name, "account", "signer:StartSigningJob", Fixtures.GRANTEE);
    grant(name, "role", "signer:StartSigningJob", "arn:aws:iam::223456789012:role/signer");

    for (String principal : List.of("arn:aws:iam::223456789012:role/path/signer", "arn:aws:iam::223456789012:user/bob",
        "12345", "*")) {
      assertRefused(() -> signer.addProfilePermission(add(name, "bad", "signer:StartSigningJob", principal)),
          ValidationException.class, 400, "ValidationException", "Principal is not a valid AWS account id or IAM Role Arn");
    }
  }

  @Test
  void a_statement_id_outside_its_form_is_refused() {
    String name = profile(LAMBDA);

    for (String sid : List.of("s".repeat(65), "with space", "dot.ted")) {
      assertRefused(() -> signer.addProfilePermission(add(name, sid, "signer:StartSigningJob", Fixtures.GRANTEE)),
          ValidationException.class, 400, "ValidationException", "Statement ID must contain only alphanumeric "
              + "characters, underscores, and dashes, and be at most 64 characters long");
    }
  }

  @Test
  void a_duplicate_statement_id_is_a_conflict() {
    String name = profile(LAMBDA);
    grant(name, "cross", "signer:StartSigningJob", Fixtures.GRANTEE);

    assertRefused(() -> signer.addProfilePermission(add(name, "cross", "signer:GetSigningProfile", Fixtures.GRANTEE)),
        ConflictException.class, 409, "ConflictException", "A statement with statementId cross already exists in the policy.");
  }

  @Test
  void stale_and_wrong_revision_ids_are_conflicts_on_add_and_remove() {
    String name = profile(LAMBDA);
    String first = grant(name, "a", "signer:StartSigningJob", Fixtures.GRANTEE);
    String current = grant(name, "b", "signer:StartSigningJob", Fixtures.GRANTEE);

    assertRefused(() -> signer.addProfilePermission(add(name, "c", "signer:StartSigningJob", Fixtures.GRANTEE).toBuilder()
            .revisionId(first).build()),
        ConflictException.class, 409, "ConflictException", "Specified revisionId (" + first
            + ") does not match the revisionId of the existing policy (" + current + ")");
    assertRefused(() -> signer.removeProfilePermission(b -> b.profileName(name).statementId("a").revisionId("wrong")),
        ConflictException.class, 409, "ConflictException",
        "Specified revisionId (wrong) does not match the revisionId of the existing policy (" + current + ")");
    String next = signer.addProfilePermission(add(name, "c", "signer:StartSigningJob", Fixtures.GRANTEE).toBuilder()
        .revisionId(current).build()).revisionId();
    assertThat(signer.removeProfilePermission(b -> b.profileName(name).statementId("a").revisionId(next)).revisionId())
        .isNotEqualTo(next);
  }

  @Test
  void a_policy_over_the_limit_is_a_service_limit_exceeded() {
    String name = profile(LAMBDA);
    SignerException refusal = null;
    for (int i = 0; i < 500 && refusal == null; i++) {
      try {
        grant(name, String.format("statement-%04d", i), "signer:StartSigningJob", "arn:aws:iam::223456789012:role/signer");
      } catch (ServiceLimitExceededException refused) {
        refusal = refused;
      }
    }

    assertThat(refusal).isNotNull();
    assertThat(refusal.statusCode()).isEqualTo(402);
    assertThat(refusal.awsErrorDetails().errorMessage()).matches("The final policy size \\(\\d+\\) is bigger than the limit \\(20480\\)\\.");
  }

  // --- ListProfilePermissions / RemoveProfilePermission ---------------------------------------------------

  @Test
  void permissions_come_back_exactly_as_given_with_the_policy_size_and_revision() {
    String name = profile(LAMBDA);
    grant(name, "account", "signer:StartSigningJob", Fixtures.GRANTEE);
    String revision = signer.addProfilePermission(add(name, "role", "signer:GetSigningProfile",
        "arn:aws:iam::223456789012:role/signer").toBuilder().profileVersion("a1B2c3D4e5").build()).revisionId();

    ListProfilePermissionsResponse listed = signer.listProfilePermissions(b -> b.profileName(name));

    assertThat(listed.revisionId()).isEqualTo(revision);
    assertThat(listed.permissions()).containsExactly(
        Permission.builder().action("signer:StartSigningJob").principal(Fixtures.GRANTEE).statementId("account").build(),
        Permission.builder().action("signer:GetSigningProfile").principal("arn:aws:iam::223456789012:role/signer")
            .statementId("role").profileVersion("a1B2c3D4e5").build());
    String arn = "arn:aws:signer:us-east-2:123456789012:/signing-profiles/" + name;
    String document = "{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":["
        + "{\"Sid\":\"account\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::223456789012:root\"},"
        + "\"Action\":\"signer:StartSigningJob\",\"Resource\":\"" + arn + "\"},"
        + "{\"Sid\":\"role\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::223456789012:role/signer\"},"
        + "\"Action\":\"signer:GetSigningProfile\",\"Resource\":\"" + arn + "\","
        + "\"Condition\":{\"StringEquals\":{\"signer:ProfileVersion\":\"a1B2c3D4e5\"}}}]}";
    assertThat(listed.policySizeBytes()).isEqualTo(document.length());
    assertThat(listed.nextToken()).isNull();
  }

  @Test
  void listing_pages_at_most_one_hundred_permissions_with_an_opaque_next_token() {
    String name = profile(LAMBDA);
    for (int i = 0; i < 102; i++) { // about as many as fit under the 20480-byte limit
      grant(name, "p" + i, "signer:StartSigningJob", Fixtures.GRANTEE);
    }

    ListProfilePermissionsResponse first = signer.listProfilePermissions(b -> b.profileName(name));
    ListProfilePermissionsResponse second =
        signer.listProfilePermissions(b -> b.profileName(name).nextToken(first.nextToken()));

    assertThat(first.permissions()).hasSize(100);
    assertThat(second.permissions()).hasSize(2);
    assertThat(second.nextToken()).isNull();
    List<String> ids = new ArrayList<>();
    first.permissions().forEach(p -> ids.add(p.statementId()));
    second.permissions().forEach(p -> ids.add(p.statementId()));
    assertThat(ids).startsWith("p0", "p1", "p2").endsWith("p100", "p101").doesNotHaveDuplicates();
    assertRefused(() -> signer.listProfilePermissions(b -> b.profileName(name).nextToken("forged")),
        ValidationException.class, 400, "ValidationException", "The nextToken is not valid for this listing.");
  }

  @Test
  void listing_without_permissions_and_after_the_last_is_removed_is_not_found() {
    String name = profile(LAMBDA);
    String message = "No policies associated with profile " + name;

    assertRefused(() -> signer.listProfilePermissions(b -> b.profileName(name)),
        ResourceNotFoundException.class, 404, "ResourceNotFoundException", message);
    String revision = grant(name, "cross", "signer:StartSigningJob", Fixtures.GRANTEE);
    signer.removeProfilePermission(b -> b.profileName(name).statementId("cross").revisionId(revision));
    assertRefused(() -> signer.listProfilePermissions(b -> b.profileName(name)),
        ResourceNotFoundException.class, 404, "ResourceNotFoundException", message);
  }

  @Test
  void removing_an_unknown_statement_is_not_found() {
    String name = profile(LAMBDA);
    String revision = grant(name, "cross", "signer:StartSigningJob", Fixtures.GRANTEE);

    assertRefused(() -> signer.removeProfilePermission(b -> b.profileName(name).statementId("nope").revisionId(revision)),
        ResourceNotFoundException.class, 404, "ResourceNotFoundException",
        "No statement with statementId nope in the policy of profile " + name);
  }

  @Test
  void a_profile_name_outside_the_model_is_a_validation_error_in_the_frameworks_words() {
    assertRefused(() -> signer.getSigningProfile(b -> b.profileName("x")), ValidationException.class, 400,
        "ValidationException", "2 validation errors detected: Value 'x' at 'profileName' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 2; Value 'x' at 'profileName' failed to satisfy "
            + "constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9_]{2,}");
  }

  // --- helpers --------------------------------------------------------------------------------------------

  private static String newProfile() {
    return "Profile" + PROFILES.incrementAndGet();
  }

  private String profile(String platform) {
    String name = newProfile();
    signer.putSigningProfile(b -> b.profileName(name).platformId(platform));
    return name;
  }

  private String grant(String profile, String sid, String action, String principal) {
    return signer.addProfilePermission(add(profile, sid, action, principal)).revisionId();
  }

  private static AddProfilePermissionRequest add(String profile, String sid, String action, String principal) {
    return AddProfilePermissionRequest.builder().profileName(profile).statementId(sid).action(action)
        .principal(principal).build();
  }

  private static void assertRefused(
      ThrowingCallable call, Class<? extends SignerException> type, int status, String code, String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(type, refused -> {
      assertThat(refused.statusCode()).isEqualTo(status);
      assertThat(refused.awsErrorDetails().errorCode()).isEqualTo(code);
      assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo(message);
    });
  }
}
