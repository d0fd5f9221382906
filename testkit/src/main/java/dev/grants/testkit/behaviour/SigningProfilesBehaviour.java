package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.OrganizationId;
import dev.grants.domain.principal.Region;
import dev.grants.domain.signer.ProfileName;
import dev.grants.domain.signer.SigningPlatform;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.domain.signer.SigningProfileStatus;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.GetSigningProfileCommand;
import dev.grants.ports.in.PutSigningProfileCommand;
import dev.grants.ports.in.RemoveProfilePermissionCommand;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link dev.grants.ports.in.SigningProfiles} (CONTRACT.md section B, resource lifecycle:
 * PutSigningProfile, GetSigningProfile, CancelSigningProfile, and reading another account's profile where its
 * policy allows), refusals compared as {@link GrantsError} values with their fields, for any wiring:
 *
 * <pre>{@code
 * class MyWiringSigningProfilesTest extends SigningProfilesBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events) { ... }
 * }
 * }</pre>
 */
public abstract class SigningProfilesBehaviour extends WiringBehaviour {
  private static final SigningProfileArn PROFILE = Fixtures.signingProfileArn();
  private static final Pattern PROFILE_VERSION = Pattern.compile("[a-zA-Z0-9]{10}");
  private static final String GET_SIGNING_PROFILE = "signer:GetSigningProfile";
  /** The caller of the cross-account cases: the grantee account, in the owner's region. */
  private static final CallContext GRANTEE = CallContext.of(Fixtures.GRANTEE, Fixtures.REGION);

  /** Creates the suite. */
  protected SigningProfilesBehaviour() {}

  // --- PutSigningProfile ------------------------------------------------------------------------------

  @Test
  void put_creates_an_active_profile_with_its_arns_and_the_default_validity() {
    SigningProfile profile = put(Fixtures.putSigningProfile().build()).get();

    assertThat(profile.arn().toString())
        .isEqualTo("arn:aws:signer:us-east-2:123456789012:/signing-profiles/MyProfile");
    assertThat(profile.profileVersion()).matches(PROFILE_VERSION)
        .as("the last ten hex digits of the first id the wiring took").isEqualTo(lastHexDigits(takenId(1), 10));
    assertThat(profile.profileVersionArn()).isEqualTo(
        "arn:aws:signer:us-east-2:123456789012:/signing-profiles/MyProfile/" + profile.profileVersion());
    assertThat(profile.status()).isEqualTo(SigningProfileStatus.ACTIVE);
    assertThat(profile.status().wireName()).isEqualTo("Active");
    assertThat(profile.platform()).isEqualTo(SigningPlatform.AWS_LAMBDA_SHA384_ECDSA);
    assertThat(profile.validity()).isEqualTo(new SigningProfile.SignatureValidity(135, "MONTHS"));
    assertThat(profile.certificateArn()).isNull();
    assertThat(profile.overrides()).isNull();
    assertThat(profile.signingParameters()).isEmpty();
    assertThat(profile.tags()).isEmpty();
  }

  @Test
  void every_member_given_to_put_is_kept_and_read_back() {
    SigningProfile.SigningOverrides overrides = new SigningProfile.SigningOverrides("RSA", "SHA1", "JSONDetached");
    SigningProfile profile = put(Fixtures.putSigningProfile()
        .platformId("AmazonFreeRTOS-TI-CC3220SF")
        .signingMaterial(new PutSigningProfileCommand.SigningMaterial(
            "arn:aws:acm:us-east-2:123456789012:certificate/abc"))
        .signatureValidityValue(2).signatureValidityType("YEARS")
        .overrides(overrides)
        .signingParameters(Map.of("param", "value"))
        .tags(Map.of("team", "signing"))
        .build()).get();

    assertThat(profile.platform()).isEqualTo(SigningPlatform.AMAZON_FREERTOS_TI_CC3220SF);
    assertThat(profile.certificateArn()).isEqualTo("arn:aws:acm:us-east-2:123456789012:certificate/abc");
    assertThat(profile.validity()).isEqualTo(new SigningProfile.SignatureValidity(2, "YEARS"));
    assertThat(profile.overrides()).isEqualTo(overrides);
    assertThat(profile.signingParameters()).isEqualTo(Map.of("param", "value"));
    assertThat(profile.tags()).isEqualTo(Map.of("team", "signing"));
    assertThat(get(Fixtures.getSigningProfile().build())).isEqualTo(Either.right(profile));
  }

  @Test
  void every_platform_the_contract_names_is_known() {
    List<String> platforms = List.of("AWSLambda-SHA384-ECDSA", "Notation-OCI-SHA384-ECDSA",
        "AWSIoTDeviceManagement-SHA256-ECDSA", "AmazonFreeRTOS-TI-CC3220SF", "AmazonFreeRTOS-Default");
    for (int i = 0; i < platforms.size(); i++) {
      SigningProfile profile =
          put(Fixtures.putSigningProfile().profileName("Profile_" + i).platformId(platforms.get(i)).build()).get();

      assertThat(profile.platform().platformId()).isEqualTo(platforms.get(i));
    }
  }

  @Test
  void an_unknown_platform_is_not_supported_and_creates_nothing() {
    assertThat(put(Fixtures.putSigningProfile().platformId("AWSLambda-SHA1-RSA").build()))
        .isEqualTo(Either.left(new GrantsError.UnsupportedPlatform("AWSLambda-SHA1-RSA")));
    assertThat(get(Fixtures.getSigningProfile().build()))
        .isEqualTo(Either.left(new GrantsError.SigningProfileNotFound(PROFILE)));
  }

  @Test
  void a_missing_platform_must_not_be_null() {
    assertThat(put(Fixtures.putSigningProfile().platformId(null).build()))
        .isEqualTo(invalid(new Violation("platformId", null, Constraint.notNull())));
  }

  @Test
  void put_again_on_an_active_profile_gives_it_a_new_profile_version() {
    SigningProfile first = put(Fixtures.putSigningProfile().build()).get();

    SigningProfile second = put(Fixtures.putSigningProfile().tags(Map.of("v", "2")).build()).get();

    assertThat(second.arn()).isEqualTo(first.arn());
    assertThat(first.profileVersion()).isEqualTo(lastHexDigits(takenId(1), 10));
    assertThat(second.profileVersion()).matches(PROFILE_VERSION).isEqualTo(lastHexDigits(takenId(2), 10));
    assertThat(second.profileVersionArn()).isEqualTo(PROFILE + "/" + second.profileVersion());
    assertThat(second.status()).isEqualTo(SigningProfileStatus.ACTIVE);
    assertThat(second.tags()).isEqualTo(Map.of("v", "2"));
    assertThat(get(Fixtures.getSigningProfile().build())).isEqualTo(Either.right(second));
  }

  @Test
  void put_again_keeps_the_profiles_permissions() {
    put(Fixtures.putSigningProfile().build()).get();
    grants.signingProfilePermissions().add(Fixtures.addProfilePermission().build()).get();

    put(Fixtures.putSigningProfile().build()).get();

    assertThat(grants.signingProfilePermissions().list(Fixtures.listProfilePermissions().build()).get()
        .permissions()).hasSize(1);
  }

  @Test
  void the_partition_follows_the_region() {
    SigningProfile china = put(Fixtures.putSigningProfile()
        .context(CallContext.of(Fixtures.OWNER, "cn-north-1")).build()).get();

    assertThat(china.arn().toString())
        .isEqualTo("arn:aws-cn:signer:cn-north-1:123456789012:/signing-profiles/MyProfile");
  }

  @Test
  void the_same_name_in_another_region_or_account_is_another_profile() {
    SigningProfile here = put(Fixtures.putSigningProfile().build()).get();
    grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build()).get();

    SigningProfile elsewhere = put(Fixtures.putSigningProfile()
        .context(CallContext.of(Fixtures.OWNER, "eu-west-1")).build()).get();
    SigningProfile otherAccount = put(Fixtures.putSigningProfile().context(GRANTEE).build()).get();

    assertThat(elsewhere.arn().toString())
        .isEqualTo("arn:aws:signer:eu-west-1:123456789012:/signing-profiles/MyProfile");
    assertThat(otherAccount.arn().toString())
        .isEqualTo("arn:aws:signer:us-east-2:223456789012:/signing-profiles/MyProfile");
    assertThat(elsewhere.status()).isEqualTo(SigningProfileStatus.ACTIVE);
    assertThat(otherAccount.status()).isEqualTo(SigningProfileStatus.ACTIVE);
    assertThat(get(Fixtures.getSigningProfile().build())).isEqualTo(Either.right(here.cancel()));
  }

  @Test
  void a_canceled_profiles_name_cannot_be_reused() {
    put(Fixtures.putSigningProfile().build()).get();
    SigningProfile canceled = grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build()).get();

    assertThat(put(Fixtures.putSigningProfile().build()))
        .isEqualTo(Either.left(new GrantsError.ProfileNameNotReusable(PROFILE, SigningProfileStatus.CANCELED)));
    assertThat(get(Fixtures.getSigningProfile().build())).isEqualTo(Either.right(canceled));
  }

  @Test
  void put_validates_its_members_before_looking_at_a_canceled_name() {
    put(Fixtures.putSigningProfile().build()).get();
    grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build()).get();

    assertThat(put(Fixtures.putSigningProfile().platformId("Nope").build()))
        .isEqualTo(Either.left(new GrantsError.UnsupportedPlatform("Nope")));
  }

  @Test
  void every_put_violation_is_reported_in_member_order() {
    SigningProfile.SigningOverrides overrides = new SigningProfile.SigningOverrides("DSA", "MD5", "XML");

    assertThat(put(Fixtures.putSigningProfile()
            .profileName("my profile")
            .signingMaterial(new PutSigningProfileCommand.SigningMaterial(null))
            .signatureValidityValue(3).signatureValidityType("WEEKS")
            .platformId(null)
            .overrides(overrides)
            .tags(Map.of())
            .build()))
        .isEqualTo(invalid(
            new Violation("profileName", "my profile", Constraint.pattern(ProfileName.PATTERN)),
            new Violation("signingMaterial.certificateArn", null, Constraint.notNull()),
            new Violation("signatureValidityPeriod.type", "WEEKS", Constraint.oneOf(List.of("DAYS", "MONTHS", "YEARS"))),
            new Violation("platformId", null, Constraint.notNull()),
            new Violation("overrides.signingConfiguration.encryptionAlgorithm", "DSA",
                Constraint.oneOf(List.of("RSA", "ECDSA"))),
            new Violation("overrides.signingConfiguration.hashAlgorithm", "MD5",
                Constraint.oneOf(List.of("SHA1", "SHA256"))),
            new Violation("overrides.signingImageFormat", "XML",
                Constraint.oneOf(List.of("JSON", "JSONEmbedded", "JSONDetached"))),
            new Violation("tags", "{}", Constraint.minLength(1))));
  }

  // --- profileName, on every operation ----------------------------------------------------------------

  @Test
  void a_profile_name_outside_its_pattern_or_length_is_a_validation_error_on_every_operation() {
    String tooLong = "p".repeat(65);
    Map<String, List<Violation>> cases = Map.of(
        "my-profile", List.of(new Violation("profileName", "my-profile", Constraint.pattern(ProfileName.PATTERN))),
        "x", List.of(
            new Violation("profileName", "x", Constraint.minLength(2)),
            new Violation("profileName", "x", Constraint.pattern(ProfileName.PATTERN))),
        "", List.of(
            new Violation("profileName", "", Constraint.minLength(2)),
            new Violation("profileName", "", Constraint.pattern(ProfileName.PATTERN))),
        tooLong, List.of(new Violation("profileName", tooLong, Constraint.maxLength(64))));

    cases.forEach((name, violations) -> {
      Either<GrantsError, SigningProfile> expected = Either.left(new GrantsError.InvalidRequest(violations));
      assertThat(put(Fixtures.putSigningProfile().profileName(name).build())).as(name).isEqualTo(expected);
      assertThat(get(Fixtures.getSigningProfile().profileName(name).build())).as(name).isEqualTo(expected);
      assertThat(grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().profileName(name).build()))
          .as(name).isEqualTo(expected);
    });
  }

  @Test
  void a_profile_name_of_two_to_sixty_four_word_characters_is_accepted() {
    for (String name : List.of("ab", "A_1", "p".repeat(64))) {
      assertThat(put(Fixtures.putSigningProfile().profileName(name).build()).isRight()).as(name).isTrue();
    }
  }

  @Test
  void a_missing_profile_name_must_not_be_null_on_every_operation() {
    Either<GrantsError, SigningProfile> expected = invalid(new Violation("profileName", null, Constraint.notNull()));

    assertThat(put(Fixtures.putSigningProfile().profileName(null).build())).isEqualTo(expected);
    assertThat(get(Fixtures.getSigningProfile().profileName(null).build())).isEqualTo(expected);
    assertThat(grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().profileName(null).build()))
        .isEqualTo(expected);
  }

  // --- GetSigningProfile ------------------------------------------------------------------------------

  @Test
  void get_returns_the_profile_as_put() {
    SigningProfile profile = put(Fixtures.putSigningProfile().build()).get();

    assertThat(get(Fixtures.getSigningProfile().build())).isEqualTo(Either.right(profile));
    assertThat(get(Fixtures.getSigningProfile().profileOwner(Fixtures.OWNER).build()))
        .isEqualTo(Either.right(profile));
  }

  @Test
  void get_of_an_unknown_profile_is_not_found() {
    put(Fixtures.putSigningProfile().build()).get();

    assertThat(get(Fixtures.getSigningProfile().profileName("Unknown").build()))
        .isEqualTo(Either.left(new GrantsError.SigningProfileNotFound(Fixtures.signingProfileArn("Unknown"))));
  }

  @Test
  void a_profile_owner_outside_its_pattern_is_a_validation_error_reported_after_the_name() {
    Constraint owner = Constraint.pattern("^[0-9]{12}$");

    assertThat(get(Fixtures.getSigningProfile().profileOwner("12345").build())).isEqualTo(invalid(
        new Violation("profileOwner", "12345", Constraint.minLength(12)),
        new Violation("profileOwner", "12345", owner)));
    assertThat(get(Fixtures.getSigningProfile().profileName("x!").profileOwner("12345678901a").build()))
        .isEqualTo(invalid(
            new Violation("profileName", "x!", Constraint.pattern(ProfileName.PATTERN)),
            new Violation("profileOwner", "12345678901a", owner)));
  }

  // --- CancelSigningProfile ---------------------------------------------------------------------------

  @Test
  void cancel_makes_the_profile_canceled_and_it_stays_readable() {
    SigningProfile profile = put(Fixtures.putSigningProfile().build()).get();

    SigningProfile canceled = grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build()).get();

    assertThat(canceled.status()).isEqualTo(SigningProfileStatus.CANCELED);
    assertThat(canceled.status().wireName()).isEqualTo("Canceled");
    assertThat(canceled).isEqualTo(profile.withStatus(SigningProfileStatus.CANCELED));
    assertThat(get(Fixtures.getSigningProfile().build())).isEqualTo(Either.right(canceled));
  }

  @Test
  void cancelling_a_canceled_profile_changes_nothing() {
    put(Fixtures.putSigningProfile().build()).get();
    SigningProfile canceled = grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build()).get();

    assertThat(grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build()))
        .isEqualTo(Either.right(canceled));
    assertThat(get(Fixtures.getSigningProfile().build())).isEqualTo(Either.right(canceled));
  }

  @Test
  void cancel_of_an_unknown_profile_is_not_found() {
    assertThat(grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build()))
        .isEqualTo(Either.left(new GrantsError.SigningProfileNotFound(PROFILE)));
  }

  // --- GetSigningProfile of another account -----------------------------------------------------------

  @Test
  void another_accounts_profile_is_denied_without_a_grant() {
    put(Fixtures.putSigningProfile().build()).get();

    assertThat(getAsGrantee()).isEqualTo(Either.left(
        new GrantsError.AccessDenied(Fixtures.GRANTEE, PROFILE.arn(), GET_SIGNING_PROFILE)));
  }

  @Test
  void another_accounts_profile_is_readable_where_its_policy_grants_the_caller_get_signing_profile() {
    SigningProfile profile = put(Fixtures.putSigningProfile().build()).get();
    grantGetSigningProfile(Fixtures.GRANTEE);

    assertThat(getAsGrantee()).isEqualTo(Either.right(profile));
  }

  @Test
  void a_grant_of_another_action_or_to_another_account_does_not_let_the_caller_read() {
    put(Fixtures.putSigningProfile().build()).get();
    grants.signingProfilePermissions().add(Fixtures.addProfilePermission().build()).get();
    grants.signingProfilePermissions().add(Fixtures.addProfilePermission()
        .statementId("revoke").action("signer:RevokeSignature").build()).get();
    grantGetSigningProfile("333456789012");

    assertThat(getAsGrantee()).isEqualTo(Either.left(
        new GrantsError.AccessDenied(Fixtures.GRANTEE, PROFILE.arn(), GET_SIGNING_PROFILE)));
  }

  @Test
  void removing_the_grant_denies_the_caller_again() {
    put(Fixtures.putSigningProfile().build()).get();
    String revision = grantGetSigningProfile(Fixtures.GRANTEE);
    grants.signingProfilePermissions().remove(RemoveProfilePermissionCommand.builder().context(Fixtures.context())
        .profileName(Fixtures.PROFILE).statementId("read").revisionId(revision).build()).get();

    assertThat(getAsGrantee()).isEqualTo(Either.left(
        new GrantsError.AccessDenied(Fixtures.GRANTEE, PROFILE.arn(), GET_SIGNING_PROFILE)));
  }

  @Test
  void a_granted_caller_reads_the_profile_also_after_it_was_canceled() {
    put(Fixtures.putSigningProfile().build()).get();
    grantGetSigningProfile(Fixtures.GRANTEE);
    SigningProfile canceled = grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build()).get();

    assertThat(getAsGrantee()).isEqualTo(Either.right(canceled));
  }

  @Test
  void a_grant_limited_to_a_profile_version_lets_the_caller_read_that_version_only() {
    SigningProfile first = put(Fixtures.putSigningProfile().build()).get();
    grants.signingProfilePermissions().add(Fixtures.addProfilePermission().statementId("read")
        .action(GET_SIGNING_PROFILE).principal(Fixtures.GRANTEE).profileVersion(first.profileVersion()).build()).get();

    assertThat(getAsGrantee()).isEqualTo(Either.right(first));
    SigningProfile second = put(Fixtures.putSigningProfile().build()).get();
    // The first version took id 1 and the grant's revision id 2: the second version is made of id 3.
    assertThat(first.profileVersion()).isEqualTo(lastHexDigits(takenId(1), 10));
    assertThat(second.profileVersion()).isEqualTo(lastHexDigits(takenId(3), 10));
    assertThat(getAsGrantee()).isEqualTo(Either.left(
        new GrantsError.AccessDenied(Fixtures.GRANTEE, PROFILE.arn(), GET_SIGNING_PROFILE)));
  }

  @Test
  void an_unknown_profile_of_another_account_is_denied_like_one_without_a_grant() {
    assertThat(getAsGrantee()).isEqualTo(Either.left(
        new GrantsError.AccessDenied(Fixtures.GRANTEE, PROFILE.arn(), GET_SIGNING_PROFILE)));
  }

  @Test
  void the_callers_organization_does_not_widen_a_grant_to_another_account() {
    put(Fixtures.putSigningProfile().build()).get();
    grantGetSigningProfile("333456789012");

    assertThat(get(Fixtures.getSigningProfile().context(GRANTEE.inOrganization(OrganizationId.of(Fixtures.ORGANIZATION)))
        .profileOwner(Fixtures.OWNER).build())).isEqualTo(Either.left(
        new GrantsError.AccessDenied(Fixtures.GRANTEE, PROFILE.arn(), GET_SIGNING_PROFILE)));
  }

  @Test
  void without_a_profile_owner_the_caller_addresses_its_own_account() {
    put(Fixtures.putSigningProfile().build()).get();
    grantGetSigningProfile(Fixtures.GRANTEE);

    assertThat(get(Fixtures.getSigningProfile().context(GRANTEE).build())).isEqualTo(Either.left(
        new GrantsError.SigningProfileNotFound(SigningProfileArn.of(
            Region.of(Fixtures.REGION), AccountId.of(Fixtures.GRANTEE), Fixtures.PROFILE))));
  }

  /** The owner grants {@code account} GetSigningProfile, statement {@code read}; returns the new revision. */
  private String grantGetSigningProfile(String account) {
    return grants.signingProfilePermissions().add(Fixtures.addProfilePermission()
            .statementId("read").action(GET_SIGNING_PROFILE).principal(account).build())
        .get().revisionId().value();
  }

  private Either<GrantsError, SigningProfile> getAsGrantee() {
    return get(Fixtures.getSigningProfile().context(GRANTEE).profileOwner(Fixtures.OWNER).build());
  }

  private Either<GrantsError, SigningProfile> put(PutSigningProfileCommand command) {
    return grants.signingProfiles().put(command);
  }

  private Either<GrantsError, SigningProfile> get(GetSigningProfileCommand command) {
    return grants.signingProfiles().get(command);
  }
}
