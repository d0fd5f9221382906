package dev.grants.testkit.behaviour;

import static dev.grants.testkit.behaviour.WiringBehaviour.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.AttachedPolicies;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.PolicyReference;
import dev.grants.domain.provisioning.PolicyReferenceRules;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.ListPoliciesInPermissionSetCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.PermissionSetCommand;
import dev.grants.ports.in.PermissionSetDefinitions;
import dev.grants.ports.in.PolicyReferenceCommand;
import dev.grants.ports.in.PolicyReferenceCommand.CustomerManagedPolicyMember;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link PermissionSetDefinitions}: a permission set's inline policy (Get, Delete), its attached AWS
 * managed and customer managed policies (Attach, Detach, List, the quota of {@link AttachedPolicies#MAX_ATTACHED}
 * counted over both kinds) and its permissions boundary (Put, Get, Delete), and that every change makes the accounts
 * it is provisioned to stale until provisioned again, for any wiring:
 *
 * <pre>{@code
 * class MyWiringPermissionSetDefinitionTest extends PermissionSetDefinitionBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
 *       ProvisioningGateway gateway, Duration deadline) { ... }
 *
 *   @Override
 *   protected Grants restartGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
 *       ProvisioningGateway gateway, Duration deadline) { ... }
 * }
 * }</pre>
 */
public abstract class PermissionSetDefinitionBehaviour extends ProvisioningWiringBehaviour {
  private static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
  private static final String POWER_USER = "arn:aws:iam::aws:policy/PowerUserAccess";
  private static final String BILLING = "arn:aws:iam::aws:policy/job-function/Billing";
  private static final String LATEST = "LATEST_PERMISSION_SET_PROVISIONED";
  private static final String STALE = "LATEST_PERMISSION_SET_NOT_PROVISIONED";
  private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";

  private Instance instance;
  private PermissionSet set;

  /** Creates the suite. */
  protected PermissionSetDefinitionBehaviour() {}

  // --- the inline policy -------------------------------------------------------------------------------

  @Test
  void the_inline_policy_is_read_and_deleted_and_a_delete_of_none_changes_nothing() {
    given();
    assertThat(definitions().getInlinePolicy(address().build()).get().inlinePolicy()).isNull();
    grants.permissionSets().putInlinePolicy(Fixtures.putInlinePolicy(instance.arn(), set.arn())
        .inlinePolicy(POLICY).build()).get();
    assertThat(definitions().getInlinePolicy(address().build()).get().inlinePolicy()).isEqualTo(POLICY);

    PermissionSet deleted = definitions().deleteInlinePolicy(address().build()).get();

    assertThat(deleted.inlinePolicy()).isNull();
    assertThat(definitions().getInlinePolicy(address().build()).get()).isEqualTo(deleted);
    assertThat(definitions().deleteInlinePolicy(address().build()).get().definitionVersion())
        .as("nothing to delete is no new definition").isEqualTo(deleted.definitionVersion());
  }

  // --- attached policies -------------------------------------------------------------------------------

  @Test
  void managed_policies_are_attached_listed_in_order_a_page_at_a_time_and_detached() {
    given();
    attachManaged(READ_ONLY).get();
    attachManaged(BILLING).get();
    attachManaged(POWER_USER).get();

    Page<PolicyReference.Managed> first = listManaged(list().maxResults(2)).get();
    assertThat(first.items()).extracting(PolicyReference.Managed::arn).containsExactly(READ_ONLY, BILLING);
    assertThat(first.items()).extracting(PolicyReference::name).containsExactly("ReadOnlyAccess", "Billing");
    assertThat(listManaged(list().nextToken(first.nextToken())).get())
        .isEqualTo(new Page<>(List.of(new PolicyReference.Managed(POWER_USER)), null));

    detachManaged(BILLING).get();

    assertThat(listManaged(list()).get().items()).extracting(PolicyReference.Managed::arn)
        .containsExactly(READ_ONLY, POWER_USER);
    assertThat(listCustomer(list()).get().items()).as("each listing shows its own kind").isEmpty();
  }

  @Test
  void attaching_an_attached_policy_is_a_conflict_and_detaching_one_not_attached_is_not_found() {
    given();
    PermissionSet attached = attachManaged(READ_ONLY).get();

    assertThat(attachManaged(READ_ONLY)).isEqualTo(Either.left(
        new GrantsError.PolicyAlreadyAttached(set.arn(), new PolicyReference.Managed(READ_ONLY))));
    assertThat(detachManaged(POWER_USER)).isEqualTo(Either.left(
        new GrantsError.PolicyNotAttached(set.arn(), new PolicyReference.Managed(POWER_USER))));
    assertThat(attachCustomer("Deploy", null).get().policies().attached()).hasSize(2);
    assertThat(attachCustomer("Deploy", "/")).isEqualTo(Either.left(new GrantsError.PolicyAlreadyAttached(
        set.arn(), new PolicyReference.CustomerManaged("Deploy", "/"))));
    assertThat(detachCustomer("Deploy", "/team/")).as("a name is found only under its path").isEqualTo(Either.left(
        new GrantsError.PolicyNotAttached(set.arn(), new PolicyReference.CustomerManaged("Deploy", "/team/"))));
    assertThat(current().definitionVersion()).isEqualTo(attached.definitionVersion() + 1);
  }

  @Test
  void customer_managed_policies_take_the_path_slash_by_default_and_are_listed_with_their_paths() {
    given();
    attachCustomer("Deploy", null).get();
    attachCustomer("Deploy", "/team/ops/").get();

    assertThat(listCustomer(list()).get()).isEqualTo(new Page<>(List.of(
        new PolicyReference.CustomerManaged("Deploy", "/"),
        new PolicyReference.CustomerManaged("Deploy", "/team/ops/")), null));
    detachCustomer("Deploy", null).get();
    assertThat(listCustomer(list()).get().items())
        .containsExactly(new PolicyReference.CustomerManaged("Deploy", "/team/ops/"));
  }

  @Test
  void ten_policies_of_both_kinds_together_are_the_quota_and_an_attach_past_it_changes_nothing() {
    given();
    for (int n = 0; n < 6; n++) {
      attachManaged("arn:aws:iam::aws:policy/Policy" + n).get();
    }
    for (int n = 0; n < 4; n++) {
      attachCustomer("Own" + n, null).get();
    }
    PermissionSet full = current();

    GrantsError tooMany = new GrantsError.TooManyPolicies(set.arn(), AttachedPolicies.MAX_ATTACHED);
    assertThat(attachManaged(READ_ONLY)).isEqualTo(Either.left(tooMany));
    assertThat(attachCustomer("Own4", null)).isEqualTo(Either.left(tooMany));
    assertThat(current()).isEqualTo(full);
    assertThat(attachManaged("arn:aws:iam::aws:policy/Policy0"))
        .as("the conflict is decided before the quota").isEqualTo(Either.left(new GrantsError.PolicyAlreadyAttached(
            set.arn(), new PolicyReference.Managed("arn:aws:iam::aws:policy/Policy0"))));
    detachCustomer("Own0", null).get();
    assertThat(attachManaged(READ_ONLY).isRight()).isTrue();
  }

  // --- the permissions boundary ------------------------------------------------------------------------

  @Test
  void a_boundary_is_put_read_replaced_by_the_other_kind_and_deleted() {
    given();
    assertThat(boundary()).isEqualTo(Either.left(new GrantsError.PermissionsBoundaryNotFound(set.arn())));

    putBoundary(command().managedPolicyArn(POWER_USER)).get();
    assertThat(boundary()).isEqualTo(Either.right(new PolicyReference.Managed(POWER_USER)));
    putBoundary(command().customerManagedPolicyReference(new CustomerManagedPolicyMember("Limit", null))).get();
    assertThat(boundary()).isEqualTo(Either.right(new PolicyReference.CustomerManaged("Limit", "/")));
    assertThat(current().policies().attached()).as("a boundary is not an attached policy").isEmpty();

    definitions().deletePermissionsBoundary(address().build()).get();

    assertThat(boundary()).isEqualTo(Either.left(new GrantsError.PermissionsBoundaryNotFound(set.arn())));
    assertThat(definitions().deletePermissionsBoundary(address().build()))
        .isEqualTo(Either.left(new GrantsError.PermissionsBoundaryNotFound(set.arn())));
  }

  @Test
  void a_boundary_gives_exactly_one_kind_of_policy() {
    given();
    assertThat(putBoundary(command())).isEqualTo(Either.left(new GrantsError.PermissionsBoundaryNotOneKind(false)));
    assertThat(putBoundary(command().managedPolicyArn(POWER_USER)
        .customerManagedPolicyReference(new CustomerManagedPolicyMember("Limit", null))))
        .isEqualTo(Either.left(new GrantsError.PermissionsBoundaryNotOneKind(true)));
    assertThat(current().definitionVersion()).isEqualTo(set.definitionVersion());
  }

  // --- the definition and provisioning -----------------------------------------------------------------

  @Test
  void every_change_of_the_definition_makes_provisioned_accounts_stale_until_provisioned_again() {
    given();
    List<Function<PermissionSetDefinitionBehaviour, Either<GrantsError, ?>>> changes = List.of(
        suite -> suite.attachManaged(READ_ONLY),
        suite -> suite.detachManaged(READ_ONLY),
        suite -> suite.attachCustomer("Deploy", null),
        suite -> suite.detachCustomer("Deploy", null),
        suite -> suite.putBoundary(suite.command().managedPolicyArn(POWER_USER)),
        suite -> suite.definitions().deletePermissionsBoundary(suite.address().build()),
        suite -> grants.permissionSets().putInlinePolicy(Fixtures.putInlinePolicy(instance.arn(), set.arn())
            .inlinePolicy(POLICY).build()),
        suite -> suite.definitions().deleteInlinePolicy(suite.address().build()));
    for (Function<PermissionSetDefinitionBehaviour, Either<GrantsError, ?>> change : changes) {
      provision();
      assertThat(accounts(LATEST)).containsExactly(Fixtures.ACCOUNT_A);

      assertThat(change.apply(this).isRight()).isTrue();

      assertThat(accounts(STALE)).containsExactly(Fixtures.ACCOUNT_A);
      assertThat(accounts(LATEST)).isEmpty();
    }
    provision();
    assertThat(accounts(LATEST)).containsExactly(Fixtures.ACCOUNT_A);
  }

  @Test
  void the_definition_is_kept_by_the_store_across_a_restart() {
    given();
    attachManaged(READ_ONLY).get();
    attachCustomer("Deploy", "/team/").get();
    putBoundary(command().customerManagedPolicyReference(new CustomerManagedPolicyMember("Limit", "/b/"))).get();
    PermissionSet before = current();

    restart();

    assertThat(current()).isEqualTo(before);
    assertThat(before.policies()).isEqualTo(new AttachedPolicies(List.of(new PolicyReference.Managed(READ_ONLY),
        new PolicyReference.CustomerManaged("Deploy", "/team/")), new PolicyReference.CustomerManaged("Limit", "/b/")));
  }

  // --- refusals ----------------------------------------------------------------------------------------

  @Test
  void members_breaking_the_model_are_reported_each_under_its_own_name_and_change_nothing() {
    given();
    assertThat(attachManaged("arn:aws:iam::123456789012:policy/Mine")).isEqualTo(invalid(new Violation(
        "managedPolicyArn", "arn:aws:iam::123456789012:policy/Mine",
        Constraint.pattern(PolicyReferenceRules.MANAGED_POLICY_ARN_PATTERN))));
    assertThat(definitions().attachCustomerManagedPolicy(command().build())).isEqualTo(invalid(
        new Violation("customerManagedPolicyReference", null, Constraint.notNull())));
    assertThat(attachCustomer("", "team")).isEqualTo(invalid(
        new Violation("customerManagedPolicyReference.name", "", Constraint.minLength(1)),
        new Violation("customerManagedPolicyReference.name", "", Constraint.pattern("[\\w+=,.@-]+")),
        new Violation("customerManagedPolicyReference.path", "team",
            Constraint.pattern("((/[A-Za-z0-9\\.,\\+@=_-]+)*)/"))));
    assertThat(putBoundary(command().managedPolicyArn("arn:aws:iam::aws:policy/"))).isEqualTo(invalid(new Violation(
        "permissionsBoundary.managedPolicyArn", "arn:aws:iam::aws:policy/",
        Constraint.pattern(PolicyReferenceRules.MANAGED_POLICY_ARN_PATTERN))));
    assertThat(listManaged(list().maxResults(0))).isEqualTo(invalid(
        new Violation("maxResults", "0", Constraint.minValue(1))));
    assertThat(current()).isEqualTo(set);
  }

  @Test
  void another_accounts_instance_is_denied_and_an_unknown_permission_set_is_not_found() {
    given();
    Instance theirs = otherInstance();
    PermissionSet their = theirSet(theirs);
    assertThat(definitions().attachManagedPolicy(PolicyReferenceCommand.builder().context(Fixtures.context())
        .instanceArn(theirs.arn().toString()).permissionSetArn(their.arn().toString()).managedPolicyArn(READ_ONLY)
        .build())).isEqualTo(deniedOn(theirs, "sso:AttachManagedPolicyToPermissionSet"));
    PermissionSetArn unknown = PermissionSetArn.of(instance.arn(), "ps-000000000000dead");
    assertThat(definitions().getPermissionsBoundary(PermissionSetCommand.builder().context(Fixtures.context())
        .instanceArn(instance.arn().toString()).permissionSetArn(unknown.toString()).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(unknown)));
    assertThat(definitions().listCustomerManagedPolicies(ListPoliciesInPermissionSetCommand.builder()
        .context(Fixtures.context()).instanceArn(instance.arn().toString()).permissionSetArn(unknown.toString())
        .build())).isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(unknown)));
  }

  // --- steps -------------------------------------------------------------------------------------------

  private void given() {
    instance = instance();
    set = set(instance, "Defined");
  }

  private PermissionSetDefinitions definitions() {
    return grants.permissionSetDefinitions();
  }

  private PermissionSet current() {
    return grants.permissionSets().describePermissionSet(Fixtures.describePermissionSet(instance.arn(), set.arn())
        .build()).get();
  }

  private PermissionSetCommand.Builder address() {
    return PermissionSetCommand.builder().context(Fixtures.context()).instanceArn(instance.arn().toString())
        .permissionSetArn(set.arn().toString());
  }

  private PolicyReferenceCommand.Builder command() {
    return PolicyReferenceCommand.builder().context(Fixtures.context()).instanceArn(instance.arn().toString())
        .permissionSetArn(set.arn().toString());
  }

  private ListPoliciesInPermissionSetCommand.Builder list() {
    return ListPoliciesInPermissionSetCommand.builder().context(Fixtures.context())
        .instanceArn(instance.arn().toString()).permissionSetArn(set.arn().toString());
  }

  private Either<GrantsError, PermissionSet> attachManaged(String arn) {
    return definitions().attachManagedPolicy(command().managedPolicyArn(arn).build());
  }

  private Either<GrantsError, PermissionSet> detachManaged(String arn) {
    return definitions().detachManagedPolicy(command().managedPolicyArn(arn).build());
  }

  private Either<GrantsError, PermissionSet> attachCustomer(String name, String path) {
    return definitions().attachCustomerManagedPolicy(command()
        .customerManagedPolicyReference(new CustomerManagedPolicyMember(name, path)).build());
  }

  private Either<GrantsError, PermissionSet> detachCustomer(String name, String path) {
    return definitions().detachCustomerManagedPolicy(command()
        .customerManagedPolicyReference(new CustomerManagedPolicyMember(name, path)).build());
  }

  private Either<GrantsError, PermissionSet> putBoundary(PolicyReferenceCommand.Builder command) {
    return definitions().putPermissionsBoundary(command.build());
  }

  private Either<GrantsError, PolicyReference> boundary() {
    return definitions().getPermissionsBoundary(address().build());
  }

  private Either<GrantsError, Page<PolicyReference.Managed>> listManaged(ListPoliciesInPermissionSetCommand.Builder c) {
    return definitions().listManagedPolicies(c.build());
  }

  private Either<GrantsError, Page<PolicyReference.CustomerManaged>> listCustomer(
      ListPoliciesInPermissionSetCommand.Builder c) {
    return definitions().listCustomerManagedPolicies(c.build());
  }

  private void provision() {
    gateway.answerAtOnce();
    grants.permissionSetProvisioning().provision(Fixtures.provisionToAccount(instance.arn(), set.arn(),
        Fixtures.ACCOUNT_A).build()).get();
  }

  private List<String> accounts(String filter) {
    return grants.permissionSetProvisioning().listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(
        instance.arn(), set.arn()).provisioningStatus(filter).build()).get().items();
  }
}
