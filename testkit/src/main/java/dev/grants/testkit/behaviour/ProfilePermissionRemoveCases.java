package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.revision.RevisionId;
import dev.grants.domain.signer.ProfileName;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.ListProfilePermissionsResult;
import dev.grants.ports.in.RemoveProfilePermissionResult;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conflicts and revisions, and RemoveProfilePermission. */
abstract class ProfilePermissionRemoveCases extends ProfilePermissionCases {
  ProfilePermissionRemoveCases(WiringBehaviour suite) {
    super(suite);
  }

  // --- Conflicts and revisions ------------------------------------------------------------------------

  @Test
  void a_duplicate_statement_id_is_a_conflict_and_changes_nothing() {
    RevisionId current = add(Fixtures.addProfilePermission().build()).get().revisionId();

    assertThat(add(Fixtures.addProfilePermission().action(GET_SIGNING_PROFILE).principal(ROLE).build()))
        .isEqualTo(Either.left(new GrantsError.StatementIdConflict(RESOURCE, StatementId.of("cross"))));
    assertThat(list().get().revisionId()).isEqualTo(current);
    assertThat(list().get().permissions()).hasSize(1);
  }

  @Test
  void the_conflict_is_reported_before_the_revision() {
    add(Fixtures.addProfilePermission().build()).get();

    assertThat(add(Fixtures.addProfilePermission().revisionId("stale").build()))
        .isEqualTo(Either.left(new GrantsError.StatementIdConflict(RESOURCE, StatementId.of("cross"))));
  }

  @Test
  void add_with_a_stale_or_wrong_revision_is_refused_and_changes_nothing() {
    RevisionId first = add(Fixtures.addProfilePermission().build()).get().revisionId();
    RevisionId current = add(Fixtures.addProfilePermission().statementId("second").build()).get().revisionId();

    assertThat(add(Fixtures.addProfilePermission().statementId("third").revisionId(first.value()).build()))
        .isEqualTo(Either.left(new GrantsError.RevisionMismatch(RESOURCE, first.value(), current)));
    assertThat(add(Fixtures.addProfilePermission().statementId("third").revisionId("not-it").build()))
        .isEqualTo(Either.left(new GrantsError.RevisionMismatch(RESOURCE, "not-it", current)));
    assertThat(list().get().revisionId()).isEqualTo(current);
    assertThat(list().get().permissions()).hasSize(2);
  }

  @Test
  void add_with_a_revision_when_no_policy_exists_yet_is_refused() {
    String given = SequentialIds.revision(1).value();

    assertThat(add(Fixtures.addProfilePermission().revisionId(given).build()))
        .isEqualTo(Either.left(new GrantsError.RevisionMismatch(RESOURCE, given, null)));
    assertThat(list()).isEqualTo(Either.left(new GrantsError.NoPolicy(RESOURCE)));
  }

  @Test
  void add_with_the_current_revision_succeeds_with_a_new_one() {
    RevisionId current = add(Fixtures.addProfilePermission().build()).get().revisionId();

    RevisionId next =
        add(Fixtures.addProfilePermission().statementId("next").revisionId(current.value()).build()).get().revisionId();

    assertThat(current).isEqualTo(takenId(2));
    assertThat(next).as("each commit takes the next id").isEqualTo(takenId(3));
    assertThat(list().get().revisionId()).isEqualTo(next);
  }

  @Test
  void an_empty_revision_on_add_is_no_revision() {
    add(Fixtures.addProfilePermission().build()).get();

    assertThat(add(Fixtures.addProfilePermission().statementId("next").revisionId("").build()).isRight()).isTrue();
  }

  @Test
  void every_mutation_yields_a_new_revision() {
    List<RevisionId> revisions = new ArrayList<>();
    revisions.add(add(Fixtures.addProfilePermission().statementId("a").build()).get().revisionId());
    revisions.add(add(Fixtures.addProfilePermission().statementId("b").build()).get().revisionId());
    revisions.add(remove(Fixtures.removeProfilePermission().statementId("a")
        .revisionId(revisions.get(1).value()).build()).get().revisionId());
    revisions.add(remove(Fixtures.removeProfilePermission().statementId("b")
        .revisionId(revisions.get(2).value()).build()).get().revisionId());

    // The example profile's version took the first id; each mutation takes the next one.
    assertThat(revisions).containsExactly(takenId(2), takenId(3), takenId(4), takenId(5));
  }

  // --- RemoveProfilePermission ------------------------------------------------------------------------

  @Test
  void remove_with_the_current_revision_takes_the_permission_out_and_the_new_revision_is_listed() {
    add(Fixtures.addProfilePermission().build()).get();
    RevisionId current = add(Fixtures.addProfilePermission().statementId("other").build()).get().revisionId();

    RemoveProfilePermissionResult removed =
        remove(Fixtures.removeProfilePermission().revisionId(current.value()).build()).get();

    assertThat(current).isEqualTo(takenId(3));
    assertThat(removed.revisionId()).isEqualTo(takenId(4));
    ListProfilePermissionsResult listed = list().get();
    assertThat(listed.revisionId()).isEqualTo(removed.revisionId());
    assertThat(listed.permissions()).extracting(p -> p.statementId().value()).containsExactly("other");
  }

  @Test
  void remove_without_a_revision_is_a_validation_error() {
    add(Fixtures.addProfilePermission().build()).get();

    assertThat(remove(Fixtures.removeProfilePermission().build()))
        .isEqualTo(invalid(new Violation("revisionId", null, Constraint.notNull())));
    assertThat(list().get().permissions()).hasSize(1);
  }

  @Test
  void an_empty_revision_on_remove_is_present_but_not_checked() {
    add(Fixtures.addProfilePermission().build()).get();

    assertThat(remove(Fixtures.removeProfilePermission().revisionId("").build()).isRight()).isTrue();
    assertThat(list()).isEqualTo(Either.left(new GrantsError.PolicyHasNoStatements(RESOURCE)));
  }

  @Test
  void every_remove_violation_is_reported_in_member_order() {
    assertThat(remove(Fixtures.removeProfilePermission().profileName("x").statementId(null).build()))
        .isEqualTo(invalid(
            new Violation("profileName", "x", Constraint.minLength(2)),
            new Violation("profileName", "x", Constraint.pattern(ProfileName.PATTERN)),
            new Violation("revisionId", null, Constraint.notNull()),
            new Violation("statementId", null, Constraint.notNull())));
  }

  @Test
  void remove_with_a_malformed_statement_id_is_refused() {
    RevisionId current = add(Fixtures.addProfilePermission().build()).get().revisionId();

    for (String sid : List.of("bad id", "s".repeat(65))) {
      assertThat(remove(Fixtures.removeProfilePermission().statementId(sid).revisionId(current.value()).build()))
          .as(sid).isEqualTo(Either.left(new GrantsError.InvalidSignerStatementId(sid)));
    }
  }

  @Test
  void remove_with_a_stale_or_wrong_revision_is_refused_and_changes_nothing() {
    RevisionId first = add(Fixtures.addProfilePermission().build()).get().revisionId();
    RevisionId current = add(Fixtures.addProfilePermission().statementId("second").build()).get().revisionId();

    assertThat(remove(Fixtures.removeProfilePermission().revisionId(first.value()).build()))
        .isEqualTo(Either.left(new GrantsError.RevisionMismatch(RESOURCE, first.value(), current)));
    assertThat(remove(Fixtures.removeProfilePermission().revisionId("not-it").build()))
        .isEqualTo(Either.left(new GrantsError.RevisionMismatch(RESOURCE, "not-it", current)));
    assertThat(list().get().revisionId()).isEqualTo(current);
    assertThat(list().get().permissions()).hasSize(2);
  }

  @Test
  void remove_checks_the_revision_before_the_statement() {
    RevisionId current = add(Fixtures.addProfilePermission().build()).get().revisionId();
    String stale = SequentialIds.revision(999).value();

    assertThat(remove(Fixtures.removeProfilePermission().statementId("nope").revisionId(stale).build()))
        .isEqualTo(Either.left(new GrantsError.RevisionMismatch(RESOURCE, stale, current)));
  }

  @Test
  void remove_of_an_unknown_statement_is_not_found() {
    RevisionId current = add(Fixtures.addProfilePermission().build()).get().revisionId();

    assertThat(remove(Fixtures.removeProfilePermission().statementId("nope").revisionId(current.value()).build()))
        .isEqualTo(Either.left(new GrantsError.StatementNotFound(RESOURCE, StatementId.of("nope"))));
  }

  @Test
  void remove_from_a_profile_without_a_policy_is_a_revision_mismatch() {
    String given = SequentialIds.revision(1).value();

    assertThat(remove(Fixtures.removeProfilePermission().revisionId(given).build()))
        .isEqualTo(Either.left(new GrantsError.RevisionMismatch(RESOURCE, given, null)));
  }
}
