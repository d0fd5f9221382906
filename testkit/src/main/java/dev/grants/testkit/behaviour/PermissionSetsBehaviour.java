package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.ListInstancesCommand;
import dev.grants.ports.in.Page;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link dev.grants.ports.in.PermissionSets}: the resource lifecycle of CONTRACT.md section C
 * (CreateInstance, ListInstances, CreatePermissionSet, DescribePermissionSet, PutInlinePolicyToPermissionSet,
 * DeletePermissionSet) and the common rules, refusals compared as {@link GrantsError} values with their fields,
 * for any wiring:
 *
 * <pre>{@code
 * class MyWiringPermissionSetsTest extends PermissionSetsBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
 *       ProvisioningGateway gateway, Duration deadline) { ... }
 *
 *   @Override
 *   protected Grants restartGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
 *       ProvisioningGateway gateway, Duration deadline) { ... }
 * }
 * }</pre>
 *
 * <p>Each test starts with no instance. The owner is {@value Fixtures#OWNER}; {@value Fixtures#OTHER_OWNER} is
 * another account with its own instance.
 */
public abstract class PermissionSetsBehaviour extends ProvisioningWiringBehaviour {
  static final String INSTANCE_ARN_FORM = "arn:aws:sso:::instance/ssoins-[a-zA-Z0-9-.]{16}";
  static final String INSTANCE_ARN_PATTERN = "arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}";
  static final String PERMISSION_SET_ARN_PATTERN =
      "arn:aws(-[a-z]{1,5}){0,3}:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}";
  static final String NAME_PATTERN = "[\\w+=,.@-]+";
  static final String DESCRIPTION_PATTERN = "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*";
  static final String DURATION_PATTERN =
      "(-?)P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)([DW]))?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?";
  static final String RELAY_STATE_PATTERN = "[a-zA-Z0-9&$@#\\\\\\/%?=~\\-_'\"|!:,.;*+\\[\\]\\ \\(\\)\\{\\}]+";
  static final String POLICY_PATTERN = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+";
  static final String TOKEN_PATTERN = "[-a-zA-Z0-9+=/_]*";
  /** A well-formed instance ARN that no one owns. */
  static final InstanceArn UNKNOWN_INSTANCE = new InstanceArn(Partition.AWS, "ssoins-0000000000000bad");
  /** A token of the right form and size (offset 1) that no wiring signed. */
  static final String FORGED_TOKEN = "AAAAAQ" + "A".repeat(21);

  /** Creates the suite. */
  protected PermissionSetsBehaviour() {}

  // --- CreateInstance ---------------------------------------------------------------------------------

  @Test
  void an_instance_has_an_arn_of_the_model_form_belongs_to_the_caller_and_is_dated_now() {
    Instance instance = grants.permissionSets().createInstance(Fixtures.createInstance().build()).get();

    assertThat(instance.arn().toString()).matches(INSTANCE_ARN_FORM);
    assertThat(instance.arn()).as("the instance id is made of the first id the wiring took").isEqualTo(takenInstance(1));
    assertThat(InstanceArn.parse(instance.arn().toString()).get()).isEqualTo(instance.arn());
    assertThat(instance.owner()).isEqualTo(AccountId.of(Fixtures.OWNER));
    assertThat(instance.createdDate()).isEqualTo(Instant.parse(START));
    assertThat(instance.identityStoreId()).isEqualTo("d-" + lastHexDigits(takenId(2), 10));
    assertThat(instance.name()).isNull();
  }

  @Test
  void the_instance_name_given_is_kept() {
    Instance instance = grants.permissionSets().createInstance(Fixtures.createInstance().name("my-instance").build())
        .get();

    assertThat(instance.name()).isEqualTo("my-instance");
    assertThat(listInstances(Fixtures.listInstances().build()).get().items()).containsExactly(instance);
  }

  @Test
  void an_account_has_one_instance_and_a_second_is_refused_naming_the_first() {
    Instance first = instance();

    assertThat(grants.permissionSets().createInstance(Fixtures.createInstance().name("second").build()))
        .isEqualTo(Either.left(new GrantsError.InstanceAlreadyExists(AccountId.of(Fixtures.OWNER), first.arn())));

    assertThat(listInstances(Fixtures.listInstances().build()).get().items()).containsExactly(first);
  }

  @Test
  void each_account_has_its_own_instance_and_lists_only_its_own() {
    Instance mine = instance();
    Instance theirs = otherInstance();

    assertThat(mine.arn()).isEqualTo(takenInstance(1));
    assertThat(theirs.arn()).as("ids 1 and 2 went to the first instance").isEqualTo(takenInstance(3));
    assertThat(theirs.owner()).isEqualTo(AccountId.of(Fixtures.OTHER_OWNER));
    assertThat(listInstances(Fixtures.listInstances().build()).get()).isEqualTo(new Page<>(List.of(mine), null));
    assertThat(listInstances(Fixtures.listInstances().context(Fixtures.otherContext()).build()).get().items())
        .containsExactly(theirs);
  }

  @Test
  void an_instance_name_breaking_the_model_is_refused_and_nothing_is_created() {
    assertThat(grants.permissionSets().createInstance(Fixtures.createInstance().name("").build()))
        .isEqualTo(invalid(new Violation("name", "", Constraint.pattern(NAME_PATTERN))));
    assertThat(grants.permissionSets().createInstance(Fixtures.createInstance().name("my instance").build()))
        .isEqualTo(invalid(new Violation("name", "my instance", Constraint.pattern(NAME_PATTERN))));
    String tooLong = "a".repeat(256);
    assertThat(grants.permissionSets().createInstance(Fixtures.createInstance().name(tooLong).build()))
        .isEqualTo(invalid(new Violation("name", tooLong, Constraint.maxLength(255))));

    assertThat(listInstances(Fixtures.listInstances().build()).get().items()).isEmpty();
    assertThat(grants.permissionSets().createInstance(Fixtures.createInstance().name("a".repeat(255)).build())
        .isRight()).isTrue();
  }

  // --- ListInstances ----------------------------------------------------------------------------------

  @Test
  void an_account_without_an_instance_lists_none() {
    otherInstance();

    assertThat(listInstances(Fixtures.listInstances().build())).isEqualTo(Either.right(new Page<>(List.of(), null)));
  }

  @Test
  void list_instances_refuses_max_results_out_of_range_and_a_malformed_token_with_every_violation() {
    instance();

    assertThat(listInstances(Fixtures.listInstances().maxResults(0).build()))
        .isEqualTo(invalid(new Violation("maxResults", "0", Constraint.minValue(1))));
    assertThat(listInstances(Fixtures.listInstances().maxResults(101).build()))
        .isEqualTo(invalid(new Violation("maxResults", "101", Constraint.maxValue(100))));
    assertThat(listInstances(Fixtures.listInstances().maxResults(101).nextToken("not a token!").build()))
        .isEqualTo(invalid(new Violation("maxResults", "101", Constraint.maxValue(100)),
            new Violation("nextToken", "not a token!", Constraint.pattern(TOKEN_PATTERN))));
    assertThat(listInstances(Fixtures.listInstances().maxResults(1).build()).get().items()).hasSize(1);
    assertThat(listInstances(Fixtures.listInstances().maxResults(100).build()).get().items()).hasSize(1);
  }

  @Test
  void list_instances_refuses_a_token_it_did_not_issue() {
    instance();

    assertThat(listInstances(Fixtures.listInstances().nextToken(FORGED_TOKEN).build()))
        .isEqualTo(Either.left(new GrantsError.InvalidPageToken(FORGED_TOKEN)));
  }

  // --- CreatePermissionSet ----------------------------------------------------------------------------

  @Test
  void a_permission_set_has_an_arn_in_its_instance_definition_version_one_and_a_session_of_one_hour_by_default() {
    Instance instance = instance();

    PermissionSet set = grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn())
        .build()).get();

    assertThat(set.arn().toString())
        .isEqualTo("arn:aws:sso:::permissionSet/" + instance.arn().id() + "/ps-" + lastHexDigits(takenId(3), 16))
        .matches(PERMISSION_SET_ARN_PATTERN);
    assertThat(set.arn().instance()).isEqualTo(instance.arn());
    assertThat(set.name()).isEqualTo(Fixtures.PERMISSION_SET_NAME);
    assertThat(set.sessionDuration()).isEqualTo("PT1H");
    assertThat(set.description()).isNull();
    assertThat(set.relayState()).isNull();
    assertThat(set.inlinePolicy()).isNull();
    assertThat(set.createdDate()).isEqualTo(Instant.parse(START));
    assertThat(set.definitionVersion()).isEqualTo(1);
  }

  @Test
  void optional_members_given_are_kept_and_read_back() {
    Instance instance = instance();

    PermissionSet set = grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn())
        .description("Read-only access, for auditors").sessionDuration("PT8H")
        .relayState("https://console.aws.amazon.com/s3").build()).get();

    assertThat(set.description()).isEqualTo("Read-only access, for auditors");
    assertThat(set.sessionDuration()).isEqualTo("PT8H");
    assertThat(set.relayState()).isEqualTo("https://console.aws.amazon.com/s3");
    assertThat(describe(instance, set.arn())).isEqualTo(Either.right(set));
  }

  @Test
  void permission_sets_of_distinct_names_have_distinct_arns() {
    Instance instance = instance();

    PermissionSet one = set(instance, "ReadOnly");
    PermissionSet two = set(instance, "Admin");

    assertThat(one.arn()).isEqualTo(takenSet(instance, 3));
    assertThat(two.arn()).isEqualTo(takenSet(instance, 4));
    assertThat(describe(instance, one.arn()).get().name()).isEqualTo("ReadOnly");
    assertThat(describe(instance, two.arn()).get().name()).isEqualTo("Admin");
  }

  @Test
  void a_duplicate_name_in_the_instance_is_refused_and_the_first_permission_set_is_kept() {
    Instance instance = instance();
    PermissionSet first = set(instance, "ReadOnly");

    assertThat(grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn())
        .description("another").build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNameConflict(instance.arn(), "ReadOnly")));

    assertThat(describe(instance, first.arn())).isEqualTo(Either.right(first));
  }

  @Test
  void the_same_name_in_another_accounts_instance_is_no_conflict() {
    Instance mine = instance();
    Instance theirs = otherInstance();
    set(mine, "ReadOnly");

    PermissionSet their = theirSet(theirs);

    assertThat(their.arn().instance()).isEqualTo(theirs.arn());
  }

  @Test
  void every_model_violation_of_create_permission_set_is_reported_together_in_member_order() {
    String badInstance = "arn:aws:sso:::instance/nope";

    assertThat(grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(UNKNOWN_INSTANCE)
        .instanceArn(badInstance).name("").description("").sessionDuration("1 hour").relayState("").build()))
        .isEqualTo(invalid(
            new Violation("name", "", Constraint.minLength(1)),
            new Violation("name", "", Constraint.pattern(NAME_PATTERN)),
            new Violation("description", "", Constraint.minLength(1)),
            new Violation("instanceArn", badInstance, Constraint.pattern(INSTANCE_ARN_PATTERN)),
            new Violation("sessionDuration", "1 hour", Constraint.pattern(DURATION_PATTERN)),
            new Violation("relayState", "", Constraint.minLength(1)),
            new Violation("relayState", "", Constraint.pattern(RELAY_STATE_PATTERN))));
  }

  @Test
  void required_members_of_create_permission_set_must_be_present() {
    assertThat(grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(UNKNOWN_INSTANCE)
        .name(null).instanceArn(null).build()))
        .isEqualTo(invalid(new Violation("name", null, Constraint.notNull()),
            new Violation("instanceArn", null, Constraint.notNull())));
  }

  @Test
  void a_permission_set_name_longer_than_32_or_outside_its_pattern_is_refused() {
    Instance instance = instance();
    String tooLong = "a".repeat(33);

    assertThat(grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn())
        .name(tooLong).build()))
        .isEqualTo(invalid(new Violation("name", tooLong, Constraint.maxLength(32))));
    assertThat(grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn())
        .name("Read Only").build()))
        .isEqualTo(invalid(new Violation("name", "Read Only", Constraint.pattern(NAME_PATTERN))));
    assertThat(grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn())
        .name("a".repeat(32)).build()).isRight()).isTrue();
  }

  @Test
  void a_permission_set_in_an_unknown_instance_is_not_found_and_in_another_accounts_instance_denied() {
    instance();
    Instance theirs = otherInstance();
    InstanceArn unknown = UNKNOWN_INSTANCE;

    assertThat(grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(unknown).build()))
        .isEqualTo(Either.left(new GrantsError.InstanceNotFound(unknown)));
    assertThat(grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(theirs.arn()).build()))
        .isEqualTo(deniedOn(theirs, "sso:CreatePermissionSet"));
    assertThat(grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(theirs.arn())
        .context(Fixtures.otherContext()).build()).isRight()).as("the name is still free in their instance").isTrue();
  }

  @Test
  void validation_comes_before_the_existence_of_the_instance() {
    InstanceArn unknown = UNKNOWN_INSTANCE;

    assertThat(grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(unknown).name("").build()))
        .isEqualTo(invalid(new Violation("name", "", Constraint.minLength(1)),
            new Violation("name", "", Constraint.pattern(NAME_PATTERN))));
  }

  // --- DescribePermissionSet --------------------------------------------------------------------------

  @Test
  void a_permission_set_is_read_back_as_created() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");

    assertThat(describe(instance, set.arn())).isEqualTo(Either.right(set));
  }

  @Test
  void an_unknown_permission_set_is_not_found() {
    Instance instance = instance();
    PermissionSetArn unknown = PermissionSetArn.of(instance.arn(), "ps-000000000000dead");

    assertThat(describe(instance, unknown)).isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(unknown)));
  }

  @Test
  void another_accounts_permission_set_is_not_found_through_the_callers_instance_and_denied_through_theirs() {
    Instance mine = instance();
    Instance theirs = otherInstance();
    PermissionSet their = theirSet(theirs);

    assertThat(describe(mine, their.arn()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(their.arn())));
    assertThat(grants.permissionSets().describePermissionSet(Fixtures.describePermissionSet(theirs.arn(), their.arn())
        .build())).isEqualTo(deniedOn(theirs, "sso:DescribePermissionSet"));
  }

  @Test
  void describe_permission_set_reports_every_model_violation() {
    assertThat(grants.permissionSets().describePermissionSet(Fixtures.describePermissionSet(UNKNOWN_INSTANCE,
        PermissionSetArn.of(UNKNOWN_INSTANCE, "ps-000000000000dead")).instanceArn(null).permissionSetArn("nope").build()))
        .isEqualTo(invalid(new Violation("instanceArn", null, Constraint.notNull()),
            new Violation("permissionSetArn", "nope", Constraint.minLength(10)),
            new Violation("permissionSetArn", "nope", Constraint.pattern(PERMISSION_SET_ARN_PATTERN))));
  }

  // --- PutInlinePolicyToPermissionSet -----------------------------------------------------------------

  @Test
  void an_inline_policy_is_a_new_definition_version_and_keeps_every_other_member() {
    Instance instance = instance();
    PermissionSet set = grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn())
        .description("auditors").sessionDuration("PT2H").relayState("https://example.com").build()).get();

    PermissionSet changed = grants.permissionSets().putInlinePolicy(Fixtures.putInlinePolicy(instance.arn(),
        set.arn()).build()).get();

    assertThat(changed).isEqualTo(new PermissionSet(set.arn(), set.name(), "auditors", "PT2H", "https://example.com",
        Fixtures.INLINE_POLICY, set.createdDate(), 2));
    assertThat(describe(instance, set.arn())).isEqualTo(Either.right(changed));
    assertThat(grants.permissionSets().putInlinePolicy(Fixtures.putInlinePolicy(instance.arn(), set.arn())
        .inlinePolicy("{}").build()).get().definitionVersion()).isEqualTo(3);
    assertThat(describe(instance, set.arn()).get().inlinePolicy()).isEqualTo("{}");
  }

  @Test
  void every_account_a_permission_set_is_provisioned_to_is_stale_after_its_definition_changed() {
    gateway.answerAtOnce();
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provision(instance, set, Fixtures.ACCOUNT_A);
    provision(instance, set, Fixtures.ACCOUNT_B);
    assertThat(accounts(instance, set, "LATEST_PERMISSION_SET_PROVISIONED"))
        .containsExactly(Fixtures.ACCOUNT_A, Fixtures.ACCOUNT_B);

    grants.permissionSets().putInlinePolicy(Fixtures.putInlinePolicy(instance.arn(), set.arn()).build()).get();

    assertThat(accounts(instance, set, "LATEST_PERMISSION_SET_PROVISIONED")).isEmpty();
    assertThat(accounts(instance, set, "LATEST_PERMISSION_SET_NOT_PROVISIONED"))
        .containsExactly(Fixtures.ACCOUNT_A, Fixtures.ACCOUNT_B);
    assertThat(accounts(instance, set, null)).containsExactly(Fixtures.ACCOUNT_A, Fixtures.ACCOUNT_B);
  }

  @Test
  void an_inline_policy_breaking_the_model_is_refused_and_the_definition_is_unchanged() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    String tooLong = "a".repeat(32769);

    assertThat(putInlinePolicy(instance, set, null))
        .isEqualTo(invalid(new Violation("inlinePolicy", null, Constraint.notNull())));
    assertThat(putInlinePolicy(instance, set, ""))
        .isEqualTo(invalid(new Violation("inlinePolicy", "", Constraint.minLength(1)),
            new Violation("inlinePolicy", "", Constraint.pattern(POLICY_PATTERN))));
    assertThat(putInlinePolicy(instance, set, tooLong))
        .isEqualTo(invalid(new Violation("inlinePolicy", tooLong, Constraint.maxLength(32768))));
    assertThat(putInlinePolicy(instance, set, "{\"Sid\":\"\u0100\"}"))
        .isEqualTo(invalid(new Violation("inlinePolicy", "{\"Sid\":\"\u0100\"}", Constraint.pattern(POLICY_PATTERN))));

    assertThat(describe(instance, set.arn())).isEqualTo(Either.right(set));
    assertThat(putInlinePolicy(instance, set, "a".repeat(32768)).get().definitionVersion()).isEqualTo(2);
  }

  @Test
  void an_inline_policy_for_an_unknown_permission_set_is_not_found_and_in_another_accounts_instance_denied() {
    Instance instance = instance();
    Instance theirs = otherInstance();
    PermissionSetArn unknown = PermissionSetArn.of(instance.arn(), "ps-000000000000dead");

    assertThat(grants.permissionSets().putInlinePolicy(Fixtures.putInlinePolicy(instance.arn(), unknown).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(unknown)));
    assertThat(grants.permissionSets().putInlinePolicy(Fixtures.putInlinePolicy(theirs.arn(),
        PermissionSetArn.of(theirs.arn(), "ps-000000000000dead")).build()))
        .isEqualTo(deniedOn(theirs, "sso:PutInlinePolicyToPermissionSet"));
  }

  // --- DeletePermissionSet ----------------------------------------------------------------------------

  @Test
  void a_deleted_permission_set_is_gone_and_its_name_is_free_again() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");

    assertThat(delete(instance, set)).isEqualTo(Either.right(set));

    assertThat(describe(instance, set.arn())).isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(set.arn())));
    assertThat(delete(instance, set)).isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(set.arn())));
    PermissionSet successor = set(instance, "ReadOnly");
    assertThat(set.arn()).isEqualTo(takenSet(instance, 3));
    assertThat(successor.arn()).as("a new id, not the deleted one's").isEqualTo(takenSet(instance, 4));
    assertThat(successor.definitionVersion()).isEqualTo(1);
  }

  @Test
  void a_permission_set_is_not_deleted_while_a_provisioning_of_it_is_in_progress() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, Fixtures.ACCOUNT_A).get();

    assertThat(delete(instance, set))
        .isEqualTo(Either.left(new GrantsError.ProvisioningInProgress(set.arn(), running.requestId())));

    assertThat(describe(instance, set.arn())).isEqualTo(Either.right(set));
    gateway.succeed(Fixtures.ACCOUNT_A);
    assertThat(accounts(instance, set, null)).containsExactly(Fixtures.ACCOUNT_A);
  }

  @Test
  void once_its_provisioning_ended_a_permission_set_is_deleted_and_no_account_has_it_any_more() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    PermissionSet kept = set(instance, "Admin");
    provision(instance, set, Fixtures.ACCOUNT_A);
    gateway.succeedAll();
    provision(instance, kept, Fixtures.ACCOUNT_A);
    gateway.succeedAll();

    assertThat(delete(instance, set)).isEqualTo(Either.right(set));

    assertThat(grants.permissionSetProvisioning().listPermissionSets(
        Fixtures.listPermissionSetsProvisionedToAccount(instance.arn(), Fixtures.ACCOUNT_A).build()).get().items())
        .containsExactly(kept.arn().toString());
    assertThat(grants.permissionSetProvisioning().listAccounts(
        Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set.arn()).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(set.arn())));
    assertThat(accounts(instance, kept, null)).containsExactly(Fixtures.ACCOUNT_A);
    assertThat(grants.permissionSetProvisioning().provision(
        Fixtures.provisionToAccount(instance.arn(), set.arn(), Fixtures.ACCOUNT_B).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(set.arn())));
  }

  @Test
  void a_permission_set_whose_provisioning_passed_its_deadline_is_deleted_without_anyone_looking_first() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provision(instance, set, Fixtures.ACCOUNT_A);

    clock.advance(DEADLINE);

    assertThat(delete(instance, set)).isEqualTo(Either.right(set));
  }

  @Test
  void a_permission_set_whose_provisioning_failed_is_deleted() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provision(instance, set, Fixtures.ACCOUNT_A);
    gateway.fail(Fixtures.ACCOUNT_A, "Account is suspended");

    assertThat(delete(instance, set)).isEqualTo(Either.right(set));
  }

  @Test
  void a_provisioning_of_another_permission_set_does_not_hold_up_a_delete() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    PermissionSet busy = set(instance, "Admin");
    provision(instance, busy, Fixtures.ACCOUNT_A);

    assertThat(delete(instance, set)).isEqualTo(Either.right(set));
  }

  @Test
  void delete_refuses_violations_and_unknown_or_foreign_instances() {
    Instance instance = instance();
    Instance theirs = otherInstance();
    PermissionSet their = theirSet(theirs);

    assertThat(grants.permissionSets().deletePermissionSet(Fixtures.deletePermissionSet(instance.arn(), their.arn())
        .permissionSetArn(null).build()))
        .isEqualTo(invalid(new Violation("permissionSetArn", null, Constraint.notNull())));
    assertThat(grants.permissionSets().deletePermissionSet(Fixtures.deletePermissionSet(theirs.arn(), their.arn())
        .build())).isEqualTo(deniedOn(theirs, "sso:DeletePermissionSet"));
    assertThat(grants.permissionSets().deletePermissionSet(Fixtures.deletePermissionSet(instance.arn(), their.arn())
        .build())).isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(their.arn())));
    assertThat(grants.permissionSets().describePermissionSet(Fixtures.describePermissionSet(theirs.arn(), their.arn())
        .context(Fixtures.otherContext()).build())).isEqualTo(Either.right(their));
  }

  // --- helpers ----------------------------------------------------------------------------------------

  /** The ARN of an instance whose id is made of the {@code n}-th id the wiring took in this test. */
  private InstanceArn takenInstance(long n) {
    return new InstanceArn(Partition.AWS, "ssoins-" + lastHexDigits(takenId(n), 16));
  }

  /** The ARN of a permission set of {@code instance} whose id is made of the {@code n}-th id taken in this test. */
  private PermissionSetArn takenSet(Instance instance, long n) {
    return PermissionSetArn.of(instance.arn(), "ps-" + lastHexDigits(takenId(n), 16));
  }

  private Either<GrantsError, PermissionSet> describe(Instance instance, PermissionSetArn set) {
    return grants.permissionSets().describePermissionSet(Fixtures.describePermissionSet(instance.arn(), set).build());
  }

  private Either<GrantsError, PermissionSet> putInlinePolicy(Instance instance, PermissionSet set, String policy) {
    return grants.permissionSets().putInlinePolicy(Fixtures.putInlinePolicy(instance.arn(), set.arn())
        .inlinePolicy(policy).build());
  }

  private Either<GrantsError, PermissionSet> delete(Instance instance, PermissionSet set) {
    return grants.permissionSets().deletePermissionSet(Fixtures.deletePermissionSet(instance.arn(), set.arn()).build());
  }

  private Either<GrantsError, Page<Instance>> listInstances(ListInstancesCommand command) {
    return grants.permissionSets().listInstances(command);
  }

  private Either<GrantsError, ProvisioningRequest> provision(Instance instance, PermissionSet set, String account) {
    Either<GrantsError, ProvisioningRequest> started = grants.permissionSetProvisioning().provision(
        Fixtures.provisionToAccount(instance.arn(), set.arn(), account).build());
    assertThat(started.map(ProvisioningRequest::status).getOrNull()).isIn(
        ProvisioningStatus.IN_PROGRESS, ProvisioningStatus.SUCCEEDED);
    return started;
  }

  private List<String> accounts(Instance instance, PermissionSet set, String filter) {
    return grants.permissionSetProvisioning().listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(
        instance.arn(), set.arn()).provisioningStatus(filter).build()).get().items();
  }
}
