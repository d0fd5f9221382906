package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.CancelSigningProfileCommand;
import dev.grants.ports.in.ListSigningProfilesCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.RevokeSigningProfileCommand;
import dev.grants.testkit.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link dev.grants.ports.in.SigningProfiles#list} (ListSigningProfiles: the caller's own profiles
 * in its region by name, Canceled ones only with includeCanceled, the platform and status filters, pages by key),
 * refusals compared as {@link GrantsError} values, for any wiring:
 *
 * <pre>{@code
 * class MyWiringSigningProfileListingTest extends SigningProfileListingBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events) { ... }
 * }
 * }</pre>
 */
public abstract class SigningProfileListingBehaviour extends WiringBehaviour {
  private static final CallContext CALLER = Fixtures.context();

  /** Creates the suite. */
  protected SigningProfileListingBehaviour() {}

  @Test
  void nothing_put_lists_no_profile_and_no_token() {
    Page<SigningProfile> page = list(ListSigningProfilesCommand.builder().context(CALLER).build());

    assertThat(page.items()).isEmpty();
    assertThat(page.nextToken()).isNull();
  }

  @Test
  void active_and_revoked_profiles_are_listed_by_name_canceled_ones_only_when_asked() {
    SigningProfile beta = put("beta", Map.of("team", "b"));
    SigningProfile alpha = put("alpha", Map.of());
    SigningProfile gamma = cancel(put("gamma", Map.of()));
    SigningProfile delta = revoke(put("delta", Map.of()));

    assertThat(list(ListSigningProfilesCommand.builder().context(CALLER).build()).items())
        .containsExactly(alpha, beta, delta);
    assertThat(list(ListSigningProfilesCommand.builder().context(CALLER).includeCanceled(true).build()).items())
        .containsExactly(alpha, beta, delta, gamma);
  }

  @Test
  void statuses_and_platform_narrow_the_listing_and_canceled_ones_still_need_include_canceled() {
    SigningProfile active = put("active", Map.of());
    SigningProfile canceled = cancel(put("canceled", Map.of()));
    SigningProfile revoked = revoke(put("revoked", Map.of()));
    SigningProfile iot = right(grants.signingProfiles().put(Fixtures.putSigningProfile().profileName("iot")
        .platformId(Fixtures.FREE_RTOS_PLATFORM).build()));

    assertThat(list(ListSigningProfilesCommand.builder().context(CALLER).addStatuses("Revoked").build()).items())
        .containsExactly(revoked);
    assertThat(list(ListSigningProfilesCommand.builder().context(CALLER).addStatuses("Canceled").build()).items())
        .as("[decided] statuses narrow what includeCanceled lets through").isEmpty();
    assertThat(list(ListSigningProfilesCommand.builder().context(CALLER).includeCanceled(true)
        .addStatuses("Canceled", "Active").build()).items()).containsExactly(active, canceled, iot);
    assertThat(list(ListSigningProfilesCommand.builder().context(CALLER).platformId(Fixtures.FREE_RTOS_PLATFORM).build())
        .items()).containsExactly(iot);
    assertThat(list(ListSigningProfilesCommand.builder().context(CALLER).platformId("amazonfreertos-default").build())
        .items()).as("compared exactly").isEmpty();
    assertThat(list(ListSigningProfilesCommand.builder().context(CALLER).platformId(Fixtures.LAMBDA_PLATFORM)
        .addStatuses("Active").build()).items()).containsExactly(active);
  }

  @Test
  void only_the_callers_own_profiles_in_its_region_are_listed() {
    SigningProfile mine = put("mine", Map.of());
    right(grants.signingProfiles().put(Fixtures.putSigningProfile().context(Fixtures.otherContext())
        .profileName("theirs").build()));
    right(grants.signingProfiles().put(Fixtures.putSigningProfile()
        .context(CallContext.of(Fixtures.OWNER, "eu-west-1")).profileName("elsewhere").build()));

    assertThat(list(ListSigningProfilesCommand.builder().context(CALLER).build()).items()).containsExactly(mine);
    assertThat(list(ListSigningProfilesCommand.builder().context(Fixtures.otherContext()).build()).items())
        .extracting(profile -> profile.arn().name()).containsExactly("theirs");
  }

  @Test
  void pages_of_max_results_go_on_where_the_last_ended_even_after_a_put_between_them() {
    List<SigningProfile> put = new ArrayList<>();
    for (String name : List.of("p1", "p2", "p3", "p4", "p5")) {
      put.add(put(name, Map.of()));
    }

    Page<SigningProfile> first = list(ListSigningProfilesCommand.builder().context(CALLER).maxResults(2).build());
    assertThat(first.items()).containsExactly(put.get(0), put.get(1));
    SigningProfile earlier = put("p0", Map.of());
    Page<SigningProfile> second = list(ListSigningProfilesCommand.builder().context(CALLER).maxResults(2)
        .nextToken(first.nextToken()).build());
    assertThat(second.items()).as("p0 sorts before the page's end: neither repeated nor shown")
        .containsExactly(put.get(2), put.get(3));
    Page<SigningProfile> last = list(ListSigningProfilesCommand.builder().context(CALLER).maxResults(2)
        .nextToken(second.nextToken()).build());
    assertThat(last.items()).containsExactly(put.get(4));
    assertThat(last.nextToken()).isNull();
    assertThat(list(ListSigningProfilesCommand.builder().context(CALLER).maxResults(25).build()).items())
        .startsWith(earlier).hasSize(6);
  }

  @Test
  void a_token_of_another_listing_or_an_altered_one_is_refused() {
    put("p1", Map.of());
    put("p2", Map.of());
    String token = list(ListSigningProfilesCommand.builder().context(CALLER).maxResults(1).build()).nextToken();

    for (ListSigningProfilesCommand other : List.of(
        ListSigningProfilesCommand.builder().context(CALLER).maxResults(1).includeCanceled(true).nextToken(token)
            .build(),
        ListSigningProfilesCommand.builder().context(CALLER).maxResults(1).addStatuses("Active").nextToken(token)
            .build(),
        ListSigningProfilesCommand.builder().context(CALLER).maxResults(1).platformId(Fixtures.LAMBDA_PLATFORM)
            .nextToken(token).build(),
        ListSigningProfilesCommand.builder().context(Fixtures.otherContext()).maxResults(1).nextToken(token).build(),
        ListSigningProfilesCommand.builder().context(CALLER).nextToken(token + "A").build(),
        ListSigningProfilesCommand.builder().context(CALLER).nextToken("forged").build())) {
      assertThat(grants.signingProfiles().list(other).getLeft()).as(other.toString())
          .isEqualTo(new GrantsError.InvalidPageToken(other.nextToken()));
    }
  }

  @Test
  void max_results_out_of_range_and_statuses_not_of_the_model_are_validation_errors() {
    for (int bad : new int[] {0, 26, -1}) {
      assertThat(grants.signingProfiles().list(ListSigningProfilesCommand.builder().context(CALLER).maxResults(bad)
          .build()).getLeft()).isEqualTo(new GrantsError.InvalidRequest(List.of(new Violation("maxResults",
              String.valueOf(bad), bad < 1 ? Constraint.minValue(1) : Constraint.maxValue(25)))));
    }
    assertThat(grants.signingProfiles().list(ListSigningProfilesCommand.builder().context(CALLER)
        .addStatuses("Active", "ACTIVE").build()).getLeft())
        .isEqualTo(new GrantsError.InvalidRequest(List.of(new Violation("statuses", "[Active, ACTIVE]",
            Constraint.eachMember(Constraint.oneOf(List.of("Active", "Canceled", "Revoked")))))));
  }

  private Page<SigningProfile> list(ListSigningProfilesCommand command) {
    return right(grants.signingProfiles().list(command));
  }

  private SigningProfile put(String name, Map<String, String> tags) {
    return right(grants.signingProfiles().put(Fixtures.putSigningProfile().profileName(name)
        .tags(tags.isEmpty() ? null : tags).build()));
  }

  private SigningProfile cancel(SigningProfile profile) {
    return right(grants.signingProfiles().cancel(CancelSigningProfileCommand.builder().context(CALLER)
        .profileName(profile.arn().name()).build()));
  }

  private SigningProfile revoke(SigningProfile profile) {
    return right(grants.signingProfiles().revoke(RevokeSigningProfileCommand.builder().context(CALLER)
        .profileName(profile.arn().name()).profileVersion(profile.profileVersion()).reason("compromised")
        .effectiveTime(Instant.parse("2018-11-01T00:00:00Z")).build()));
  }

  private static <T> T right(io.vavr.control.Either<GrantsError, T> result) {
    assertThat(result.isRight()).as("%s", result).isTrue();
    return result.get();
  }
}
