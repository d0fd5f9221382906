package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.RevisionId;
import dev.grants.domain.signer.ProfileName;
import dev.grants.domain.signer.ProfilePermission;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.AddProfilePermissionResult;
import dev.grants.ports.in.ListProfilePermissionsResult;
import dev.grants.ports.in.RemoveProfilePermissionResult;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ListProfilePermissions and its pages, the policy size, events and concurrent grants. */
abstract class ProfilePermissionListCases extends ProfilePermissionCases {
  ProfilePermissionListCases(WiringBehaviour suite) {
    super(suite);
  }

  // --- ListProfilePermissions -------------------------------------------------------------------------

  @Test
  void permissions_come_back_exactly_as_given_in_insertion_order() {
    add(Fixtures.addProfilePermission().statementId("c").build()).get();
    add(Fixtures.addProfilePermission().statementId("a").action(GET_SIGNING_PROFILE).principal(ROLE).build()).get();
    RevisionId last = add(Fixtures.addProfilePermission().statementId("b").action(REVOKE_SIGNATURE)
        .principal("323456789012").profileVersion(VERSION).build()).get().revisionId();

    ListProfilePermissionsResult listed = list().get();

    assertThat(listed.revisionId()).isEqualTo(last);
    assertThat(listed.permissions()).containsExactly(
        new ProfilePermission(StatementId.of("c"), START_SIGNING_JOB, Fixtures.GRANTEE, null),
        new ProfilePermission(StatementId.of("a"), GET_SIGNING_PROFILE, ROLE, null),
        new ProfilePermission(StatementId.of("b"), REVOKE_SIGNATURE, "323456789012", VERSION));
    assertThat(listed.nextToken()).isNull();
  }

  @Test
  void the_revision_listed_is_the_last_mutations() {
    add(Fixtures.addProfilePermission().statementId("a").build()).get();
    RevisionId second = add(Fixtures.addProfilePermission().statementId("b").build()).get().revisionId();
    RevisionId removed = remove(Fixtures.removeProfilePermission().statementId("a").revisionId(second.value())
        .build()).get().revisionId();

    assertThat(list().get().revisionId()).isEqualTo(removed);
  }

  @Test
  void the_policy_size_is_the_byte_length_of_the_compact_policy_without_a_profile_version() {
    add(Fixtures.addProfilePermission().build()).get();

    String document = ENVELOPE_START
        + "{\"Sid\":\"cross\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::223456789012:root\"},"
        + "\"Action\":\"signer:StartSigningJob\","
        + "\"Resource\":\"arn:aws:signer:us-east-2:123456789012:/signing-profiles/MyProfile\"}"
        + ENVELOPE_END;
    assertThat(list().get().policySizeBytes()).isEqualTo(utf8Length(document));
  }

  @Test
  void the_policy_size_is_the_byte_length_of_the_compact_policy_with_a_profile_version() {
    add(Fixtures.addProfilePermission().statementId("versioned").action(GET_SIGNING_PROFILE).principal(ROLE)
        .profileVersion(VERSION).build()).get();

    String document = ENVELOPE_START + versionedStatementJson() + ENVELOPE_END;
    assertThat(list().get().policySizeBytes()).isEqualTo(utf8Length(document));
  }

  @Test
  void the_policy_size_counts_every_statement_and_the_commas_between_them() {
    add(Fixtures.addProfilePermission().build()).get();
    add(Fixtures.addProfilePermission().statementId("versioned").action(GET_SIGNING_PROFILE).principal(ROLE)
        .profileVersion(VERSION).build()).get();

    String document = ENVELOPE_START
        + "{\"Sid\":\"cross\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::223456789012:root\"},"
        + "\"Action\":\"signer:StartSigningJob\","
        + "\"Resource\":\"arn:aws:signer:us-east-2:123456789012:/signing-profiles/MyProfile\"},"
        + versionedStatementJson()
        + ENVELOPE_END;
    ListProfilePermissionsResult listed = list().get();
    assertThat(listed.policySizeBytes()).isEqualTo(utf8Length(document));
    assertThat(listed.policySizeBytes()).isEqualTo(policyOf(
        statement("cross", Principal.account(AccountId.of(Fixtures.GRANTEE), Partition.AWS), START_SIGNING_JOB),
        statement("versioned", Principal.role(Arn.parse(ROLE).get()), GET_SIGNING_PROFILE)
            .withCondition(Condition.stringEquals("signer:ProfileVersion", VERSION))).compactJsonLength());
  }

  @Test
  void a_profile_without_permissions_has_no_policy() {
    assertThat(list()).isEqualTo(Either.left(new GrantsError.NoPolicy(RESOURCE)));
  }

  @Test
  void a_profile_whose_permissions_were_all_removed_has_a_policy_without_statements() {
    RevisionId current = add(Fixtures.addProfilePermission().build()).get().revisionId();
    remove(Fixtures.removeProfilePermission().revisionId(current.value()).build()).get();

    assertThat(list()).isEqualTo(Either.left(new GrantsError.PolicyHasNoStatements(RESOURCE)));
  }

  @Test
  void a_permission_after_everything_was_removed_makes_the_policy_listable_again() {
    RevisionId current = add(Fixtures.addProfilePermission().build()).get().revisionId();
    RevisionId emptied = remove(Fixtures.removeProfilePermission().revisionId(current.value()).build()).get()
        .revisionId();

    RevisionId again = add(Fixtures.addProfilePermission().statementId("again").revisionId(emptied.value()).build())
        .get().revisionId();

    assertThat(list().get().revisionId()).isEqualTo(again);
    assertThat(list().get().permissions()).extracting(p -> p.statementId().value()).containsExactly("again");
  }

  @Test
  void a_list_of_one_hundred_permissions_is_one_page() {
    addNumbered(100);

    ListProfilePermissionsResult page = list().get();

    assertThat(page.permissions()).hasSize(100);
    assertThat(page.nextToken()).isNull();
  }

  @Test
  void more_than_one_hundred_permissions_come_in_pages_of_one_hundred_in_insertion_order() {
    List<String> sids = addNumbered(101);

    ListProfilePermissionsResult first = list().get();
    assertThat(first.permissions()).hasSize(100);
    assertThat(first.nextToken()).isNotNull().isNotEmpty();
    ListProfilePermissionsResult second =
        list(Fixtures.listProfilePermissions().nextToken(first.nextToken()).build()).get();

    assertThat(second.nextToken()).isNull();
    assertThat(second.revisionId()).isEqualTo(first.revisionId());
    assertThat(second.policySizeBytes()).isEqualTo(first.policySizeBytes());
    List<String> listed = new ArrayList<>();
    first.permissions().forEach(p -> listed.add(p.statementId().value()));
    second.permissions().forEach(p -> listed.add(p.statementId().value()));
    assertThat(listed).isEqualTo(sids);
  }

  @Test
  void an_empty_next_token_is_the_first_page() {
    add(Fixtures.addProfilePermission().build()).get();

    assertThat(list(Fixtures.listProfilePermissions().nextToken("").build())).isEqualTo(list());
  }

  @Test
  void a_forged_next_token_is_refused() {
    addNumbered(101);
    String realToken = list().get().nextToken();
    String past = Base64.getUrlEncoder().withoutPadding().encodeToString(
        (new String(Base64.getUrlDecoder().decode(realToken), StandardCharsets.UTF_8).replaceAll(":\\d+$", ":500"))
            .getBytes(StandardCharsets.UTF_8));

    for (String token : List.of("garbage", "!!!", "MTAw", past, realToken + "x")) {
      assertThat(list(Fixtures.listProfilePermissions().nextToken(token).build())).as(token)
          .isEqualTo(Either.left(new GrantsError.InvalidPageToken(token)));
    }
  }

  @Test
  void a_next_token_from_before_a_change_no_longer_fits() {
    addNumbered(101);
    String token = list().get().nextToken();
    add(Fixtures.addProfilePermission().statementId("later").principal(ROLE).build()).get();

    assertThat(list(Fixtures.listProfilePermissions().nextToken(token).build()))
        .isEqualTo(Either.left(new GrantsError.InvalidPageToken(token)));
  }

  @Test
  void a_next_token_of_another_profile_does_not_fit() {
    addNumbered(101);
    String token = list().get().nextToken();
    putProfile("Other", Fixtures.LAMBDA_PLATFORM);
    add(Fixtures.addProfilePermission().profileName("Other").build()).get();

    assertThat(list(Fixtures.listProfilePermissions().profileName("Other").nextToken(token).build()))
        .isEqualTo(Either.left(new GrantsError.InvalidPageToken(token)));
  }

  @Test
  void list_validates_the_profile_name() {
    assertThat(list(Fixtures.listProfilePermissions().profileName("my profile").build()))
        .isEqualTo(invalid(new Violation("profileName", "my profile", Constraint.pattern(ProfileName.PATTERN))));
    assertThat(list(Fixtures.listProfilePermissions().profileName(null).build()))
        .isEqualTo(invalid(new Violation("profileName", null, Constraint.notNull())));
  }

  // --- Size -------------------------------------------------------------------------------------------

  @Test
  void a_permission_that_would_make_the_policy_exceed_20480_bytes_is_refused_with_the_exact_size() {
    GrantsError refusal = null;
    int sizeBefore = ENVELOPE_START.length() + ENVELOPE_END.length();
    RevisionId revisionBefore = null;
    int added = 0;
    String refusedSid = null;
    while (refusal == null && added < 1000) {
      String sid = String.format("statement-%04d", added);
      Either<GrantsError, AddProfilePermissionResult> outcome =
          add(Fixtures.addProfilePermission().statementId(sid).build());
      if (outcome.isLeft()) {
        refusal = outcome.getLeft();
        refusedSid = sid;
      } else {
        added++;
        revisionBefore = outcome.get().revisionId();
        sizeBefore = list().get().policySizeBytes();
      }
    }
    String refusedJson = "{\"Sid\":\"" + refusedSid + "\",\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":\"arn:aws:iam::223456789012:root\"},\"Action\":\"signer:StartSigningJob\","
        + "\"Resource\":\"arn:aws:signer:us-east-2:123456789012:/signing-profiles/MyProfile\"}";

    int expected = sizeBefore + 1 + utf8Length(refusedJson);
    assertThat(expected).isGreaterThan(20480);
    assertThat(sizeBefore).isLessThanOrEqualTo(20480);
    assertThat(refusal).isEqualTo(new GrantsError.PolicyTooLarge(RESOURCE, expected, 20480));
    assertThat(list().get().revisionId()).isEqualTo(revisionBefore);
    assertThat(list().get().permissions()).hasSize(Math.min(added, 100));
    assertThat(list().get().policySizeBytes()).isEqualTo(sizeBefore);
  }

  // --- Events and concurrency -------------------------------------------------------------------------

  @Test
  void each_committed_change_is_announced_once_and_refusals_are_not() {
    AddProfilePermissionResult added = add(Fixtures.addProfilePermission().build()).get();
    add(Fixtures.addProfilePermission().build());
    add(Fixtures.addProfilePermission().statementId("versioned").action(GET_SIGNING_PROFILE).principal(ROLE)
        .profileVersion(VERSION).revisionId("stale").build());
    AddProfilePermissionResult versioned = add(Fixtures.addProfilePermission().statementId("versioned")
        .action(GET_SIGNING_PROFILE).principal(ROLE).profileVersion(VERSION).build()).get();
    remove(Fixtures.removeProfilePermission().statementId("nope").revisionId(versioned.revisionId().value()).build());
    RemoveProfilePermissionResult removed =
        remove(Fixtures.removeProfilePermission().revisionId(versioned.revisionId().value()).build()).get();

    assertThat(events()).containsExactly(
        new GrantsEvent.PermissionAdded(RESOURCE,
            statement("cross", Principal.account(AccountId.of(Fixtures.GRANTEE), Partition.AWS), START_SIGNING_JOB),
            added.revisionId()),
        new GrantsEvent.PermissionAdded(RESOURCE,
            statement("versioned", Principal.role(Arn.parse(ROLE).get()), GET_SIGNING_PROFILE)
                .withCondition(Condition.stringEquals("signer:ProfileVersion", VERSION)),
            versioned.revisionId()),
        new GrantsEvent.PermissionRemoved(RESOURCE, StatementId.of("cross"), removed.revisionId()));
  }

  @Test
  void concurrent_grants_without_a_revision_lose_no_update() {
    int threads = 8;
    int each = 10;

    WiringBehaviour.grantConcurrently(threads, each,
        sid -> add(Fixtures.addProfilePermission().statementId(sid).build()).get());

    assertThat(list().get().permissions()).hasSize(threads * each);
    assertThat(events()).hasSize(threads * each);
  }
}
