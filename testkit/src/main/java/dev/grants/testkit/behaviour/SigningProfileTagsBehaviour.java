package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Region;
import dev.grants.domain.signer.SignerTags;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.SignerListTagsForResourceCommand;
import dev.grants.ports.in.SignerTagResourceCommand;
import dev.grants.ports.in.SignerUntagResourceCommand;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link dev.grants.ports.in.SigningProfileTags} (Signer's TagResource, UntagResource and
 * ListTagsForResource on signing profiles, and the tags PutSigningProfile starts a profile with), refusals compared
 * as {@link GrantsError} values, for any wiring:
 *
 * <pre>{@code
 * class MyWiringSigningProfileTagsTest extends SigningProfileTagsBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events) { ... }
 * }
 * }</pre>
 */
public abstract class SigningProfileTagsBehaviour extends WiringBehaviour {
  private static final SigningProfileArn PROFILE = Fixtures.signingProfileArn();
  private static final String ARN = PROFILE.toString();

  /** Creates the suite. */
  protected SigningProfileTagsBehaviour() {}

  @Test
  void the_tags_put_gives_a_profile_are_listed_and_read_with_it() {
    grants.signingProfiles().put(Fixtures.putSigningProfile().tags(Map.of("team", "a", "cost", "b")).build()).get();

    assertThat(list(ARN)).isEqualTo(Either.right(Map.of("cost", "b", "team", "a")));
    assertThat(grants.signingProfiles().get(Fixtures.getSigningProfile().build()).get().tags())
        .containsExactly(Map.entry("cost", "b"), Map.entry("team", "a"));
  }

  @Test
  void tag_adds_tags_and_replaces_the_value_of_a_key_the_profile_has() {
    grants.signingProfiles().put(Fixtures.putSigningProfile().tags(Map.of("team", "a")).build()).get();

    assertThat(tag(ARN, Map.of("team", "b", "env", "prod"))).isEqualTo(Either.right(Map.of("env", "prod", "team", "b")));
    assertThat(list(ARN)).isEqualTo(Either.right(Map.of("env", "prod", "team", "b")));
  }

  @Test
  void tags_change_nothing_else_of_the_profile() {
    var before = grants.signingProfiles().put(Fixtures.putSigningProfile().build()).get();

    tag(ARN, Map.of("team", "a")).get();

    var after = grants.signingProfiles().get(Fixtures.getSigningProfile().build()).get();
    assertThat(after.withTags(Map.of())).isEqualTo(before);
  }

  @Test
  void untag_removes_the_keys_given_and_ignores_a_key_the_profile_lacks() {
    grants.signingProfiles().put(Fixtures.putSigningProfile().tags(Map.of("team", "a", "env", "prod")).build()).get();

    assertThat(untag(ARN, List.of("team", "absent"))).isEqualTo(Either.right(Map.of("env", "prod")));
    assertThat(untag(ARN, List.of("env"))).isEqualTo(Either.right(Map.of()));
    assertThat(list(ARN)).isEqualTo(Either.right(Map.of()));
  }

  @Test
  void a_canceled_profile_keeps_its_tags_and_may_still_be_tagged() {
    grants.signingProfiles().put(Fixtures.putSigningProfile().tags(Map.of("team", "a")).build()).get();
    grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build()).get();

    assertThat(tag(ARN, Map.of("env", "old"))).isEqualTo(Either.right(Map.of("env", "old", "team", "a")));
    assertThat(untag(ARN, List.of("team"))).isEqualTo(Either.right(Map.of("env", "old")));
  }

  @Test
  void a_profile_that_does_not_exist_is_not_found_by_each_operation() {
    GrantsError missing = new GrantsError.SigningProfileNotFound(PROFILE);

    assertThat(tag(ARN, Map.of("team", "a"))).isEqualTo(Either.left(missing));
    assertThat(untag(ARN, List.of("team"))).isEqualTo(Either.left(missing));
    assertThat(list(ARN)).isEqualTo(Either.left(missing));
  }

  @Test
  void a_profile_of_another_account_or_region_is_not_found_for_the_caller() {
    grants.signingProfiles().put(Fixtures.putSigningProfile().build()).get();
    SigningProfileArn inOtherRegion = SigningProfileArn.of(Region.of("eu-west-1"), PROFILE.account(), PROFILE.name());
    SigningProfileArn ofOtherAccount = SigningProfileArn.of(Region.of(Fixtures.REGION),
        AccountId.of(Fixtures.GRANTEE), PROFILE.name());

    assertThat(list(inOtherRegion.toString()))
        .isEqualTo(Either.left(new GrantsError.SigningProfileNotFound(inOtherRegion)));
    CallContext grantee = CallContext.of(Fixtures.GRANTEE, Fixtures.REGION);
    assertThat(grants.signingProfileTags().tag(SignerTagResourceCommand.builder().context(grantee).resourceArn(ARN)
        .tags(Map.of("x", "y")).build())).isEqualTo(Either.left(new GrantsError.SigningProfileNotFound(PROFILE)));
    assertThat(list(ofOtherAccount.toString()))
        .isEqualTo(Either.left(new GrantsError.SigningProfileNotFound(ofOtherAccount)));
  }

  @Test
  void an_arn_that_names_no_signing_profile_is_refused_as_such() {
    String versionArn = PROFILE.versionArn("a1B2c3D4e5");
    String layer = "arn:aws:lambda:us-east-2:123456789012:layer:my-layer";

    assertThat(list(layer)).isEqualTo(Either.left(new GrantsError.InvalidSignerResourceArn(layer)));
    assertThat(tag(versionArn, Map.of("a", "b")))
        .isEqualTo(Either.left(new GrantsError.InvalidSignerResourceArn(versionArn)));
  }

  @Test
  void tag_checks_the_models_rules_of_keys_values_and_count_reporting_every_violation() {
    grants.signingProfiles().put(Fixtures.putSigningProfile().build()).get();
    String longValue = "v".repeat(257);

    assertThat(tag(ARN, Map.of("aws:team", longValue))).isEqualTo(Either.left(new GrantsError.InvalidRequest(List.of(
        new Violation("tags", "[aws:team]", Constraint.eachMember(Constraint.pattern(SignerTags.KEY_PATTERN))),
        new Violation("tags", "[" + longValue + "]", Constraint.eachMember(Constraint.maxLength(256)))))));
    assertThat(tag(ARN, Map.of())).isEqualTo(Either.left(new GrantsError.InvalidRequest(
        List.of(new Violation("tags", "{}", Constraint.minLength(1))))));
    assertThat(grants.signingProfileTags().tag(SignerTagResourceCommand.builder().context(Fixtures.context())
        .build())).isEqualTo(Either.left(new GrantsError.InvalidRequest(List.of(
            new Violation("resourceArn", null, Constraint.notNull()), new Violation("tags", null, Constraint.notNull())))));
    assertThat(list(ARN)).isEqualTo(Either.right(Map.of()));
  }

  @Test
  void untag_requires_1_to_200_keys_of_the_key_rule() {
    grants.signingProfiles().put(Fixtures.putSigningProfile().build()).get();

    assertThat(untag(ARN, List.of())).isEqualTo(Either.left(new GrantsError.InvalidRequest(
        List.of(new Violation("tagKeys", "[]", Constraint.minItems(1))))));
    assertThat(untag(ARN, List.of("aws:x"))).isEqualTo(Either.left(new GrantsError.InvalidRequest(List.of(
        new Violation("tagKeys", "[aws:x]", Constraint.eachMember(Constraint.pattern(SignerTags.KEY_PATTERN)))))));
    assertThat(untag(ARN, null)).isEqualTo(Either.left(new GrantsError.InvalidRequest(
        List.of(new Violation("tagKeys", null, Constraint.notNull())))));
  }

  @Test
  void a_profile_holds_at_most_200_tags_and_a_tag_over_that_changes_nothing() {
    Map<String, String> many = new LinkedHashMap<>();
    for (int i = 0; i < 200; i++) {
      many.put("k" + (char) ('a' + i / 26) + (char) ('a' + i % 26), "v");
    }
    grants.signingProfiles().put(Fixtures.putSigningProfile().tags(many).build()).get();

    assertThat(tag(ARN, Map.of("one", "more")))
        .isEqualTo(Either.left(new GrantsError.TooManySignerTags(PROFILE, SignerTags.MAX_PER_PROFILE)));
    assertThat(list(ARN).get()).hasSize(200).doesNotContainKey("one");
    assertThat(tag(ARN, Map.of("kaa", "replaced")).get()).hasSize(200).containsEntry("kaa", "replaced");
  }

  private Either<GrantsError, Map<String, String>> tag(String arn, Map<String, String> tags) {
    return grants.signingProfileTags().tag(SignerTagResourceCommand.builder().context(Fixtures.context())
        .resourceArn(arn).tags(tags).build());
  }

  private Either<GrantsError, Map<String, String>> untag(String arn, List<String> keys) {
    return grants.signingProfileTags().untag(SignerUntagResourceCommand.builder().context(Fixtures.context())
        .resourceArn(arn).tagKeys(keys).build());
  }

  private Either<GrantsError, Map<String, String>> list(String arn) {
    return grants.signingProfileTags().list(SignerListTagsForResourceCommand.builder().context(Fixtures.context())
        .resourceArn(arn).build());
  }
}
