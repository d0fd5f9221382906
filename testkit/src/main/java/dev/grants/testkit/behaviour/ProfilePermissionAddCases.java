package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.revision.RevisionId;
import dev.grants.domain.signer.ProfileName;
import dev.grants.domain.signer.ProfilePermission;
import dev.grants.domain.signer.SigningProfileStatus;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.AddProfilePermissionResult;
import dev.grants.ports.in.ListProfilePermissionsResult;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AddProfilePermission: the statement, the platform, validation, existence and the profile status. */
abstract class ProfilePermissionAddCases extends ProfilePermissionCases {
  ProfilePermissionAddCases(WiringBehaviour suite) {
    super(suite);
  }

  // --- AddProfilePermission ---------------------------------------------------------------------------

  @Test
  void the_example_grant_returns_a_new_revision_and_lists_exactly_as_given() {
    AddProfilePermissionResult added = add(Fixtures.addProfilePermission().build()).get();

    assertThat(added.revisionId()).as("the id after the example profile's version").isEqualTo(takenId(2));
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
}
