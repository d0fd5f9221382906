package dev.grants.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.signer.SigningPlatform;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.domain.signer.SigningProfileStatus;
import dev.grants.ports.out.SigningProfileRepository;
import dev.grants.testkit.Concurrently;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SigningProfileRepository}: one profile per ARN, insert only where none is stored,
 * replace only from the stored state, and of concurrent writers from one state exactly one wins. Extend it
 * with your adapter:
 *
 * <pre>{@code
 * class JdbcSigningProfileRepositoryTest extends SigningProfileRepositoryContract {
 *   @Override
 *   protected SigningProfileRepository createRepository() {
 *     return new JdbcSigningProfileRepository(freshDataSource());
 *   }
 * }
 * }</pre>
 *
 * <p>Capability hooks scale the concurrent cases to what an adapter's test environment bears:
 * {@link #concurrentWriters()} and {@link #concurrencyTimeout()}.
 */
public abstract class SigningProfileRepositoryContract extends RepositoryContract<SigningProfileRepository> {
  private static final SigningProfileArn PROFILE = Fixtures.signingProfileArn();
  private static final SigningProfileArn OTHER_PROFILE = Fixtures.signingProfileArn("OtherProfile");

  /** Creates the suite. */
  protected SigningProfileRepositoryContract() {}

  @Test
  void a_profile_never_inserted_is_not_found() {
    assertThat(repository.find(PROFILE)).isEqualTo(Option.none());
  }

  @Test
  void an_inserted_profile_is_read_back_whole() {
    SigningProfile profile = richProfile(PROFILE, "a1B2c3D4e5");

    assertThat(repository.insert(profile)).isTrue();

    assertStored(profile);
  }

  @Test
  void an_insert_where_a_profile_is_stored_is_refused_and_changes_nothing() {
    SigningProfile stored = inserted("0000000001");

    assertThat(repository.insert(profile(PROFILE, "0000000002"))).isFalse();
    assertThat(repository.insert(stored.cancel())).isFalse();

    assertStored(stored);
  }

  @Test
  void a_replace_from_the_stored_profile_stores_the_new_one() {
    SigningProfile stored = inserted("0000000001");
    SigningProfile next = profile(PROFILE, "0000000002");

    assertThat(repository.replace(stored, next)).isTrue();

    assertStored(next);
  }

  @Test
  void a_revoked_profile_is_kept_with_its_revocation_record_and_replaced_only_from_it() {
    SigningProfile stored = repository.insert(richProfile(PROFILE, "a1B2c3D4e5")) ? richProfile(PROFILE, "a1B2c3D4e5")
        : null;
    SigningProfile revoked = stored.revoke(new SigningProfile.RevocationRecord(
        java.time.Instant.parse("2018-11-01T00:00:00.123Z"), java.time.Instant.parse("2018-11-14T23:03:52.894Z"),
        "arn:aws:iam::123456789012:root"));

    assertThat(repository.replace(stored, revoked)).isTrue();
    assertStored(revoked);
    SigningProfile otherRecord = stored.revoke(new SigningProfile.RevocationRecord(
        java.time.Instant.parse("2018-11-01T00:00:00.124Z"), revoked.revocation().revokedAt(), "someone"));
    assertThat(repository.replace(otherRecord, otherRecord.withTags(java.util.Map.of("a", "b"))))
        .as("a base that differs only in its revocation record").isFalse();
    assertThat(repository.replace(revoked, revoked.withTags(java.util.Map.of("a", "b")))).isTrue();
    assertStored(revoked.withTags(java.util.Map.of("a", "b")));
  }

  @Test
  void a_canceled_profile_is_kept_and_read_back_canceled() {
    SigningProfile stored = inserted("0000000001");

    assertThat(repository.replace(stored, stored.cancel())).isTrue();

    assertThat(repository.find(PROFILE).map(SigningProfile::status))
        .isEqualTo(Option.some(SigningProfileStatus.CANCELED));
  }

  @Test
  void a_replace_compares_the_whole_stored_profile_not_only_its_version() {
    SigningProfile stored = inserted("0000000001");
    SigningProfile canceled = stored.cancel();
    repository.replace(stored, canceled);

    assertThat(repository.replace(stored, profile(PROFILE, "0000000002"))).isFalse();

    assertStored(canceled);
  }

  @Test
  void a_replace_from_a_stale_profile_is_refused_and_changes_nothing() {
    SigningProfile first = inserted("0000000001");
    SigningProfile current = profile(PROFILE, "0000000002");
    repository.replace(first, current);

    assertThat(repository.replace(first, profile(PROFILE, "0000000003"))).isFalse();

    assertStored(current);
  }

  @Test
  void a_replace_of_a_profile_never_inserted_is_refused_and_stores_nothing() {
    assertThat(repository.replace(profile(PROFILE, "0000000001"), profile(PROFILE, "0000000002"))).isFalse();

    assertThat(repository.find(PROFILE)).isEqualTo(Option.none());
  }

  @Test
  void a_replace_with_another_arn_is_refused_and_changes_nothing() {
    SigningProfile stored = inserted("0000000001");

    assertThatThrownBy(() -> repository.replace(stored, profile(OTHER_PROFILE, "0000000002")))
        .isInstanceOf(IllegalArgumentException.class);

    assertStored(stored);
    assertThat(repository.find(OTHER_PROFILE)).isEqualTo(Option.none());
  }

  @Test
  void profiles_of_different_arns_are_independent() {
    SigningProfile one = profile(PROFILE, "0000000001");
    SigningProfile other = profile(OTHER_PROFILE, "0000000002");
    SigningProfileArn elsewhere = new SigningProfileArn(PROFILE.partition(), "eu-west-1", PROFILE.account(),
        PROFILE.name());
    SigningProfile sameNameElsewhere = profile(elsewhere, "0000000003");

    assertThat(repository.insert(one)).isTrue();
    assertThat(repository.insert(other)).isTrue();
    assertThat(repository.insert(sameNameElsewhere)).isTrue();
    assertThat(repository.replace(other, other.cancel())).isTrue();

    assertStored(one);
    assertThat(repository.find(OTHER_PROFILE)).isEqualTo(Option.some(other.cancel()));
    assertThat(repository.find(elsewhere)).isEqualTo(Option.some(sameNameElsewhere));
  }

  @Test
  void the_profiles_of_one_owner_in_one_region_are_listed_whole_by_name_whatever_their_status() {
    // Names in an order that only a byte-wise (not a locale) comparison gives: digits, capitals, '_', small letters.
    SigningProfile small = richProfile(Fixtures.signingProfileArn("zz"), "a1B2c3D4e5");
    SigningProfile underscore = profile(Fixtures.signingProfileArn("_b"), "0000000001");
    SigningProfile capital = profile(Fixtures.signingProfileArn("AB"), "0000000002");
    SigningProfile digit = profile(Fixtures.signingProfileArn("0a"), "0000000003");
    SigningProfile otherAccount = profile(new SigningProfileArn(PROFILE.partition(), PROFILE.region(),
        dev.grants.domain.principal.AccountId.of("210987654321"), "AA"), "0000000004");
    SigningProfile otherRegion = profile(new SigningProfileArn(PROFILE.partition(), "eu-west-1", PROFILE.account(),
        "AA"), "0000000005");
    SigningProfile otherPartition = profile(new SigningProfileArn(dev.grants.domain.principal.Partition.of("aws-cn"),
        PROFILE.region(), PROFILE.account(), "AA"), "0000000006");
    for (SigningProfile profile : List.of(small, underscore, capital, digit, otherAccount, otherRegion,
        otherPartition)) {
      assertThat(repository.insert(profile)).isTrue();
    }
    assertThat(repository.replace(underscore, underscore.cancel())).isTrue();

    assertThat(repository.ownedBy(PROFILE.partition(), PROFILE.region(), PROFILE.account()))
        .containsExactly(digit, capital, underscore.cancel(), small);
    assertThat(repository.ownedBy(PROFILE.partition(), "ap-south-2", PROFILE.account())).isEmpty();
  }

  @Test
  void of_concurrent_replaces_from_one_profile_exactly_one_wins() {
    SigningProfile base = inserted("0000000000");
    int writers = concurrentWriters();

    List<SigningProfile> winners = Concurrently.run(writers, concurrencyTimeout(), writer -> () -> {
      SigningProfile next = profile(PROFILE, String.format("w%09d", writer));
      return repository.replace(base, next) ? next : null;
    }).stream().filter(Objects::nonNull).toList();

    assertThat(winners).hasSize(1);
    assertStored(winners.get(0));
  }

  @Test
  void of_concurrent_inserts_of_one_arn_exactly_one_wins() {
    int writers = concurrentWriters();

    List<SigningProfile> winners = Concurrently.run(writers, concurrencyTimeout(), writer -> () -> {
      SigningProfile mine = profile(PROFILE, String.format("w%09d", writer));
      return repository.insert(mine) ? mine : null;
    }).stream().filter(Objects::nonNull).toList();

    assertThat(winners).hasSize(1);
    assertStored(winners.get(0));
  }

  @Test
  void a_chain_of_concurrent_read_replace_loops_loses_no_step() {
    SigningProfile first = inserted("0000000000");
    int writers = concurrentWriters();
    int each = 10;

    Concurrently.run(writers, concurrencyTimeout(), writer -> () -> {
      for (int i = 0; i < each; i++) {
        while (true) {
          SigningProfile base = repository.find(PROFILE).get();
          int step = Integer.parseInt(base.profileVersion()) + 1;
          if (repository.replace(base, profile(PROFILE, String.format("%010d", step)))) {
            break;
          }
        }
      }
      return null;
    });

    assertThat(repository.find(PROFILE).get().profileVersion())
        .isEqualTo(String.format("%010d", writers * each));
  }

  private static SigningProfile profile(SigningProfileArn arn, String version) {
    return new SigningProfile(arn, SigningPlatform.AWS_LAMBDA_SHA384_ECDSA, version, SigningProfileStatus.ACTIVE,
        null, SigningProfile.SignatureValidity.DEFAULT, null, Map.of(), Map.of());
  }

  private static SigningProfile richProfile(SigningProfileArn arn, String version) {
    return new SigningProfile(arn, SigningPlatform.AMAZON_FREERTOS_TI_CC3220SF, version,
        SigningProfileStatus.ACTIVE, "arn:aws:acm:us-east-2:123456789012:certificate/abc",
        new SigningProfile.SignatureValidity(2, "YEARS"),
        new SigningProfile.SigningOverrides("RSA", "SHA1", "JSONDetached"),
        Map.of("param", "value"), Map.of("team", "signing", "env", "test"));
  }

  /** The example profile at {@code version}, inserted. */
  private SigningProfile inserted(String version) {
    SigningProfile profile = profile(PROFILE, version);
    repository.insert(profile);
    return profile;
  }

  /** Asserts that {@code profile} is what the repository holds for the example profile's ARN. */
  private void assertStored(SigningProfile profile) {
    assertThat(repository.find(PROFILE)).isEqualTo(Option.some(profile));
  }
}
