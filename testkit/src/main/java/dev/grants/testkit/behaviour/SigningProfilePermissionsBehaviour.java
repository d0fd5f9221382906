package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.domain.revision.RevisionId;
import dev.grants.domain.signer.ProfileName;
import dev.grants.domain.signer.ProfilePermission;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.domain.signer.SigningProfileStatus;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.AddProfilePermissionCommand;
import dev.grants.ports.in.AddProfilePermissionResult;
import dev.grants.ports.in.ListProfilePermissionsCommand;
import dev.grants.ports.in.ListProfilePermissionsResult;
import dev.grants.ports.in.RemoveProfilePermissionCommand;
import dev.grants.ports.in.RemoveProfilePermissionResult;
import dev.grants.testkit.Concurrently;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link dev.grants.ports.in.SigningProfilePermissions}: every case of CONTRACT.md section B
 * (AddProfilePermission, ListProfilePermissions, RemoveProfilePermission and the common rules), refusals
 * compared as {@link GrantsError} values with their fields, for any wiring:
 *
 * <pre>{@code
 * class MyWiringSigningProfilePermissionsTest extends SigningProfilePermissionsBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events) { ... }
 * }
 * }</pre>
 *
 * <p>Each test starts with the Signer example's profile ({@value Fixtures#PROFILE}, platform
 * {@value Fixtures#LAMBDA_PLATFORM}) put and without permissions.
 */
public abstract class SigningProfilePermissionsBehaviour extends WiringBehaviour {
  private static final SigningProfileArn PROFILE = Fixtures.signingProfileArn();
  private static final Arn RESOURCE = PROFILE.arn();
  private static final String START_SIGNING_JOB = "signer:StartSigningJob";
  private static final String SIGN_PAYLOAD = "signer:SignPayload";
  private static final String GET_SIGNING_PROFILE = "signer:GetSigningProfile";
  private static final String REVOKE_SIGNATURE = "signer:RevokeSignature";
  private static final List<String> ALL_ACTIONS =
      List.of(START_SIGNING_JOB, SIGN_PAYLOAD, GET_SIGNING_PROFILE, REVOKE_SIGNATURE);
  private static final String ROLE = "arn:aws:iam::223456789012:role/signer";
  private static final String VERSION = "a1B2c3D4e5";
  private static final String ENVELOPE_START = "{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":[";
  private static final String ENVELOPE_END = "]}";

  /** Creates the suite. */
  protected SigningProfilePermissionsBehaviour() {}

  @BeforeEach
  final void putTheExampleProfile() {
    grants.signingProfiles().put(Fixtures.putSigningProfile().build()).get();
  }

  // --- AddProfilePermission ---------------------------------------------------------------------------

  @Test
  void the_example_grant_returns_a_new_revision_and_lists_exactly_as_given() {
    AddProfilePermissionResult added = add(Fixtures.addProfilePermission().build()).get();

    assertThat(RevisionId.isUuidV4(added.revisionId().value())).isTrue();
    ListProfilePermissionsResult listed = list().get();
    assertThat(listed.revisionId()).isEqualTo(added.revisionId());
    assertThat(listed.permissions()).containsExactly(
        new ProfilePermission(StatementId.of("cross"), START_SIGNING_JOB, Fixtures.GRANTEE, null));
    assertThat(listed.nextToken()).isNull();
  }

  @Test
  void a_platform_without_restrictions_allows_all_four_actions() {
    putProfile("FreeRtos", Fixtures.FREE_RTOS_PLATFORM);

    for (String action : ALL_ACTIONS) {
      assertThat(add(Fixtures.addProfilePermission().profileName("FreeRtos")
          .statementId(action.substring("signer:".length())).action(action).build()).isRight()).as(action).isTrue();
    }
    assertThat(list(Fixtures.listProfilePermissions().profileName("FreeRtos").build()).get().permissions())
        .extracting(ProfilePermission::action).containsExactlyElementsOf(ALL_ACTIONS);
  }

  @Test
  void start_signing_job_is_not_supported_for_container_image_platforms() {
    putProfile("Container", Fixtures.CONTAINER_PLATFORM);

    assertThat(add(Fixtures.addProfilePermission().profileName("Container").build()))
        .isEqualTo(Either.left(new GrantsError.ActionNotSupportedForPlatform(START_SIGNING_JOB,
            "Notation-OCI-SHA384-ECDSA", List.of(SIGN_PAYLOAD, GET_SIGNING_PROFILE, REVOKE_SIGNATURE))));
    for (String action : List.of(SIGN_PAYLOAD, GET_SIGNING_PROFILE, REVOKE_SIGNATURE)) {
      assertThat(add(Fixtures.addProfilePermission().profileName("Container")
          .statementId(action.substring("signer:".length())).action(action).build()).isRight()).as(action).isTrue();
    }
  }

  @Test
  void sign_payload_is_not_supported_for_aws_lambda_platforms() {
    assertThat(add(Fixtures.addProfilePermission().action(SIGN_PAYLOAD).build()))
        .isEqualTo(Either.left(new GrantsError.ActionNotSupportedForPlatform(SIGN_PAYLOAD,
            "AWSLambda-SHA384-ECDSA", List.of(START_SIGNING_JOB, GET_SIGNING_PROFILE, REVOKE_SIGNATURE))));
    for (String action : List.of(START_SIGNING_JOB, GET_SIGNING_PROFILE, REVOKE_SIGNATURE)) {
      assertThat(add(Fixtures.addProfilePermission()
          .statementId(action.substring("signer:".length())).action(action).build()).isRight()).as(action).isTrue();
    }
  }

  @Test
  void an_unknown_action_is_refused_as_not_supported_for_the_platform() {
    putProfile("FreeRtos", Fixtures.FREE_RTOS_PLATFORM);

    for (String action : List.of("signer:Nope", "lambda:GetLayerVersion", "signer:*", "signer:startsigningjob", "")) {
      assertThat(add(Fixtures.addProfilePermission().action(action).build())).as(action)
          .isEqualTo(Either.left(new GrantsError.ActionNotSupportedForPlatform(action, "AWSLambda-SHA384-ECDSA",
              List.of(START_SIGNING_JOB, GET_SIGNING_PROFILE, REVOKE_SIGNATURE))));
      assertThat(add(Fixtures.addProfilePermission().profileName("FreeRtos").action(action).build())).as(action)
          .isEqualTo(Either.left(
              new GrantsError.ActionNotSupportedForPlatform(action, "AmazonFreeRTOS-Default", ALL_ACTIONS)));
    }
    assertThat(list()).isEqualTo(Either.left(new GrantsError.NoPolicy(RESOURCE)));
  }

  @Test
  void an_account_id_and_a_role_arn_without_a_path_are_principals() {
    add(Fixtures.addProfilePermission().statementId("account").principal("223456789012").build()).get();
    add(Fixtures.addProfilePermission().statementId("role").principal(ROLE).build()).get();
    add(Fixtures.addProfilePermission().statementId("china")
        .principal("arn:aws-cn:iam::223456789012:role/signer").build()).get();

    assertThat(list().get().permissions()).extracting(ProfilePermission::principal)
        .containsExactly("223456789012", ROLE, "arn:aws-cn:iam::223456789012:role/signer");
  }

  @Test
  void any_other_principal_is_not_a_valid_account_id_or_role_arn() {
    for (String principal : List.of(
        "arn:aws:iam::223456789012:role/path/signer",
        "arn:aws:iam::223456789012:user/signer",
        "arn:aws:iam::223456789012:root",
        "arn:aws:sts::223456789012:assumed-role/signer/session",
        "arn:aws:iam::22345678901:role/signer",
        "22345678901",
        "2234567890123",
        "*",
        "",
        "signer.amazonaws.com")) {
      assertThat(add(Fixtures.addProfilePermission().principal(principal).build())).as(principal)
          .isEqualTo(Either.left(new GrantsError.InvalidSignerPrincipal(principal)));
    }
    assertThat(list()).isEqualTo(Either.left(new GrantsError.NoPolicy(RESOURCE)));
  }

  @Test
  void a_statement_id_of_up_to_64_letters_digits_underscores_and_dashes_is_accepted() {
    for (String sid : List.of("a", "A-b_9", "s".repeat(64))) {
      assertThat(add(Fixtures.addProfilePermission().statementId(sid).build()).isRight()).as(sid).isTrue();
    }
  }

  @Test
  void a_statement_id_over_64_characters_or_with_other_characters_is_refused() {
    for (String sid : List.of("s".repeat(65), "bad id", "a.b", "a:b", "ünïcode", "")) {
      assertThat(add(Fixtures.addProfilePermission().statementId(sid).build())).as(sid)
          .isEqualTo(Either.left(new GrantsError.InvalidSignerStatementId(sid)));
    }
  }

  @Test
  void a_profile_version_outside_its_pattern_or_length_is_a_validation_error() {
    Constraint pattern = Constraint.pattern("^[a-zA-Z0-9]{10}$");

    assertThat(add(Fixtures.addProfilePermission().profileVersion("abc").build())).isEqualTo(invalid(
        new Violation("profileVersion", "abc", Constraint.minLength(10)),
        new Violation("profileVersion", "abc", pattern)));
    assertThat(add(Fixtures.addProfilePermission().profileVersion("abcdefghijk").build())).isEqualTo(invalid(
        new Violation("profileVersion", "abcdefghijk", Constraint.maxLength(10)),
        new Violation("profileVersion", "abcdefghijk", pattern)));
    assertThat(add(Fixtures.addProfilePermission().profileVersion("abcde-ghij").build()))
        .isEqualTo(invalid(new Violation("profileVersion", "abcde-ghij", pattern)));
  }

  @Test
  void missing_required_members_must_not_be_null() {
    assertThat(add(Fixtures.addProfilePermission().statementId(null).action(null).principal(null).build()))
        .isEqualTo(invalid(
            new Violation("action", null, Constraint.notNull()),
            new Violation("principal", null, Constraint.notNull()),
            new Violation("statementId", null, Constraint.notNull())));
  }

  @Test
  void every_add_violation_is_reported_in_member_order() {
    assertThat(add(Fixtures.addProfilePermission()
            .profileName("x").profileVersion("short").action(null).principal(null).statementId(null).build()))
        .isEqualTo(invalid(
            new Violation("profileName", "x", Constraint.minLength(2)),
            new Violation("profileName", "x", Constraint.pattern(ProfileName.PATTERN)),
            new Violation("profileVersion", "short", Constraint.minLength(10)),
            new Violation("profileVersion", "short", Constraint.pattern("^[a-zA-Z0-9]{10}$")),
            new Violation("action", null, Constraint.notNull()),
            new Violation("principal", null, Constraint.notNull()),
            new Violation("statementId", null, Constraint.notNull())));
  }

  @Test
  void a_profile_name_violation_comes_before_the_principal_and_statement_id_forms() {
    assertThat(add(Fixtures.addProfilePermission().profileName("my-profile").principal("nobody").build()))
        .isEqualTo(invalid(new Violation("profileName", "my-profile", Constraint.pattern(ProfileName.PATTERN))));
  }

  @Test
  void model_constraints_come_before_the_principal_form_and_the_principal_before_the_statement_id() {
    assertThat(add(Fixtures.addProfilePermission().profileVersion("short").principal("nobody").build()))
        .isEqualTo(invalid(
            new Violation("profileVersion", "short", Constraint.minLength(10)),
            new Violation("profileVersion", "short", Constraint.pattern("^[a-zA-Z0-9]{10}$"))));
    assertThat(add(Fixtures.addProfilePermission().principal("nobody").statementId("bad id").build()))
        .isEqualTo(Either.left(new GrantsError.InvalidSignerPrincipal("nobody")));
  }

  // --- Existence, platform and status -----------------------------------------------------------------

  @Test
  void an_unknown_profile_is_not_found_by_every_operation() {
    GrantsError missing = new GrantsError.SigningProfileNotFound(Fixtures.signingProfileArn("Unknown"));

    assertThat(add(Fixtures.addProfilePermission().profileName("Unknown").build())).isEqualTo(Either.left(missing));
    assertThat(list(Fixtures.listProfilePermissions().profileName("Unknown").build()))
        .isEqualTo(Either.left(missing));
    assertThat(remove(Fixtures.removeProfilePermission().profileName("Unknown")
        .revisionId(SequentialIds.revision(1).value()).build())).isEqualTo(Either.left(missing));
  }

  @Test
  void validation_comes_before_existence() {
    assertThat(add(Fixtures.addProfilePermission().profileName("Unknown").principal("nobody").build()))
        .isEqualTo(Either.left(new GrantsError.InvalidSignerPrincipal("nobody")));
    assertThat(add(Fixtures.addProfilePermission().profileName("Unknown").statementId("bad id").build()))
        .isEqualTo(Either.left(new GrantsError.InvalidSignerStatementId("bad id")));
    assertThat(remove(Fixtures.removeProfilePermission().profileName("Unknown").build()))
        .isEqualTo(invalid(new Violation("revisionId", null, Constraint.notNull())));
  }

  @Test
  void existence_comes_before_the_action_and_the_revision() {
    GrantsError missing = new GrantsError.SigningProfileNotFound(Fixtures.signingProfileArn("Unknown"));

    assertThat(add(Fixtures.addProfilePermission().profileName("Unknown").action(SIGN_PAYLOAD)
        .revisionId("stale").build())).isEqualTo(Either.left(missing));
  }

  @Test
  void the_action_is_checked_before_the_profile_status() {
    cancel();

    assertThat(add(Fixtures.addProfilePermission().action(SIGN_PAYLOAD).build()))
        .isEqualTo(Either.left(new GrantsError.ActionNotSupportedForPlatform(SIGN_PAYLOAD,
            "AWSLambda-SHA384-ECDSA", List.of(START_SIGNING_JOB, GET_SIGNING_PROFILE, REVOKE_SIGNATURE))));
  }

  @Test
  void permissions_of_a_canceled_profile_cannot_change_but_can_still_be_listed() {
    RevisionId beforeCancel = add(Fixtures.addProfilePermission().build()).get().revisionId();
    cancel();
    // Cancelling marks the policy with a new revision, so that a change racing the cancel loses its
    // compare-and-set; refused changes after it leave that revision as it is.
    RevisionId current = list().get().revisionId();
    GrantsError notActive = new GrantsError.ProfileNotActive(PROFILE, SigningProfileStatus.CANCELED);

    assertThat(add(Fixtures.addProfilePermission().statementId("other").build())).isEqualTo(Either.left(notActive));
    assertThat(remove(Fixtures.removeProfilePermission().revisionId(beforeCancel.value()).build()))
        .isEqualTo(Either.left(notActive));
    assertThat(list().get().revisionId()).isEqualTo(current);
    assertThat(list().get().permissions()).extracting(p -> p.statementId().value()).containsExactly("cross");
  }

  @Test
  void the_profile_status_is_checked_before_conflicts_and_revisions() {
    add(Fixtures.addProfilePermission().build()).get();
    cancel();
    RevisionId current = list().get().revisionId();
    GrantsError notActive = new GrantsError.ProfileNotActive(PROFILE, SigningProfileStatus.CANCELED);

    assertThat(add(Fixtures.addProfilePermission().revisionId("stale").build())).isEqualTo(Either.left(notActive));
    assertThat(remove(Fixtures.removeProfilePermission().statementId("nope").revisionId("stale").build()))
        .isEqualTo(Either.left(notActive));
    assertThat(list().get().revisionId()).isEqualTo(current);
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

    assertThat(next).isNotEqualTo(current);
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

    assertThat(revisions).doesNotHaveDuplicates();
    assertThat(revisions).allSatisfy(revision -> assertThat(RevisionId.isUuidV4(revision.value())).isTrue());
  }

  // --- RemoveProfilePermission ------------------------------------------------------------------------

  @Test
  void remove_with_the_current_revision_takes_the_permission_out_and_the_new_revision_is_listed() {
    add(Fixtures.addProfilePermission().build()).get();
    RevisionId current = add(Fixtures.addProfilePermission().statementId("other").build()).get().revisionId();

    RemoveProfilePermissionResult removed =
        remove(Fixtures.removeProfilePermission().revisionId(current.value()).build()).get();

    assertThat(removed.revisionId()).isNotEqualTo(current);
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

    assertThat(events).containsExactly(
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

    Concurrently.run(threads, Duration.ofSeconds(30), thread -> () -> {
      for (int i = 0; i < each; i++) {
        add(Fixtures.addProfilePermission().statementId("t" + thread + "-" + i).build()).get();
      }
      return null;
    });

    assertThat(list().get().permissions()).hasSize(threads * each);
    assertThat(events).hasSize(threads * each);
  }

  // --- helpers ----------------------------------------------------------------------------------------

  private void putProfile(String name, String platform) {
    grants.signingProfiles().put(Fixtures.putSigningProfile().profileName(name).platformId(platform).build()).get();
  }

  private void cancel() {
    grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build()).get();
  }

  /** Adds {@code count} permissions {@code p000}, {@code p001}, ...; returns their ids in order. */
  private List<String> addNumbered(int count) {
    List<String> sids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String sid = String.format("p%03d", i);
      add(Fixtures.addProfilePermission().statementId(sid).build()).get();
      sids.add(sid);
    }
    return sids;
  }

  private static String versionedStatementJson() {
    return "{\"Sid\":\"versioned\",\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":\"arn:aws:iam::223456789012:role/signer\"},"
        + "\"Action\":\"signer:GetSigningProfile\","
        + "\"Resource\":\"arn:aws:signer:us-east-2:123456789012:/signing-profiles/MyProfile\","
        + "\"Condition\":{\"StringEquals\":{\"signer:ProfileVersion\":\"a1B2c3D4e5\"}}}";
  }

  private static Statement statement(String sid, Principal principal, String action) {
    return Statement.allow(StatementId.of(sid), principal, Action.of(action), PROFILE.toString());
  }

  private static ResourcePolicy policyOf(Statement... statements) {
    ResourcePolicy policy = ResourcePolicy.none(RESOURCE);
    long n = 0;
    for (Statement statement : statements) {
      policy = policy.add(statement, ExpectedRevision.any(), SequentialIds.revision(++n)).get();
    }
    return policy;
  }

  private static int utf8Length(String json) {
    return json.getBytes(StandardCharsets.UTF_8).length;
  }

  private Either<GrantsError, AddProfilePermissionResult> add(AddProfilePermissionCommand command) {
    return grants.signingProfilePermissions().add(command);
  }

  private Either<GrantsError, RemoveProfilePermissionResult> remove(RemoveProfilePermissionCommand command) {
    return grants.signingProfilePermissions().remove(command);
  }

  private Either<GrantsError, ListProfilePermissionsResult> list() {
    return list(Fixtures.listProfilePermissions().build());
  }

  private Either<GrantsError, ListProfilePermissionsResult> list(ListProfilePermissionsCommand command) {
    return grants.signingProfilePermissions().list(command);
  }

  private static <T> Either<GrantsError, T> invalid(Violation... violations) {
    return Either.left(new GrantsError.InvalidRequest(List.of(violations)));
  }
}
