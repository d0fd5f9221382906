package dev.grants.testkit.behaviour;

import static dev.grants.testkit.behaviour.PermissionSetsBehaviour.PERMISSION_SET_ARN_PATTERN;
import static dev.grants.testkit.behaviour.PermissionSetsBehaviour.UNKNOWN_INSTANCE;
import static dev.grants.testkit.behaviour.WiringBehaviour.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.out.ProvisioningWork;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.ScriptedProvisioningGateway;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ProvisionPermissionSet to one account and to every provisioned account, its refusals, and the gateway's answers. */
abstract class ProvisioningStartCases extends ProvisioningCases {
  ProvisioningStartCases(ProvisioningWiringBehaviour suite) {
    super(suite);
  }

  // --- ProvisionPermissionSet: one account ------------------------------------------------------------

  @Test
  void provisioning_to_an_account_answers_in_progress_and_hands_the_work_to_the_gateway() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");

    ProvisioningRequest started = provision(instance, set, A).get();

    assertThat(started.status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(started.requestId()).as("the id after the instance's two and the permission set's")
        .isEqualTo(takenId(4).value());
    assertThat(started.account()).isEqualTo(AccountId.of(A));
    assertThat(started.permissionSet()).isEqualTo(set.arn());
    assertThat(started.instance()).isEqualTo(instance.arn());
    assertThat(started.createdDate()).isEqualTo(Instant.parse(START));
    assertThat(started.failureReason()).isEqualTo(Option.none());
    assertThat(gateway().received()).extracting(ScriptedProvisioningGateway.Job::work)
        .containsExactly(new ProvisioningWork(started.requestId(), set, AccountId.of(A)));
    assertThat(describe(instance, started.requestId())).isEqualTo(Either.right(started));
  }

  @Test
  void each_request_has_its_own_id() {
    gateway().answerAtOnce();
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    List<String> requestIds = new ArrayList<>();

    for (String account : List.of(A, B, C, A)) {
      requestIds.add(provision(instance, set, account).get().requestId());
    }
    requestIds.add(provisionAll(instance, set).get().requestId());

    // The instance took ids 1 and 2, the permission set 3; each request takes the next one and nothing else does.
    assertThat(requestIds).containsExactly(takenId(4).value(), takenId(5).value(), takenId(6).value(),
        takenId(7).value(), takenId(8).value());
  }

  @Test
  void the_request_moves_to_succeeded_when_the_gateway_answers_success() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest started = provision(instance, set, A).get();

    assertThat(gateway().succeed(A)).isEqualTo(1);

    ProvisioningRequest done = describe(instance, started.requestId()).get();
    assertThat(done.status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(done.failureReason()).isEqualTo(Option.none());
    assertThat(done.account()).isEqualTo(AccountId.of(A));
    assertThat(done.createdDate()).isEqualTo(started.createdDate());
    assertThat(accounts(instance, set, null)).containsExactly(A);
    assertThat(accounts(instance, set, LATEST)).containsExactly(A);
    assertThat(setsOf(instance, A, null)).containsExactly(set.arn().toString());
  }

  @Test
  void the_request_moves_to_failed_with_the_gateways_reason_and_the_account_is_not_provisioned() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest started = provision(instance, set, A).get();

    gateway().fail(A, "Account 111122223333 is suspended");

    ProvisioningRequest failed = describe(instance, started.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason()).isEqualTo(Option.some("Account 111122223333 is suspended"));
    assertThat(accounts(instance, set, null)).isEmpty();
    assertThat(setsOf(instance, A, null)).isEmpty();
  }

  @Test
  void a_request_the_gateway_finished_at_once_is_answered_already_terminal() {
    gateway().answerAtOnce().failAtOnce(B, "Quota exceeded");
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");

    ProvisioningRequest succeeded = provision(instance, set, A).get();
    ProvisioningRequest failed = provision(instance, set, B).get();

    assertThat(succeeded.status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason()).isEqualTo(Option.some("Quota exceeded"));
    assertThat(describe(instance, succeeded.requestId())).isEqualTo(Either.right(succeeded));
    assertThat(describe(instance, failed.requestId())).isEqualTo(Either.right(failed));
  }

  @Test
  void a_succeeded_request_never_changes_again() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest started = provision(instance, set, A).get();
    ScriptedProvisioningGateway.Job job = gateway().received().get(0);
    job.succeed();
    ProvisioningRequest succeeded = describe(instance, started.requestId()).get();

    job.fail("late failure");
    job.succeed();
    clock().advance(DEADLINE.multipliedBy(2));

    assertThat(describe(instance, started.requestId())).isEqualTo(Either.right(succeeded));
    assertThat(succeeded.status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(accounts(instance, set, LATEST)).containsExactly(A);
  }

  @Test
  void a_failed_request_never_changes_again_and_a_late_success_provisions_nothing() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest started = provision(instance, set, A).get();
    ScriptedProvisioningGateway.Job job = gateway().received().get(0);
    job.fail("Account is suspended");

    job.succeed();
    job.fail("another reason");

    ProvisioningRequest failed = describe(instance, started.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason()).isEqualTo(Option.some("Account is suspended"));
    assertThat(accounts(instance, set, null)).isEmpty();
  }

  @Test
  void answers_for_unknown_requests_or_for_accounts_outside_the_request_change_nothing() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest started = provision(instance, set, A).get();
    ScriptedProvisioningGateway.Job job = gateway().received().get(0);

    job.callback().succeeded("00000000-0000-4000-8000-00000000dead", AccountId.of(A));
    job.callback().failed("00000000-0000-4000-8000-00000000dead", AccountId.of(A), "nope");
    job.callback().succeeded(started.requestId(), AccountId.of(B));
    job.callback().failed(started.requestId(), AccountId.of(C), "not part of it");

    assertThat(describe(instance, started.requestId())).isEqualTo(Either.right(started));
    assertThat(accounts(instance, set, null)).isEmpty();
    job.succeed();
    assertThat(describe(instance, started.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(accounts(instance, set, null)).containsExactly(A);
  }

  @Test
  void target_type_aws_account_needs_a_target_id() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");

    assertThat(grants().permissionSetProvisioning().provision(Fixtures.provisionToAccount(instance.arn(), set.arn(), A)
        .targetId(null).build())).isEqualTo(Either.left(new GrantsError.TargetIdRequired()));

    assertThat(gateway().received()).isEmpty();
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).build()).get().items()).isEmpty();
  }

  @Test
  void a_missing_target_id_is_a_validation_error_reported_before_the_existence_of_the_instance_or_permission_set() {
    Instance instance = instance();
    PermissionSetArn unknownSet = PermissionSetArn.of(instance.arn(), "ps-000000000000dead");

    assertThat(grants().permissionSetProvisioning().provision(Fixtures.provisionToAccount(UNKNOWN_INSTANCE,
        PermissionSetArn.of(UNKNOWN_INSTANCE, "ps-000000000000dead"), A).targetId(null).build()))
        .isEqualTo(Either.left(new GrantsError.TargetIdRequired()));
    assertThat(grants().permissionSetProvisioning().provision(Fixtures.provisionToAccount(instance.arn(), unknownSet, A)
        .targetId(null).build()))
        .isEqualTo(Either.left(new GrantsError.TargetIdRequired()));
  }

  @Test
  void every_model_violation_of_provision_is_reported_together_in_member_order() {
    assertThat(grants().permissionSetProvisioning().provision(Fixtures.provisionToAccount(UNKNOWN_INSTANCE,
        PermissionSetArn.of(UNKNOWN_INSTANCE, "ps-000000000000dead"), A)
        .instanceArn(null).permissionSetArn("arn:aws:sso:::permissionSet/nope").targetId("12345")
        .targetType("ACCOUNT").build()))
        .isEqualTo(invalid(
            new Violation("instanceArn", null, Constraint.notNull()),
            new Violation("permissionSetArn", "arn:aws:sso:::permissionSet/nope",
                Constraint.pattern(PERMISSION_SET_ARN_PATTERN)),
            new Violation("targetId", "12345", Constraint.minLength(12)),
            new Violation("targetId", "12345", Constraint.pattern("\\d{12}")),
            new Violation("targetType", "ACCOUNT", Constraint.oneOf(TARGET_TYPES))));
    assertThat(grants().permissionSetProvisioning().provision(Fixtures.provisionToAccount(UNKNOWN_INSTANCE,
        PermissionSetArn.of(UNKNOWN_INSTANCE, "ps-000000000000dead"), A).targetType(null).build()))
        .isEqualTo(invalid(new Violation("targetType", null, Constraint.notNull())));
    assertThat(gateway().received()).isEmpty();
  }

  @Test
  void provisioning_in_an_unknown_instance_or_of_an_unknown_or_foreign_permission_set_is_not_found() {
    Instance mine = instance();
    Instance theirs = otherInstance();
    PermissionSet their = theirSet(theirs);
    PermissionSetArn unknownSet = PermissionSetArn.of(mine.arn(), "ps-000000000000dead");

    assertThat(grants().permissionSetProvisioning().provision(Fixtures.provisionToAccount(UNKNOWN_INSTANCE,
        PermissionSetArn.of(UNKNOWN_INSTANCE, "ps-000000000000dead"), A).build()))
        .isEqualTo(Either.left(new GrantsError.InstanceNotFound(UNKNOWN_INSTANCE)));
    assertThat(grants().permissionSetProvisioning().provision(
        Fixtures.provisionToAccount(theirs.arn(), their.arn(), A).build()))
        .isEqualTo(deniedOn(theirs, "sso:ProvisionPermissionSet"));
    assertThat(grants().permissionSetProvisioning().provision(
        Fixtures.provisionToAccount(mine.arn(), unknownSet, A).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(unknownSet)));
    assertThat(grants().permissionSetProvisioning().provision(
        Fixtures.provisionToAccount(mine.arn(), their.arn(), A).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(their.arn())));
    assertThat(grants().permissionSetProvisioning().provision(
        Fixtures.provisionToAllProvisionedAccounts(mine.arn(), their.arn()).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(their.arn())));
    assertThat(gateway().received()).isEmpty();
  }

  // --- ProvisionPermissionSet: every provisioned account ----------------------------------------------

  @Test
  void all_provisioned_accounts_of_a_permission_set_provisioned_nowhere_succeeds_at_once_with_nothing_to_do() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");

    ProvisioningRequest done = provisionAll(instance, set).get();

    assertThat(done.status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(done.account()).isNull();
    assertThat(done.failureReason()).isEqualTo(Option.none());
    assertThat(gateway().received()).isEmpty();
    assertThat(describe(instance, done.requestId())).isEqualTo(Either.right(done));
    assertThat(provision(instance, set, A).get().status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
  }

  @Test
  void all_provisioned_accounts_fans_out_the_current_definition_under_one_request_without_an_account() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provisioned(instance, set, C, A, B);
    PermissionSet changed = putInlinePolicy(instance, set);

    ProvisioningRequest fanOut = provisionAll(instance, set).get();

    assertThat(fanOut.status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(fanOut.account()).isNull();
    assertThat(fanOut.permissionSet()).isEqualTo(set.arn());
    assertThat(gateway().receivedFor(fanOut.requestId())).extracting(ScriptedProvisioningGateway.Job::work)
        .containsExactly(new ProvisioningWork(fanOut.requestId(), changed, AccountId.of(C)),
            new ProvisioningWork(fanOut.requestId(), changed, AccountId.of(A)),
            new ProvisioningWork(fanOut.requestId(), changed, AccountId.of(B)));
    assertThat(describe(instance, fanOut.requestId())).isEqualTo(Either.right(fanOut));
  }

  @Test
  void a_fan_out_succeeds_only_once_every_account_succeeded() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provisioned(instance, set, A, B, C);
    ProvisioningRequest fanOut = provisionAll(instance, set).get();

    gateway().succeed(A);
    gateway().succeed(B);
    assertThat(describe(instance, fanOut.requestId()).get().status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    gateway().succeed(C);

    ProvisioningRequest done = describe(instance, fanOut.requestId()).get();
    assertThat(done.status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(done.account()).isNull();
  }

  @Test
  void a_fan_out_fails_if_any_account_fails_with_a_reason_naming_every_failed_account() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provisioned(instance, set, A, B, C);
    putInlinePolicy(instance, set);
    ProvisioningRequest fanOut = provisionAll(instance, set).get();

    gateway().fail(B, "Quota exceeded");
    assertThat(describe(instance, fanOut.requestId()).get().status())
        .as("still in progress while other accounts are pending").isEqualTo(ProvisioningStatus.IN_PROGRESS);
    gateway().succeed(A);
    gateway().fail(C, "Account is suspended");

    ProvisioningRequest failed = describe(instance, fanOut.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.account()).isNull();
    assertThat(failed.failureReason().get()).as("the failed accounts in the order they answered")
        .isEqualTo("Provisioning failed for accounts " + B + " (Quota exceeded), " + C + " (Account is suspended)");
    assertThat(accounts(instance, set, LATEST)).containsExactly(A);
    assertThat(accounts(instance, set, NOT_LATEST)).containsExactly(B, C);
  }

  @Test
  void a_fan_out_with_one_failed_account_names_it() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provisioned(instance, set, A);
    ProvisioningRequest fanOut = provisionAll(instance, set).get();

    gateway().fail(A, "Quota exceeded");

    ProvisioningRequest failed = describe(instance, fanOut.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason().get()).isEqualTo("Provisioning failed for account " + A + " (Quota exceeded)");
  }
}
