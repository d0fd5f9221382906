package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.testkit.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.signer.SignerClient;
import software.amazon.awssdk.services.signer.model.BadRequestException;
import software.amazon.awssdk.services.signer.model.EncryptionAlgorithm;
import software.amazon.awssdk.services.signer.model.GetSigningPlatformResponse;
import software.amazon.awssdk.services.signer.model.GetSigningProfileResponse;
import software.amazon.awssdk.services.signer.model.ImageFormat;
import software.amazon.awssdk.services.signer.model.ListSigningPlatformsResponse;
import software.amazon.awssdk.services.signer.model.NotFoundException;
import software.amazon.awssdk.services.signer.model.ResourceNotFoundException;
import software.amazon.awssdk.services.signer.model.SigningPlatform;
import software.amazon.awssdk.services.signer.model.SigningProfileStatus;
import software.amazon.awssdk.services.signer.model.ValidationException;

/**
 * The Signer operations around the profile permissions through the real AWS SDK for Java v2 {@link SignerClient}:
 * ListSigningProfiles, RevokeSigningProfile, GetSigningPlatform and ListSigningPlatforms, TagResource, UntagResource and ListTagsForResource, each success and
 * each documented error Grants answers. Each test works on its own profile, so one endpoint serves the class.
 *
 * <pre>{@code
 * class InMemorySignerSurfaceSdkContractTest extends SignerSurfaceSdkContract {
 *   @RegisterExtension
 *   static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SignerSurfaceSdkContract {
  private static final String LAMBDA = "AWSLambda-SHA384-ECDSA";
  private static final AtomicInteger PROFILES = new AtomicInteger();

  /** The suite's endpoint on {@code store}, settings for us-east-2. */
  static StoreEndpoint endpointOn(StoreUnderTest store) {
    return new StoreEndpoint(store, GrantsEndpointExtension.serving(store::wiring).inRegion(Fixtures.REGION));
  }

  private SignerClient signer;

  @BeforeAll
  void connect(ClientSettings settings) {
    signer = SignerSdkContract.client(settings);
  }

  @AfterAll
  void disconnect() {
    signer.close();
  }

  // --- GetSigningPlatform ---------------------------------------------------------------------------------

  @Test
  void get_signing_platform_answers_every_documented_member() {
    GetSigningPlatformResponse lambda = signer.getSigningPlatform(b -> b.platformId(LAMBDA));

    assertThat(lambda.platformId()).isEqualTo(LAMBDA);
    assertThat(lambda.displayName()).isEqualTo("AWS Lambda");
    assertThat(lambda.partner()).isEqualTo("AWSLambda");
    assertThat(lambda.target()).isEqualTo("SHA384-ECDSA");
    assertThat(lambda.categoryAsString()).isEqualTo("AWS");
    assertThat(lambda.signingConfiguration().encryptionAlgorithmOptions().allowedValues())
        .containsExactly(EncryptionAlgorithm.ECDSA);
    assertThat(lambda.signingConfiguration().encryptionAlgorithmOptions().defaultValue())
        .isEqualTo(EncryptionAlgorithm.ECDSA);
    assertThat(lambda.signingConfiguration().hashAlgorithmOptions().allowedValuesAsStrings())
        .containsExactly("SHA384");
    assertThat(lambda.signingConfiguration().hashAlgorithmOptions().defaultValueAsString()).isEqualTo("SHA384");
    assertThat(lambda.signingImageFormat().supportedFormats()).containsExactly(ImageFormat.JSON_DETACHED);
    assertThat(lambda.signingImageFormat().defaultFormat()).isEqualTo(ImageFormat.JSON_DETACHED);
    assertThat(lambda.maxSizeInMB()).isEqualTo(250);
    assertThat(lambda.revocationSupported()).isTrue();
  }

  @Test
  void get_signing_platform_of_an_unknown_id_is_resource_not_found() {
    assertThatThrownBy(() -> signer.getSigningPlatform(b -> b.platformId("Nope-SHA1")))
        .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Signing platform Nope-SHA1 does not exist.");
        });
  }

  // --- ListSigningPlatforms -------------------------------------------------------------------------------

  @Test
  void list_signing_platforms_answers_every_known_platform() {
    ListSigningPlatformsResponse all = signer.listSigningPlatforms(b -> { });

    assertThat(all.platforms()).extracting(SigningPlatform::platformId).containsExactly(LAMBDA,
        "Notation-OCI-SHA384-ECDSA", "AWSIoTDeviceManagement-SHA256-ECDSA", "AmazonFreeRTOS-TI-CC3220SF",
        "AmazonFreeRTOS-Default");
    assertThat(all.nextToken()).isNull();
    assertThat(all.platforms().get(0).maxSizeInMB()).isEqualTo(250);
  }

  @Test
  void list_signing_platforms_filters_and_pages_with_the_sdk_paginator() {
    assertThat(signer.listSigningPlatforms(b -> b.partner("AmazonFreeRTOS").target("SHA256-ECDSA")).platforms())
        .extracting(SigningPlatform::platformId).containsExactly("AmazonFreeRTOS-Default");
    List<String> paged = new ArrayList<>();
    signer.listSigningPlatformsPaginator(b -> b.maxResults(2))
        .forEach(page -> {
          assertThat(page.platforms()).hasSizeLessThanOrEqualTo(2);
          page.platforms().forEach(platform -> paged.add(platform.platformId()));
        });
    assertThat(paged).hasSize(5).startsWith(LAMBDA);
  }

  @Test
  void list_signing_platforms_refuses_max_results_over_25_and_a_foreign_token() {
    assertThatThrownBy(() -> signer.listSigningPlatforms(b -> b.maxResults(26)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("1 validation error detected: Value '26' at 'maxResults' failed to satisfy constraint: "
                + "Member must have value less than or equal to 25"));
    assertThatThrownBy(() -> signer.listSigningPlatforms(b -> b.nextToken("forged")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("The nextToken is not valid for this listing."));
  }

  // --- ListSigningProfiles --------------------------------------------------------------------------------

  @Test
  void list_signing_profiles_answers_active_and_revoked_by_name_and_canceled_only_when_asked() {
    String prefix = "Listed" + PROFILES.incrementAndGet() + "_";
    String active = name(putProfile(prefix + "a", LAMBDA, Map.of("team", "a")));
    String canceled = name(putProfile(prefix + "b", LAMBDA, Map.of()));
    String revoked = name(putProfile(prefix + "c", LAMBDA, Map.of()));
    signer.cancelSigningProfile(b -> b.profileName(canceled));
    String version = signer.getSigningProfile(b -> b.profileName(revoked)).profileVersion();
    signer.revokeSigningProfile(b -> b.profileName(revoked).profileVersion(version).reason("lost")
        .effectiveTime(Instant.parse("2018-11-01T00:00:00Z")));

    assertThat(mine(prefix, b -> { })).containsExactly(active, revoked);
    assertThat(mine(prefix, b -> b.includeCanceled(false))).containsExactly(active, revoked);
    assertThat(mine(prefix, b -> b.includeCanceled(true))).containsExactly(active, canceled, revoked);
    assertThat(mine(prefix, b -> b.includeCanceled(true).statuses(SigningProfileStatus.CANCELED,
        SigningProfileStatus.REVOKED))).containsExactly(canceled, revoked);
    assertThat(mine(prefix, b -> b.statuses(SigningProfileStatus.CANCELED))).isEmpty();
    software.amazon.awssdk.services.signer.model.SigningProfile listed = signer.listSigningProfilesPaginator(b -> { })
        .stream().flatMap(page -> page.profiles().stream()).filter(profile -> profile.profileName().equals(active)).findFirst().get();
    GetSigningProfileResponse read = signer.getSigningProfile(b -> b.profileName(active));
    assertThat(listed.arn()).isEqualTo(read.arn());
    assertThat(listed.profileVersion()).isEqualTo(read.profileVersion());
    assertThat(listed.profileVersionArn()).isEqualTo(read.profileVersionArn());
    assertThat(listed.platformId()).isEqualTo(LAMBDA);
    assertThat(listed.platformDisplayName()).isEqualTo("AWS Lambda");
    assertThat(listed.signatureValidityPeriod()).isEqualTo(read.signatureValidityPeriod());
    assertThat(listed.status()).isEqualTo(SigningProfileStatus.ACTIVE);
    assertThat(listed.tags()).isEqualTo(Map.of("team", "a"));
  }

  @Test
  void list_signing_profiles_filters_by_platform_and_pages_one_at_a_time() {
    String prefix = "Paged" + PROFILES.incrementAndGet() + "_";
    List<String> rtos = new ArrayList<>();
    for (String suffix : List.of("a", "b", "c")) {
      rtos.add(name(putProfile(prefix + suffix, "AmazonFreeRTOS-Default", Map.of())));
    }
    String lambda = name(putProfile(prefix + "d", LAMBDA, Map.of()));

    assertThat(mine(prefix, b -> b.platformId("AmazonFreeRTOS-Default"))).isEqualTo(rtos);
    assertThat(mine(prefix, b -> b.platformId(LAMBDA))).containsExactly(lambda);
    List<Integer> sizes = new ArrayList<>();
    List<String> paged = new ArrayList<>();
    signer.listSigningProfilesPaginator(b -> b.maxResults(1)).forEach(page -> {
      sizes.add(page.profiles().size());
      page.profiles().forEach(profile -> paged.add(profile.profileName()));
    });
    assertThat(sizes).containsOnly(1);
    assertThat(paged.stream().filter(profileName -> profileName.startsWith(prefix)).toList())
        .containsExactly(rtos.get(0), rtos.get(1), rtos.get(2), lambda);
  }

  @Test
  void list_signing_profiles_refuses_max_results_out_of_range_a_foreign_token_and_an_unknown_status() {
    assertThatThrownBy(() -> signer.listSigningProfiles(b -> b.maxResults(26)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("1 validation error detected: Value '26' at 'maxResults' failed to satisfy constraint: "
                + "Member must have value less than or equal to 25"));
    assertThatThrownBy(() -> signer.listSigningProfiles(b -> b.maxResults(0)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: "
                + "Member must have value greater than or equal to 1"));
    assertThatThrownBy(() -> signer.listSigningProfiles(b -> b.nextToken("forged")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("The nextToken is not valid for this listing."));
    putProfile("Token" + PROFILES.incrementAndGet() + "_a", LAMBDA, Map.of());
    putProfile("Token" + PROFILES.incrementAndGet() + "_b", LAMBDA, Map.of());
    String token = signer.listSigningProfiles(b -> b.maxResults(1)).nextToken();
    assertThatThrownBy(() -> signer.listSigningProfiles(b -> b.maxResults(1).includeCanceled(true).nextToken(token)))
        .as("a token of another filtering").isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> signer.listSigningProfiles(b -> b.statusesWithStrings("Active", "Expired")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("1 validation error detected: Value '[Active, Expired]' at 'statuses' failed to satisfy "
                + "constraint: Member must satisfy constraint: [Member must satisfy enum value set: [Active, "
                + "Canceled, Revoked]]"));
  }

  /** The names, in the order listed (every page), of the profiles whose names start with {@code prefix}. */
  private List<String> mine(String prefix,
      java.util.function.Consumer<software.amazon.awssdk.services.signer.model.ListSigningProfilesRequest.Builder>
          request) {
    return signer.listSigningProfilesPaginator(request).stream().flatMap(page -> page.profiles().stream())
        .map(software.amazon.awssdk.services.signer.model.SigningProfile::profileName)
        .filter(profileName -> profileName.startsWith(prefix)).toList();
  }

  private String putProfile(String name, String platformId, Map<String, String> tags) {
    return signer.putSigningProfile(b -> {
      b.profileName(name).platformId(platformId);
      if (!tags.isEmpty()) {
        b.tags(tags);
      }
    }).arn();
  }

  // --- TagResource, UntagResource, ListTagsForResource ----------------------------------------------------

  @Test
  void tags_given_to_put_are_listed_changed_and_removed_by_arn() {
    String arn = newProfile(Map.of("team", "a"));

    assertThat(signer.listTagsForResource(b -> b.resourceArn(arn)).tags()).isEqualTo(Map.of("team", "a"));
    signer.tagResource(b -> b.resourceArn(arn).tags(Map.of("team", "b", "env", "prod")));
    assertThat(signer.listTagsForResource(b -> b.resourceArn(arn)).tags())
        .isEqualTo(Map.of("team", "b", "env", "prod"));
    assertThat(signer.getSigningProfile(b -> b.profileName(name(arn))).tags())
        .isEqualTo(Map.of("team", "b", "env", "prod"));
    signer.untagResource(b -> b.resourceArn(arn).tagKeys("team", "absent"));
    assertThat(signer.listTagsForResource(b -> b.resourceArn(arn)).tags()).isEqualTo(Map.of("env", "prod"));
    signer.untagResource(b -> b.resourceArn(arn).tagKeys("env"));
    assertThat(signer.listTagsForResource(b -> b.resourceArn(arn)).tags()).isEmpty();
  }

  @Test
  void tag_operations_on_a_profile_that_does_not_exist_are_not_found() {
    String arn = "arn:aws:signer:us-east-2:123456789012:/signing-profiles/NoSuchProfile";
    String message = "Resource " + arn + " does not exist.";

    assertThatThrownBy(() -> signer.listTagsForResource(b -> b.resourceArn(arn)))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        });
    assertThatThrownBy(() -> signer.tagResource(b -> b.resourceArn(arn).tags(Map.of("a", "b"))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> signer.untagResource(b -> b.resourceArn(arn).tagKeys("a")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void tag_operations_refuse_bad_input_as_bad_request() {
    String arn = newProfile(Map.of("team", "a"));

    assertThatThrownBy(() -> signer.tagResource(b -> b.resourceArn(arn).tags(Map.of("aws:team", "x"))))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value '[aws:team]' "
              + "at 'tags' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy "
              + "regular expression pattern: ^(?!aws:)[a-zA-Z+-=._:/]+$]");
        });
    assertThatThrownBy(() -> signer.listTagsForResource(b -> b.resourceArn("arn:aws:lambda:us-east-2:1:layer:x")))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("Resource ARN arn:aws:lambda:us-east-2:1:layer:x is not the ARN of a signing profile."));
    assertThat(signer.listTagsForResource(b -> b.resourceArn(arn)).tags()).isEqualTo(Map.of("team", "a"));
  }

  // --- RevokeSigningProfile ------------------------------------------------------------------------------

  @Test
  void revoke_makes_the_profile_revoked_with_its_record_and_it_still_reads_and_lists_permissions() {
    String arn = newProfile(Map.of("team", "a"));
    String name = name(arn);
    String version = signer.getSigningProfile(b -> b.profileName(name)).profileVersion();
    signer.addProfilePermission(b -> b.profileName(name).statementId("s1").action("signer:StartSigningJob")
        .principal("223456789012"));
    Instant effective = Instant.parse("2018-11-01T00:00:00.123Z");

    signer.revokeSigningProfile(b -> b.profileName(name).profileVersion(version).reason("key lost")
        .effectiveTime(effective));

    GetSigningProfileResponse read = signer.getSigningProfile(b -> b.profileName(name));
    assertThat(read.status()).isEqualTo(SigningProfileStatus.REVOKED);
    assertThat(read.revocationRecord().revocationEffectiveFrom()).isEqualTo(effective);
    assertThat(read.revocationRecord().revokedBy()).isEqualTo("arn:aws:iam::123456789012:root");
    assertThat(read.revocationRecord().revokedAt()).isNotNull();
    assertThat(read.tags()).isEqualTo(Map.of("team", "a"));
    assertThat(signer.listProfilePermissions(b -> b.profileName(name)).permissions()).hasSize(1);
    assertThatThrownBy(() -> signer.addProfilePermission(b -> b.profileName(name).statementId("s2")
        .action("signer:StartSigningJob").principal("223456789012")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("Cannot change permissions of a profile in Revoked state"));
    assertThatThrownBy(() -> signer.revokeSigningProfile(b -> b.profileName(name).profileVersion(version)
        .reason("again").effectiveTime(effective)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("Cannot revoke a profile in Revoked state"));
    assertThatThrownBy(() -> signer.putSigningProfile(b -> b.profileName(name).platformId(LAMBDA)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("A signing profile named " + name + " was revoked; its name cannot be reused."));
  }

  @Test
  void revoke_refuses_a_version_that_is_not_current_a_missing_profile_and_bad_members() {
    String name = name(newProfile(Map.of("team", "a")));
    Instant effective = Instant.parse("2018-11-01T00:00:00Z");

    assertThatThrownBy(() -> signer.revokeSigningProfile(b -> b.profileName(name).profileVersion("zzzzzzzzzz")
        .reason("r").effectiveTime(effective)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("Profile version zzzzzzzzzz is not the current version of signing profile " + name + "."));
    assertThatThrownBy(() -> signer.revokeSigningProfile(b -> b.profileName("NoSuchProfile")
        .profileVersion("zzzzzzzzzz").reason("r").effectiveTime(effective)))
        .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("Signing profile NoSuchProfile does not exist."));
    assertThatThrownBy(() -> signer.revokeSigningProfile(b -> b.profileName(name).profileVersion("zzzzzzzzzz")
        .reason("").effectiveTime(effective)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("1 validation error detected: Value '' at 'reason' failed to satisfy constraint: Member must "
                + "have length greater than or equal to 1"));
    assertThat(signer.getSigningProfile(b -> b.profileName(name)).status()).isEqualTo(SigningProfileStatus.ACTIVE);
  }

  private String newProfile(Map<String, String> tags) {
    String name = "Surface" + PROFILES.incrementAndGet() + "_" + getClass().getSimpleName().length();
    return signer.putSigningProfile(b -> b.profileName(name).platformId(LAMBDA).tags(tags)).arn();
  }

  private static String name(String arn) {
    return arn.substring(arn.lastIndexOf('/') + 1);
  }
}
