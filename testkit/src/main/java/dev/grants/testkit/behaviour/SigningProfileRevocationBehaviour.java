package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.domain.signer.SigningProfileStatus;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.RevokeSigningProfileCommand;
import dev.grants.ports.in.SignerListTagsForResourceCommand;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link dev.grants.ports.in.SigningProfiles#revoke} (RevokeSigningProfile) and what a revoked
 * profile still allows and refuses, refusals compared as {@link GrantsError} values, for any wiring:
 *
 * <pre>{@code
 * class MyWiringSigningProfileRevocationTest extends SigningProfileRevocationBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events) { ... }
 * }
 * }</pre>
 */
public abstract class SigningProfileRevocationBehaviour extends WiringBehaviour {
  private static final SigningProfileArn PROFILE = Fixtures.signingProfileArn();
  /** With a sub-millisecond part, which the revocation record does not keep. */
  private static final Instant EFFECTIVE = Instant.parse("2018-11-01T00:00:00.123456Z");

  /** Creates the suite. */
  protected SigningProfileRevocationBehaviour() {}

  @Test
  void revoke_makes_the_profile_revoked_with_its_revocation_record() {
    SigningProfile put = put();

    SigningProfile revoked = grants.signingProfiles().revoke(revoke(put.profileVersion()).build()).get();

    assertThat(revoked.status()).isEqualTo(SigningProfileStatus.REVOKED);
    assertThat(revoked.revocation()).isEqualTo(new SigningProfile.RevocationRecord(
        Instant.parse("2018-11-01T00:00:00.123Z"), Instant.parse(START), "arn:aws:iam::123456789012:root"));
    assertThat(revoked).as("nothing else changes").isEqualTo(put.revoke(revoked.revocation()));
    assertThat(grants.signingProfiles().get(Fixtures.getSigningProfile().build())).isEqualTo(Either.right(revoked));
  }

  @Test
  void a_revoked_profile_refuses_permission_changes_a_new_put_and_another_revoke() {
    SigningProfile put = put();
    String revision = grants.signingProfilePermissions().add(Fixtures.addProfilePermission().build()).get()
        .revisionId().value();
    SigningProfile revoked = grants.signingProfiles().revoke(revoke(put.profileVersion()).build()).get();

    assertThat(grants.signingProfilePermissions().add(Fixtures.addProfilePermission().statementId("second").build()))
        .isEqualTo(Either.left(new GrantsError.ProfileNotActive(PROFILE, SigningProfileStatus.REVOKED)));
    assertThat(grants.signingProfilePermissions().remove(Fixtures.removeProfilePermission().revisionId(revision)
        .build()))
        .isEqualTo(Either.left(new GrantsError.ProfileNotActive(PROFILE, SigningProfileStatus.REVOKED)));
    assertThat(grants.signingProfiles().put(Fixtures.putSigningProfile().build()))
        .isEqualTo(Either.left(new GrantsError.ProfileNameNotReusable(PROFILE, SigningProfileStatus.REVOKED)));
    assertThat(grants.signingProfiles().revoke(revoke(put.profileVersion()).build()))
        .isEqualTo(Either.left(new GrantsError.ProfileNotRevocable(PROFILE, SigningProfileStatus.REVOKED)));
    assertThat(grants.signingProfiles().get(Fixtures.getSigningProfile().build())).isEqualTo(Either.right(revoked));
  }

  @Test
  void a_revoked_profile_is_still_read_its_permissions_listed_and_its_tags_kept() {
    SigningProfile put = grants.signingProfiles().put(Fixtures.putSigningProfile().tags(Map.of("team", "a")).build())
        .get();
    grants.signingProfilePermissions().add(Fixtures.addProfilePermission().build()).get();
    grants.signingProfiles().revoke(revoke(put.profileVersion()).build()).get();

    assertThat(grants.signingProfilePermissions().list(Fixtures.listProfilePermissions().build()).get().permissions())
        .hasSize(1);
    assertThat(grants.signingProfileTags().list(SignerListTagsForResourceCommand.builder()
        .context(Fixtures.context()).resourceArn(PROFILE.toString()).build()))
        .isEqualTo(Either.right(Map.of("team", "a")));
    assertThat(grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build()).get().status())
        .as("cancelling a profile that is not Active changes nothing").isEqualTo(SigningProfileStatus.REVOKED);
  }

  @Test
  void a_canceled_profile_cannot_be_revoked() {
    SigningProfile put = put();
    grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build()).get();

    assertThat(grants.signingProfiles().revoke(revoke(put.profileVersion()).build()))
        .isEqualTo(Either.left(new GrantsError.ProfileNotRevocable(PROFILE, SigningProfileStatus.CANCELED)));
  }

  @Test
  void revoke_of_another_version_than_the_current_is_refused_and_changes_nothing() {
    SigningProfile put = put();

    assertThat(grants.signingProfiles().revoke(revoke("zzzzzzzzzz").build()))
        .isEqualTo(Either.left(new GrantsError.ProfileVersionNotCurrent(PROFILE, "zzzzzzzzzz")));
    assertThat(grants.signingProfiles().get(Fixtures.getSigningProfile().build())).isEqualTo(Either.right(put));
  }

  @Test
  void revoke_of_a_profile_that_does_not_exist_is_not_found() {
    assertThat(grants.signingProfiles().revoke(revoke("a1B2c3D4e5").build()))
        .isEqualTo(Either.left(new GrantsError.SigningProfileNotFound(PROFILE)));
  }

  @Test
  void revoke_reports_every_violation_of_the_models_rules_in_member_order() {
    put();

    assertThat(grants.signingProfiles().revoke(RevokeSigningProfileCommand.builder().context(Fixtures.context())
        .profileName("x").profileVersion("short").reason("").build()))
        .isEqualTo(Either.left(new GrantsError.InvalidRequest(List.of(
            new Violation("profileName", "x", Constraint.minLength(2)),
            new Violation("profileName", "x", Constraint.pattern("^[a-zA-Z0-9_]{2,}")),
            new Violation("profileVersion", "short", Constraint.minLength(10)),
            new Violation("profileVersion", "short", Constraint.pattern("^[a-zA-Z0-9]{10}$")),
            new Violation("reason", "", Constraint.minLength(1)),
            new Violation("effectiveTime", null, Constraint.notNull())))));
    assertThat(grants.signingProfiles().revoke(revoke("a1B2c3D4e5").reason("r".repeat(501)).build()).getLeft())
        .isEqualTo(new GrantsError.InvalidRequest(List.of(
            new Violation("reason", "r".repeat(501), Constraint.maxLength(500)))));
  }

  private SigningProfile put() {
    return grants.signingProfiles().put(Fixtures.putSigningProfile().build()).get();
  }

  private static RevokeSigningProfileCommand.Builder revoke(String version) {
    return RevokeSigningProfileCommand.builder().context(Fixtures.context()).profileName(PROFILE.name())
        .profileVersion(version).reason("key compromised").effectiveTime(EFFECTIVE);
  }
}
