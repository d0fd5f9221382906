package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.layer.LayerName;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.Decision;
import dev.grants.domain.policy.Effect;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.OrganizationId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.RevisionId;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.AddLayerVersionPermissionResult;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.GetLayerVersionPolicyResult;
import dev.grants.ports.in.RemoveLayerVersionPermissionResult;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link dev.grants.ports.in.LayerVersionPermissions}: every case of CONTRACT.md section A,
 * refusals compared as {@link GrantsError} values with their fields, for any wiring:
 *
 * <pre>{@code
 * class MyWiringLayerVersionPermissionsTest extends LayerVersionPermissionsBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events) { ... }
 * }
 * }</pre>
 *
 * <p>Each test starts with version 1 of the seed layer published and no policy.
 */
public abstract class LayerVersionPermissionsBehaviour extends WiringBehaviour {
  private static final LayerVersionArn VERSION_1 = Fixtures.layerVersionArn(1);
  private static final String PRINCIPAL_PATTERN = "\\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root";

  /** Creates the suite. */
  protected LayerVersionPermissionsBehaviour() {}

  @BeforeEach
  final void publishTheSeedLayerVersion() {
    grants.layerVersions().publish(Fixtures.publishLayerVersion().build()).get();
  }

  // --- AddLayerVersionPermission: the statement -------------------------------------------------------

  @Test
  void the_seed_example_adds_the_documented_statement() {
    AddLayerVersionPermissionResult added = add(Fixtures.addLayerVersionPermission().build()).get();

    Statement statement = added.statement();
    assertThat(statement.sid()).isEqualTo(StatementId.of("xaccount"));
    assertThat(statement.effect()).isEqualTo(Effect.ALLOW);
    assertThat(statement.principals()).extracting(Principal::policyValue)
        .containsExactly("arn:aws:iam::223456789012:root");
    assertThat(statement.actions()).containsExactly(Action.of("lambda:GetLayerVersion"));
    assertThat(statement.resources()).containsExactly("arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1");
    assertThat(statement.conditions()).isEmpty();
    assertThat(statement.compactJsonLength())
        .isEqualTo(Fixtures.SEED_STATEMENT_JSON.getBytes(StandardCharsets.UTF_8).length);
    assertThat(added.revisionId()).as("the first id the wiring took: publishing takes none").isEqualTo(takenId(1));
  }

  @Test
  void an_account_root_arn_principal_gives_the_same_statement_as_the_account_id() {
    Statement byId = add(Fixtures.addLayerVersionPermission().build()).get().statement();
    Statement byRootArn = add(Fixtures.addLayerVersionPermission()
        .statementId("byarn").principal("arn:aws:iam::223456789012:root").build()).get().statement();

    assertThat(byRootArn.principals()).isEqualTo(byId.principals());
  }

  @Test
  void the_account_principal_is_written_in_the_partition_of_the_region() {
    for (String region : List.of("cn-north-1", "us-gov-west-1")) {
      CallContext context = CallContext.of(Fixtures.OWNER, region);
      grants.layerVersions().publish(Fixtures.publishLayerVersion().context(context).build()).get();

      Statement statement = add(Fixtures.addLayerVersionPermission().context(context).build()).get().statement();

      String partition = region.startsWith("cn-") ? "aws-cn" : "aws-us-gov";
      assertThat(statement.principals()).extracting(Principal::policyValue)
          .containsExactly("arn:" + partition + ":iam::223456789012:root");
      assertThat(statement.resources())
          .containsExactly("arn:" + partition + ":lambda:" + region + ":123456789012:layer:my-layer:1");
    }
  }

  @Test
  void the_principal_star_stays_a_bare_star() {
    Statement statement = add(Fixtures.addLayerVersionPermission().principal("*").build()).get().statement();

    assertThat(statement.principals()).containsExactly(Principal.any());
    assertThat(statement.conditions()).isEmpty();
  }

  @Test
  void an_organization_narrows_a_star_grant_with_a_principal_org_id_condition() {
    Statement statement = add(Fixtures.addLayerVersionPermission()
        .principal("*").organizationId(Fixtures.ORGANIZATION).build()).get().statement();

    assertThat(statement.principals()).containsExactly(Principal.any());
    assertThat(statement.conditions())
        .containsExactly(Condition.stringEquals("aws:PrincipalOrgID", Fixtures.ORGANIZATION));
  }

  @Test
  void a_layer_arn_addresses_the_same_version_and_the_resource_is_the_version_arn() {
    Statement statement = add(Fixtures.addLayerVersionPermission()
        .layerName("arn:aws:lambda:us-east-2:123456789012:layer:my-layer").build()).get().statement();

    assertThat(statement.resources()).containsExactly(VERSION_1.toString());
    assertThat(getPolicy().get().policy().statements()).containsExactly(statement);
  }

  // --- GetLayerVersionPolicy --------------------------------------------------------------------------

  @Test
  void the_policy_holds_the_statements_in_insertion_order_under_the_last_revision() {
    add(Fixtures.addLayerVersionPermission().statementId("c").build()).get();
    add(Fixtures.addLayerVersionPermission().statementId("a").build()).get();
    RevisionId last = add(Fixtures.addLayerVersionPermission().statementId("b").build()).get().revisionId();

    GetLayerVersionPolicyResult read = getPolicy().get();

    assertThat(read.policy().statements()).extracting(s -> s.sid().value()).containsExactly("c", "a", "b");
    assertThat(read.revisionId()).isEqualTo(last);
    assertThat(read.policy().resource()).isEqualTo(VERSION_1.arn());
  }

  @Test
  void a_version_that_never_had_a_policy_has_no_policy() {
    assertThat(getPolicy()).isEqualTo(Either.left(new GrantsError.NoPolicy(VERSION_1.arn())));
  }

  @Test
  void a_policy_whose_statements_were_all_removed_has_no_resource_policy() {
    add(Fixtures.addLayerVersionPermission().build()).get();
    remove(Fixtures.removeLayerVersionPermission().build()).get();

    assertThat(getPolicy()).isEqualTo(Either.left(new GrantsError.PolicyHasNoStatements(VERSION_1.arn())));
  }

  @Test
  void a_grant_after_everything_was_removed_makes_the_policy_readable_again() {
    add(Fixtures.addLayerVersionPermission().build()).get();
    remove(Fixtures.removeLayerVersionPermission().build()).get();
    RevisionId revision = add(Fixtures.addLayerVersionPermission().statementId("again").build()).get().revisionId();

    assertThat(getPolicy().get().revisionId()).isEqualTo(revision);
    assertThat(getPolicy().get().policy().statements()).extracting(s -> s.sid().value()).containsExactly("again");
  }

  @Test
  void the_policy_lets_the_granted_account_get_the_layer_version_and_nobody_else() {
    add(Fixtures.addLayerVersionPermission().build()).get();
    ResourcePolicy policy = getPolicy().get().policy();

    assertThat(policy.decide(Principal.account(AccountId.of(Fixtures.GRANTEE), Partition.AWS),
        Action.LAMBDA_GET_LAYER_VERSION)).isEqualTo(new Decision.Allowed(StatementId.of(Fixtures.STATEMENT_ID)));
    assertThat(policy.decide(Principal.account(AccountId.of("333456789012"), Partition.AWS),
        Action.LAMBDA_GET_LAYER_VERSION)).isEqualTo(Decision.ImplicitlyDenied.INSTANCE);
  }

  @Test
  void an_organization_grant_lets_members_of_that_organization_only() {
    add(Fixtures.addLayerVersionPermission().principal("*").organizationId(Fixtures.ORGANIZATION).build()).get();
    ResourcePolicy policy = getPolicy().get().policy();
    Principal anyone = Principal.account(AccountId.of("333456789012"), Partition.AWS);

    assertThat(policy.decide(anyone, Action.LAMBDA_GET_LAYER_VERSION, OrganizationId.of(Fixtures.ORGANIZATION))
        .isAllowed()).isTrue();
    assertThat(policy.decide(anyone, Action.LAMBDA_GET_LAYER_VERSION, OrganizationId.of("o-zzzzzzzzzz"))
        .isAllowed()).isFalse();
    assertThat(policy.decide(anyone, Action.LAMBDA_GET_LAYER_VERSION).isAllowed()).isFalse();
  }

  // --- RemoveLayerVersionPermission -------------------------------------------------------------------

  @Test
  void remove_takes_the_statement_out_and_the_new_revision_is_visible_through_get() {
    add(Fixtures.addLayerVersionPermission().build()).get();
    add(Fixtures.addLayerVersionPermission().statementId("other").build()).get();

    RemoveLayerVersionPermissionResult removed = remove(Fixtures.removeLayerVersionPermission().build()).get();

    GetLayerVersionPolicyResult read = getPolicy().get();
    assertThat(read.revisionId()).isEqualTo(removed.revisionId());
    assertThat(read.policy().statements()).extracting(s -> s.sid().value()).containsExactly("other");
  }

  @Test
  void remove_with_the_current_revision_succeeds() {
    RevisionId current = add(Fixtures.addLayerVersionPermission().build()).get().revisionId();

    assertThat(remove(Fixtures.removeLayerVersionPermission().revisionId(current.value()).build()).isRight())
        .isTrue();
  }

  @Test
  void remove_of_an_unknown_statement_is_not_found() {
    add(Fixtures.addLayerVersionPermission().build()).get();

    assertThat(remove(Fixtures.removeLayerVersionPermission().statementId("nope").build()))
        .isEqualTo(Either.left(new GrantsError.StatementNotFound(VERSION_1.arn(), StatementId.of("nope"))));
  }

  @Test
  void remove_from_a_version_without_a_policy_is_statement_not_found() {
    assertThat(remove(Fixtures.removeLayerVersionPermission().build())).isEqualTo(Either.left(
        new GrantsError.StatementNotFound(VERSION_1.arn(), StatementId.of(Fixtures.STATEMENT_ID))));
  }

  @Test
  void remove_checks_the_revision_before_the_statement() {
    RevisionId current = add(Fixtures.addLayerVersionPermission().build()).get().revisionId();
    String stale = SequentialIds.revision(999).value();

    assertThat(remove(Fixtures.removeLayerVersionPermission().statementId("nope").revisionId(stale).build()))
        .isEqualTo(Either.left(new GrantsError.RevisionMismatch(VERSION_1.arn(), stale, current)));
  }

  @Test
  void remove_with_a_stale_revision_is_refused_and_changes_nothing() {
    RevisionId first = add(Fixtures.addLayerVersionPermission().build()).get().revisionId();
    RevisionId current = add(Fixtures.addLayerVersionPermission().statementId("second").build()).get().revisionId();

    assertThat(remove(Fixtures.removeLayerVersionPermission().revisionId(first.value()).build()))
        .isEqualTo(Either.left(new GrantsError.RevisionMismatch(VERSION_1.arn(), first.value(), current)));
    assertThat(getPolicy().get().revisionId()).isEqualTo(current);
    assertThat(getPolicy().get().policy().statements()).hasSize(2);
  }

  @Test
  void remove_with_a_malformed_statement_id_is_a_validation_error() {
    assertThat(remove(Fixtures.removeLayerVersionPermission().statementId("bad id").build()))
        .isEqualTo(invalid(new Violation("statementId", "bad id", Constraint.pattern("([a-zA-Z0-9-_]+)"))));
  }

  // --- Validation -------------------------------------------------------------------------------------

  @Test
  void a_statement_id_outside_its_pattern_is_a_validation_error() {
    assertThat(add(Fixtures.addLayerVersionPermission().statementId("x account").build()))
        .isEqualTo(invalid(new Violation("statementId", "x account", Constraint.pattern("([a-zA-Z0-9-_]+)"))));
  }

  @Test
  void a_statement_id_over_100_characters_breaks_its_length() {
    String sid = "s".repeat(101);

    assertThat(add(Fixtures.addLayerVersionPermission().statementId(sid).build()))
        .isEqualTo(invalid(new Violation("statementId", sid, Constraint.maxLength(100))));
  }

  @Test
  void an_empty_statement_id_breaks_its_length_and_its_pattern() {
    assertThat(add(Fixtures.addLayerVersionPermission().statementId("").build())).isEqualTo(invalid(
        new Violation("statementId", "", Constraint.minLength(1)),
        new Violation("statementId", "", Constraint.pattern("([a-zA-Z0-9-_]+)"))));
  }

  @Test
  void an_action_other_than_get_layer_version_is_a_validation_error() {
    assertThat(add(Fixtures.addLayerVersionPermission().action("lambda:InvokeFunction").build())).isEqualTo(
        invalid(new Violation("action", "lambda:InvokeFunction", Constraint.pattern("lambda:GetLayerVersion"))));
    assertThat(add(Fixtures.addLayerVersionPermission().action("lambda:GetLayerVersions").build())).isEqualTo(
        invalid(
            new Violation("action", "lambda:GetLayerVersions", Constraint.maxLength(22)),
            new Violation("action", "lambda:GetLayerVersions", Constraint.pattern("lambda:GetLayerVersion"))));
  }

  @Test
  void a_principal_outside_its_pattern_is_a_validation_error() {
    for (String principal : List.of("12345", "arn:aws:iam::223456789012:role/admin", "arn:aws:iam::223456789012:user/x",
        "**", "2234567890123")) {
      assertThat(add(Fixtures.addLayerVersionPermission().principal(principal).build()))
          .isEqualTo(invalid(new Violation("principal", principal, Constraint.pattern(PRINCIPAL_PATTERN))));
    }
  }

  @Test
  void an_organization_id_outside_its_pattern_or_length_is_a_validation_error() {
    String tooLong = "o-" + "a".repeat(33);

    assertThat(add(Fixtures.addLayerVersionPermission().principal("*").organizationId("o-short").build()))
        .isEqualTo(invalid(new Violation("organizationId", "o-short", Constraint.pattern("o-[a-z0-9]{10,32}"))));
    assertThat(add(Fixtures.addLayerVersionPermission().principal("*").organizationId(tooLong).build()))
        .isEqualTo(invalid(
            new Violation("organizationId", tooLong, Constraint.maxLength(34)),
            new Violation("organizationId", tooLong, Constraint.pattern("o-[a-z0-9]{10,32}"))));
  }

  @Test
  void missing_required_members_must_not_be_null() {
    assertThat(add(Fixtures.addLayerVersionPermission().statementId(null).action(null).principal(null).build()))
        .isEqualTo(invalid(
            new Violation("statementId", null, Constraint.notNull()),
            new Violation("action", null, Constraint.notNull()),
            new Violation("principal", null, Constraint.notNull())));
  }

  @Test
  void every_violation_is_reported_in_member_order() {
    assertThat(add(Fixtures.addLayerVersionPermission()
            .layerName("bad name").statementId("bad id").action("lambda:Nope").principal("nobody")
            .organizationId("o-x").build()))
        .isEqualTo(invalid(
            new Violation("layerName", "bad name", Constraint.pattern(LayerName.PATTERN)),
            new Violation("statementId", "bad id", Constraint.pattern("([a-zA-Z0-9-_]+)")),
            new Violation("action", "lambda:Nope", Constraint.pattern("lambda:GetLayerVersion")),
            new Violation("principal", "nobody", Constraint.pattern(PRINCIPAL_PATTERN)),
            new Violation("organizationId", "o-x", Constraint.pattern("o-[a-z0-9]{10,32}"))));
  }

  @Test
  void an_organization_with_a_principal_other_than_star_is_an_invalid_parameter() {
    assertThat(add(Fixtures.addLayerVersionPermission().organizationId(Fixtures.ORGANIZATION).build()))
        .isEqualTo(Either.left(
            new GrantsError.OrganizationRequiresAnyPrincipal(Fixtures.GRANTEE, Fixtures.ORGANIZATION)));
  }

  @Test
  void a_version_number_below_one_is_refused_by_every_operation() {
    assertThat(add(Fixtures.addLayerVersionPermission().versionNumber(0).build()))
        .isEqualTo(Either.left(new GrantsError.LayerVersionNumberBelowOne(0)));
    assertThat(grants.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().versionNumber(-1).build()))
        .isEqualTo(Either.left(new GrantsError.LayerVersionNumberBelowOne(-1)));
    assertThat(remove(Fixtures.removeLayerVersionPermission().versionNumber(0).build()))
        .isEqualTo(Either.left(new GrantsError.LayerVersionNumberBelowOne(0)));
  }

  @Test
  void validation_comes_before_existence() {
    assertThat(add(Fixtures.addLayerVersionPermission().versionNumber(42).principal("nobody").build()))
        .isEqualTo(invalid(new Violation("principal", "nobody", Constraint.pattern(PRINCIPAL_PATTERN))));
  }

  // --- Existence --------------------------------------------------------------------------------------

  @Test
  void a_missing_version_or_layer_is_not_found_by_every_operation() {
    GrantsError missingVersion = new GrantsError.LayerVersionNotFound(Fixtures.layerVersionArn(2));

    assertThat(add(Fixtures.addLayerVersionPermission().versionNumber(2).build()))
        .isEqualTo(Either.left(missingVersion));
    assertThat(grants.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().versionNumber(2).build()))
        .isEqualTo(Either.left(missingVersion));
    assertThat(remove(Fixtures.removeLayerVersionPermission().versionNumber(2).build()))
        .isEqualTo(Either.left(missingVersion));
    assertThat(add(Fixtures.addLayerVersionPermission().layerName("other-layer").build()).getLeft())
        .isInstanceOf(GrantsError.LayerVersionNotFound.class);
  }

  @Test
  void a_deleted_version_is_not_found() {
    grants.layerVersions().delete(Fixtures.deleteLayerVersion().build());

    assertThat(add(Fixtures.addLayerVersionPermission().build()))
        .isEqualTo(Either.left(new GrantsError.LayerVersionNotFound(VERSION_1)));
  }

  @Test
  void existence_comes_before_the_revision_check() {
    assertThat(add(Fixtures.addLayerVersionPermission().versionNumber(2).revisionId("stale").build()))
        .isEqualTo(Either.left(new GrantsError.LayerVersionNotFound(Fixtures.layerVersionArn(2))));
  }

  // --- Conflicts and revisions ------------------------------------------------------------------------

  @Test
  void a_duplicate_statement_id_is_a_conflict_and_changes_nothing() {
    RevisionId current = add(Fixtures.addLayerVersionPermission().build()).get().revisionId();

    assertThat(add(Fixtures.addLayerVersionPermission().principal("*").build())).isEqualTo(
        Either.left(new GrantsError.StatementIdConflict(VERSION_1.arn(), StatementId.of(Fixtures.STATEMENT_ID))));
    assertThat(getPolicy().get().revisionId()).isEqualTo(current);
    assertThat(getPolicy().get().policy().statements()).hasSize(1);
  }

  @Test
  void the_conflict_is_reported_before_the_revision() {
    add(Fixtures.addLayerVersionPermission().build()).get();

    assertThat(add(Fixtures.addLayerVersionPermission().revisionId("stale").build())).isEqualTo(
        Either.left(new GrantsError.StatementIdConflict(VERSION_1.arn(), StatementId.of(Fixtures.STATEMENT_ID))));
  }

  @Test
  void add_with_a_revision_that_is_not_the_current_one_is_refused() {
    RevisionId current = add(Fixtures.addLayerVersionPermission().build()).get().revisionId();

    assertThat(add(Fixtures.addLayerVersionPermission().statementId("next").revisionId("not-it").build()))
        .isEqualTo(Either.left(new GrantsError.RevisionMismatch(VERSION_1.arn(), "not-it", current)));
    assertThat(getPolicy().get().revisionId()).isEqualTo(current);
  }

  @Test
  void add_with_a_revision_when_no_policy_exists_yet_is_refused() {
    String given = SequentialIds.revision(1).value();

    assertThat(add(Fixtures.addLayerVersionPermission().revisionId(given).build()))
        .isEqualTo(Either.left(new GrantsError.RevisionMismatch(VERSION_1.arn(), given, null)));
    assertThat(getPolicy()).isEqualTo(Either.left(new GrantsError.NoPolicy(VERSION_1.arn())));
  }

  @Test
  void add_with_the_current_revision_succeeds_with_a_new_one() {
    RevisionId current = add(Fixtures.addLayerVersionPermission().build()).get().revisionId();

    RevisionId next = add(Fixtures.addLayerVersionPermission().statementId("next").revisionId(current.value())
        .build()).get().revisionId();

    assertThat(current).isEqualTo(takenId(1));
    assertThat(next).as("each commit takes the next id").isEqualTo(takenId(2));
    assertThat(getPolicy().get().revisionId()).isEqualTo(next);
  }

  @Test
  void an_empty_revision_is_no_revision() {
    add(Fixtures.addLayerVersionPermission().build()).get();

    assertThat(add(Fixtures.addLayerVersionPermission().statementId("next").revisionId("").build()).isRight())
        .isTrue();
    assertThat(remove(Fixtures.removeLayerVersionPermission().revisionId("").build()).isRight()).isTrue();
  }

  @Test
  void every_mutation_yields_a_new_revision() {
    List<RevisionId> revisions = new ArrayList<>();
    revisions.add(add(Fixtures.addLayerVersionPermission().statementId("a").build()).get().revisionId());
    revisions.add(add(Fixtures.addLayerVersionPermission().statementId("b").build()).get().revisionId());
    revisions.add(remove(Fixtures.removeLayerVersionPermission().statementId("a").build()).get().revisionId());
    revisions.add(remove(Fixtures.removeLayerVersionPermission().statementId("b").build()).get().revisionId());

    assertThat(revisions).doesNotHaveDuplicates();
  }

  // --- Size -------------------------------------------------------------------------------------------

  @Test
  void a_grant_that_would_make_the_policy_exceed_20480_bytes_is_refused_with_the_exact_size() {
    GrantsError refusal = null;
    ResourcePolicy before = ResourcePolicy.none(VERSION_1.arn());
    for (int i = 0; i < 1000 && refusal == null; i++) {
      String sid = String.format("statement-%04d", i);
      Either<GrantsError, AddLayerVersionPermissionResult> outcome =
          add(Fixtures.addLayerVersionPermission().statementId(sid).build());
      if (outcome.isLeft()) {
        refusal = outcome.getLeft();
      } else {
        before = getPolicy().get().policy();
      }
    }
    Statement refused = Fixtures.statement("statement-0000");

    int expected = before.compactJsonLength() + refused.compactJsonLength() + 1;
    assertThat(expected).isGreaterThan(ResourcePolicy.SIZE_LIMIT);
    assertThat(refusal).isEqualTo(new GrantsError.PolicyTooLarge(VERSION_1.arn(), expected, 20480));
    assertThat(getPolicy().get().policy()).isEqualTo(before);
  }

  // --- Events and concurrency -------------------------------------------------------------------------

  @Test
  void each_committed_change_is_announced_once_and_refusals_are_not() {
    AddLayerVersionPermissionResult added = add(Fixtures.addLayerVersionPermission().build()).get();
    add(Fixtures.addLayerVersionPermission().build());
    remove(Fixtures.removeLayerVersionPermission().statementId("nope").build());
    RemoveLayerVersionPermissionResult removed = remove(Fixtures.removeLayerVersionPermission().build()).get();

    assertThat(events).containsExactly(
        new GrantsEvent.PermissionAdded(VERSION_1.arn(), added.statement(), added.revisionId()),
        new GrantsEvent.PermissionRemoved(
            VERSION_1.arn(), StatementId.of(Fixtures.STATEMENT_ID), removed.revisionId()));
  }

  @Test
  void concurrent_grants_without_a_revision_lose_no_update() {
    int threads = 8;
    int each = 10;

    grantConcurrently(threads, each,
        sid -> add(Fixtures.addLayerVersionPermission().statementId(sid).principal("*").build()).get());

    assertThat(getPolicy().get().policy().statements()).hasSize(threads * each);
    assertThat(events).hasSize(threads * each);
  }

  private Either<GrantsError, AddLayerVersionPermissionResult> add(
      dev.grants.ports.in.AddLayerVersionPermissionCommand command) {
    return grants.layerVersionPermissions().add(command);
  }

  private Either<GrantsError, RemoveLayerVersionPermissionResult> remove(
      dev.grants.ports.in.RemoveLayerVersionPermissionCommand command) {
    return grants.layerVersionPermissions().remove(command);
  }

  private Either<GrantsError, GetLayerVersionPolicyResult> getPolicy() {
    return grants.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().build());
  }

}
