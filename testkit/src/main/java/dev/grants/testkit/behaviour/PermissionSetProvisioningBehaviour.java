package dev.grants.testkit.behaviour;

import static dev.grants.testkit.behaviour.PermissionSetsBehaviour.FORGED_TOKEN;
import static dev.grants.testkit.behaviour.PermissionSetsBehaviour.INSTANCE_ARN_PATTERN;
import static dev.grants.testkit.behaviour.PermissionSetsBehaviour.PERMISSION_SET_ARN_PATTERN;
import static dev.grants.testkit.behaviour.PermissionSetsBehaviour.TOKEN_PATTERN;
import static dev.grants.testkit.behaviour.PermissionSetsBehaviour.UNKNOWN_INSTANCE;
import static dev.grants.testkit.behaviour.PermissionSetsBehaviour.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.ListAccountsForProvisionedPermissionSetCommand;
import dev.grants.ports.in.ListPermissionSetProvisioningStatusCommand;
import dev.grants.ports.in.ListPermissionSetsProvisionedToAccountCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.ProvisioningRecovery;
import dev.grants.ports.out.ProvisioningWork;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Concurrently;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.ScriptedProvisioningGateway;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link dev.grants.ports.in.PermissionSetProvisioning}: every provisioning row and rule of
 * CONTRACT.md section C (ProvisionPermissionSet, DescribePermissionSetProvisioningStatus,
 * ListPermissionSetProvisioningStatus, ListAccountsForProvisionedPermissionSet,
 * ListPermissionSetsProvisionedToAccount), the deadline, staleness and its repair, page tokens, and recovery
 * after a restart, refusals compared as {@link GrantsError} values with their fields, for any wiring:
 *
 * <pre>{@code
 * class MyWiringPermissionSetProvisioningTest extends PermissionSetProvisioningBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
 *       ProvisioningGateway gateway, Duration deadline) { ... }
 *
 *   @Override
 *   protected Grants restartGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
 *       ProvisioningGateway gateway, Duration deadline) { ... } // the same stores
 * }
 * }</pre>
 *
 * <p>Each test starts with no instance; the suite's {@link ScriptedProvisioningGateway} holds every work until
 * the test answers it, and the wiring's deadline is {@link #DEADLINE}.
 */
public abstract class PermissionSetProvisioningBehaviour extends ProvisioningWiringBehaviour {
  private static final String UUID_FORM = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  private static final String UUID_PATTERN =
      "\\b[0-9a-f]{8}\\b-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-\\b[0-9a-f]{12}\\b";
  private static final String A = Fixtures.ACCOUNT_A;
  private static final String B = Fixtures.ACCOUNT_B;
  private static final String C = Fixtures.ACCOUNT_C;
  private static final String LATEST = "LATEST_PERMISSION_SET_PROVISIONED";
  private static final String NOT_LATEST = "LATEST_PERMISSION_SET_NOT_PROVISIONED";
  private static final List<String> PROVISIONING_STATUSES = List.of(LATEST, NOT_LATEST);
  private static final List<String> TARGET_TYPES = List.of("AWS_ACCOUNT", "ALL_PROVISIONED_ACCOUNTS");
  private static final List<String> STATUSES = List.of("IN_PROGRESS", "FAILED", "SUCCEEDED");
  private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  /** Creates the suite. */
  protected PermissionSetProvisioningBehaviour() {}

  // --- ProvisionPermissionSet: one account ------------------------------------------------------------

  @Test
  void provisioning_to_an_account_answers_in_progress_and_hands_the_work_to_the_gateway() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");

    ProvisioningRequest started = provision(instance, set, A).get();

    assertThat(started.status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(started.requestId()).matches(UUID_FORM);
    assertThat(started.account()).isEqualTo(AccountId.of(A));
    assertThat(started.permissionSet()).isEqualTo(set.arn());
    assertThat(started.instance()).isEqualTo(instance.arn());
    assertThat(started.createdDate()).isEqualTo(Instant.parse(START));
    assertThat(started.failureReason()).isEqualTo(Option.none());
    assertThat(gateway.received()).extracting(ScriptedProvisioningGateway.Job::work)
        .containsExactly(new ProvisioningWork(started.requestId(), set, AccountId.of(A)));
    assertThat(describe(instance, started.requestId())).isEqualTo(Either.right(started));
  }

  @Test
  void each_request_has_its_own_id() {
    gateway.answerAtOnce();
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    Set<String> requestIds = new HashSet<>();

    for (String account : List.of(A, B, C, A)) {
      requestIds.add(provision(instance, set, account).get().requestId());
    }
    requestIds.add(provisionAll(instance, set).get().requestId());

    assertThat(requestIds).hasSize(5).allSatisfy(id -> assertThat(id).matches(UUID_FORM));
  }

  @Test
  void the_request_moves_to_succeeded_when_the_gateway_answers_success() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest started = provision(instance, set, A).get();

    assertThat(gateway.succeed(A)).isEqualTo(1);

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

    gateway.fail(A, "Account 111122223333 is suspended");

    ProvisioningRequest failed = describe(instance, started.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason()).isEqualTo(Option.some("Account 111122223333 is suspended"));
    assertThat(accounts(instance, set, null)).isEmpty();
    assertThat(setsOf(instance, A, null)).isEmpty();
  }

  @Test
  void a_request_the_gateway_finished_at_once_is_answered_already_terminal() {
    gateway.answerAtOnce().failAtOnce(B, "Quota exceeded");
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
    ScriptedProvisioningGateway.Job job = gateway.received().get(0);
    job.succeed();
    ProvisioningRequest succeeded = describe(instance, started.requestId()).get();

    job.fail("late failure");
    job.succeed();
    clock.advance(DEADLINE.multipliedBy(2));

    assertThat(describe(instance, started.requestId())).isEqualTo(Either.right(succeeded));
    assertThat(succeeded.status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(accounts(instance, set, LATEST)).containsExactly(A);
  }

  @Test
  void a_failed_request_never_changes_again_and_a_late_success_provisions_nothing() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest started = provision(instance, set, A).get();
    ScriptedProvisioningGateway.Job job = gateway.received().get(0);
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
    ScriptedProvisioningGateway.Job job = gateway.received().get(0);

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

    assertThat(grants.permissionSetProvisioning().provision(Fixtures.provisionToAccount(instance.arn(), set.arn(), A)
        .targetId(null).build())).isEqualTo(Either.left(new GrantsError.TargetIdRequired()));

    assertThat(gateway.received()).isEmpty();
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).build()).get().items()).isEmpty();
  }

  @Test
  void a_missing_target_id_is_a_validation_error_reported_before_the_existence_of_the_instance_or_permission_set() {
    Instance instance = instance();
    PermissionSetArn unknownSet = PermissionSetArn.of(instance.arn(), "ps-000000000000dead");

    assertThat(grants.permissionSetProvisioning().provision(Fixtures.provisionToAccount(UNKNOWN_INSTANCE,
        PermissionSetArn.of(UNKNOWN_INSTANCE, "ps-000000000000dead"), A).targetId(null).build()))
        .isEqualTo(Either.left(new GrantsError.TargetIdRequired()));
    assertThat(grants.permissionSetProvisioning().provision(Fixtures.provisionToAccount(instance.arn(), unknownSet, A)
        .targetId(null).build()))
        .isEqualTo(Either.left(new GrantsError.TargetIdRequired()));
  }

  @Test
  void every_model_violation_of_provision_is_reported_together_in_member_order() {
    assertThat(grants.permissionSetProvisioning().provision(Fixtures.provisionToAccount(UNKNOWN_INSTANCE,
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
    assertThat(grants.permissionSetProvisioning().provision(Fixtures.provisionToAccount(UNKNOWN_INSTANCE,
        PermissionSetArn.of(UNKNOWN_INSTANCE, "ps-000000000000dead"), A).targetType(null).build()))
        .isEqualTo(invalid(new Violation("targetType", null, Constraint.notNull())));
    assertThat(gateway.received()).isEmpty();
  }

  @Test
  void provisioning_in_an_unknown_instance_or_of_an_unknown_or_foreign_permission_set_is_not_found() {
    Instance mine = instance();
    Instance theirs = otherInstance();
    PermissionSet their = grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(theirs.arn())
        .context(Fixtures.otherContext()).build()).get();
    PermissionSetArn unknownSet = PermissionSetArn.of(mine.arn(), "ps-000000000000dead");

    assertThat(grants.permissionSetProvisioning().provision(Fixtures.provisionToAccount(UNKNOWN_INSTANCE,
        PermissionSetArn.of(UNKNOWN_INSTANCE, "ps-000000000000dead"), A).build()))
        .isEqualTo(Either.left(new GrantsError.InstanceNotFound(UNKNOWN_INSTANCE)));
    assertThat(grants.permissionSetProvisioning().provision(
        Fixtures.provisionToAccount(theirs.arn(), their.arn(), A).build()))
        .isEqualTo(deniedOn(theirs, "sso:ProvisionPermissionSet"));
    assertThat(grants.permissionSetProvisioning().provision(
        Fixtures.provisionToAccount(mine.arn(), unknownSet, A).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(unknownSet)));
    assertThat(grants.permissionSetProvisioning().provision(
        Fixtures.provisionToAccount(mine.arn(), their.arn(), A).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(their.arn())));
    assertThat(grants.permissionSetProvisioning().provision(
        Fixtures.provisionToAllProvisionedAccounts(mine.arn(), their.arn()).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(their.arn())));
    assertThat(gateway.received()).isEmpty();
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
    assertThat(gateway.received()).isEmpty();
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
    assertThat(gateway.receivedFor(fanOut.requestId())).extracting(ScriptedProvisioningGateway.Job::work)
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

    gateway.succeed(A);
    gateway.succeed(B);
    assertThat(describe(instance, fanOut.requestId()).get().status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    gateway.succeed(C);

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

    gateway.fail(B, "Quota exceeded");
    assertThat(describe(instance, fanOut.requestId()).get().status())
        .as("still in progress while other accounts are pending").isEqualTo(ProvisioningStatus.IN_PROGRESS);
    gateway.succeed(A);
    gateway.fail(C, "Account is suspended");

    ProvisioningRequest failed = describe(instance, fanOut.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.account()).isNull();
    assertThat(failed.failureReason().get())
        .contains(B, "Quota exceeded", C, "Account is suspended").doesNotContain(A);
    assertThat(accounts(instance, set, LATEST)).containsExactly(A);
    assertThat(accounts(instance, set, NOT_LATEST)).containsExactly(B, C);
  }

  @Test
  void a_fan_out_with_one_failed_account_names_it() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provisioned(instance, set, A);
    ProvisioningRequest fanOut = provisionAll(instance, set).get();

    gateway.fail(A, "Quota exceeded");

    ProvisioningRequest failed = describe(instance, fanOut.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason().get()).contains(A, "Quota exceeded");
  }

  // --- conflicts --------------------------------------------------------------------------------------

  @Test
  void while_a_provisioning_is_in_progress_any_other_of_the_same_permission_set_conflicts_with_it() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();
    GrantsError conflict = new GrantsError.ProvisioningInProgress(set.arn(), running.requestId());

    assertThat(provision(instance, set, A)).isEqualTo(Either.left(conflict));
    assertThat(provision(instance, set, B)).isEqualTo(Either.left(conflict));
    assertThat(provisionAll(instance, set)).isEqualTo(Either.left(conflict));

    assertThat(gateway.received()).hasSize(1);
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).build()).get().items())
        .containsExactly(running);
  }

  @Test
  void a_fan_out_in_progress_conflicts_with_any_other_provisioning_of_the_permission_set() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provisioned(instance, set, A, B);
    ProvisioningRequest fanOut = provisionAll(instance, set).get();
    gateway.succeed(A);
    GrantsError conflict = new GrantsError.ProvisioningInProgress(set.arn(), fanOut.requestId());

    assertThat(provision(instance, set, C)).isEqualTo(Either.left(conflict));
    assertThat(provisionAll(instance, set)).isEqualTo(Either.left(conflict));
  }

  @Test
  void even_a_fan_out_with_nothing_to_do_conflicts_while_a_provisioning_is_in_progress() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();

    assertThat(provisionAll(instance, set))
        .isEqualTo(Either.left(new GrantsError.ProvisioningInProgress(set.arn(), running.requestId())));
  }

  @Test
  void other_permission_sets_are_provisioned_while_one_is_in_progress() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    PermissionSet other = set(instance, "Admin");
    provision(instance, set, A);

    ProvisioningRequest meanwhile = provision(instance, other, A).get();

    assertThat(meanwhile.status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(gateway.received()).hasSize(2);
  }

  @Test
  void once_the_request_in_progress_ended_the_next_provisioning_starts() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provision(instance, set, A);
    gateway.succeed(A);

    ProvisioningRequest second = provision(instance, set, B).get();
    assertThat(second.status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    gateway.fail(B, "Quota exceeded");

    ProvisioningRequest third = provisionAll(instance, set).get();
    assertThat(third.status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(gateway.receivedFor(third.requestId())).extracting(ScriptedProvisioningGateway.Job::account)
        .containsExactly(A);
  }

  @Test
  void of_concurrent_provisionings_of_one_permission_set_exactly_one_starts_and_the_others_name_it() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provisioned(instance, set, A); // so that a fan-out has work to do, and stays in progress
    String before = listStatus(Fixtures.listProvisioningStatus(instance.arn()).build()).get().items().get(0)
        .requestId();
    int callers = 16;

    List<Either<GrantsError, ProvisioningRequest>> outcomes = Concurrently.run(callers, Duration.ofSeconds(30),
        caller -> () -> caller % 4 == 0
            ? provisionAll(instance, set)
            : provision(instance, set, String.format("9%011d", caller)));

    List<ProvisioningRequest> started = outcomes.stream().filter(Either::isRight).map(Either::get).toList();
    assertThat(started).hasSize(1);
    ProvisioningRequest winner = started.get(0);
    assertThat(outcomes.stream().filter(Either::isLeft).map(Either::getLeft).toList())
        .hasSize(callers - 1)
        .containsOnly(new GrantsError.ProvisioningInProgress(set.arn(), winner.requestId()));
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).build()).get().items())
        .extracting(ProvisioningRequest::requestId).containsExactly(before, winner.requestId());
  }

  // --- the deadline -----------------------------------------------------------------------------------

  @Test
  void a_request_without_an_answer_is_in_progress_until_its_deadline() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();

    clock.advance(DEADLINE.minusMillis(1));

    assertThat(describe(instance, running.requestId()).get().status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(provision(instance, set, B))
        .isEqualTo(Either.left(new GrantsError.ProvisioningInProgress(set.arn(), running.requestId())));
  }

  @Test
  void at_its_deadline_describe_shows_the_request_failed_with_a_reason_naming_the_account() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();

    clock.advance(DEADLINE);

    ProvisioningRequest failed = describe(instance, running.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason().get()).contains(A);
    assertThat(failed.createdDate()).isEqualTo(running.createdDate());
    assertThat(failed.account()).isEqualTo(AccountId.of(A));
  }

  @Test
  void past_its_deadline_the_list_shows_the_request_failed_without_anyone_describing_it_first() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();

    clock.advance(DEADLINE.plusSeconds(1));

    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).build()).get().items())
        .extracting(ProvisioningRequest::requestId, ProvisioningRequest::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(running.requestId(), ProvisioningStatus.FAILED));
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).filterStatus("IN_PROGRESS").build()).get()
        .items()).isEmpty();
  }

  @Test
  void past_its_deadline_the_in_progress_filter_no_longer_finds_the_request() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();

    clock.advance(DEADLINE.plusSeconds(1));

    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).filterStatus("IN_PROGRESS").build()).get()
        .items()).isEmpty();
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).filterStatus("FAILED").build()).get()
        .items()).extracting(ProvisioningRequest::requestId).containsExactly(running.requestId());
  }

  @Test
  void past_its_deadline_a_new_provisioning_is_allowed_without_anyone_looking_first() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();

    clock.advance(DEADLINE);

    ProvisioningRequest next = provision(instance, set, A).get();
    assertThat(next.status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(next.requestId()).isNotEqualTo(running.requestId());
    assertThat(describe(instance, running.requestId()).get().status()).isEqualTo(ProvisioningStatus.FAILED);
  }

  @Test
  void an_answer_after_the_deadline_is_ignored_and_provisions_nothing() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();
    clock.advance(DEADLINE);

    gateway.succeed(A);

    assertThat(describe(instance, running.requestId()).get().status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(accounts(instance, set, null)).isEmpty();
  }

  @Test
  void a_fan_out_past_its_deadline_fails_naming_the_accounts_without_an_answer_and_keeps_what_succeeded() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provisioned(instance, set, A, B, C);
    putInlinePolicy(instance, set);
    ProvisioningRequest fanOut = provisionAll(instance, set).get();
    gateway.succeed(A);

    clock.advance(DEADLINE);

    ProvisioningRequest failed = describe(instance, fanOut.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason().get()).contains(B, C).doesNotContain(A);
    assertThat(accounts(instance, set, LATEST)).containsExactly(A);
    assertThat(accounts(instance, set, NOT_LATEST)).containsExactly(B, C);
  }

  @Test
  void a_gateway_that_refuses_the_work_fails_the_request_and_the_next_provisioning_is_allowed() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    gateway.refuse();

    ProvisioningRequest refused = provision(instance, set, A).get();

    assertThat(refused.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(refused.failureReason().get()).isNotEmpty();
    assertThat(accounts(instance, set, null)).isEmpty();
    gateway.answerAtOnce();
    assertThat(provision(instance, set, A).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
  }

  // --- staleness --------------------------------------------------------------------------------------

  @Test
  void a_new_definition_makes_every_account_stale_and_all_provisioned_accounts_repairs_them() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provisioned(instance, set, A, B);

    PermissionSet changed = putInlinePolicy(instance, set);

    assertThat(accounts(instance, set, LATEST)).isEmpty();
    assertThat(accounts(instance, set, NOT_LATEST)).containsExactly(A, B);
    assertThat(setsOf(instance, A, NOT_LATEST)).containsExactly(set.arn().toString());
    assertThat(setsOf(instance, A, LATEST)).isEmpty();

    ProvisioningRequest repair = provisionAll(instance, set).get();
    assertThat(gateway.receivedFor(repair.requestId()))
        .allSatisfy(job -> assertThat(job.work().permissionSet()).isEqualTo(changed));
    assertThat(accounts(instance, set, NOT_LATEST)).as("stale until provisioned again").containsExactly(A, B);
    gateway.succeedAll();

    assertThat(describe(instance, repair.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(accounts(instance, set, LATEST)).containsExactly(A, B);
    assertThat(accounts(instance, set, NOT_LATEST)).isEmpty();
    assertThat(setsOf(instance, B, LATEST)).containsExactly(set.arn().toString());
  }

  @Test
  void provisioning_one_account_again_repairs_only_that_account() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provisioned(instance, set, A, B);
    putInlinePolicy(instance, set);

    provisioned(instance, set, B);

    assertThat(accounts(instance, set, LATEST)).containsExactly(B);
    assertThat(accounts(instance, set, NOT_LATEST)).containsExactly(A);
  }

  @Test
  void a_provisioning_started_before_a_definition_change_leaves_its_account_stale() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();
    putInlinePolicy(instance, set);

    gateway.succeed(A);

    assertThat(describe(instance, running.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(accounts(instance, set, NOT_LATEST)).containsExactly(A);
    assertThat(accounts(instance, set, LATEST)).isEmpty();
  }

  // --- ListAccountsForProvisionedPermissionSet and ListPermissionSetsProvisionedToAccount ---------------

  @Test
  void each_account_is_listed_once_in_order_of_first_provisioning() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");

    provisioned(instance, set, B, A, B, C, A);

    assertThat(accounts(instance, set, null)).containsExactly(B, A, C);
    assertThat(accounts(instance, set, LATEST)).containsExactly(B, A, C);
    assertThat(accounts(instance, set, NOT_LATEST)).isEmpty();
  }

  @Test
  void a_permission_set_provisioned_nowhere_lists_no_account() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provision(instance, set, A);

    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set.arn()).build()))
        .isEqualTo(Either.right(new Page<>(List.of(), null)));
  }

  @Test
  void each_permission_set_of_an_account_is_listed_once_with_the_filter() {
    Instance instance = instance();
    PermissionSet readOnly = set(instance, "ReadOnly");
    PermissionSet admin = set(instance, "Admin");
    PermissionSet unused = set(instance, "Unused");
    provisioned(instance, readOnly, A, A);
    provisioned(instance, admin, A, B);
    putInlinePolicy(instance, readOnly);

    assertThat(setsOf(instance, A, null)).containsExactly(readOnly.arn().toString(), admin.arn().toString());
    assertThat(setsOf(instance, A, LATEST)).containsExactly(admin.arn().toString());
    assertThat(setsOf(instance, A, NOT_LATEST)).containsExactly(readOnly.arn().toString());
    assertThat(setsOf(instance, B, null)).containsExactly(admin.arn().toString());
    assertThat(setsOf(instance, C, null)).isEmpty();
    assertThat(setsOf(instance, A, null)).doesNotContain(unused.arn().toString());
  }

  @Test
  void another_accounts_permission_sets_are_not_listed_for_an_account() {
    gateway.answerAtOnce();
    Instance mine = instance();
    Instance theirs = otherInstance();
    PermissionSet their = grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(theirs.arn())
        .context(Fixtures.otherContext()).build()).get();
    assertThat(grants.permissionSetProvisioning().provision(Fixtures.provisionToAccount(theirs.arn(), their.arn(), A)
        .context(Fixtures.otherContext()).build()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);

    assertThat(setsOf(mine, A, null)).isEmpty();
    assertThat(listSets(Fixtures.listPermissionSetsProvisionedToAccount(theirs.arn(), A).build()))
        .isEqualTo(deniedOn(theirs, "sso:ListPermissionSetsProvisionedToAccount"));
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(theirs.arn(), their.arn()).build()))
        .isEqualTo(deniedOn(theirs, "sso:ListAccountsForProvisionedPermissionSet"));
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(mine.arn(), their.arn()).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(their.arn())));
  }

  @Test
  void the_account_listings_report_every_model_violation() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");

    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set.arn())
        .provisioningStatus("LATEST").maxResults(0).nextToken("#").build()))
        .isEqualTo(invalid(new Violation("provisioningStatus", "LATEST", Constraint.oneOf(PROVISIONING_STATUSES)),
            new Violation("maxResults", "0", Constraint.minValue(1)),
            new Violation("nextToken", "#", Constraint.pattern(TOKEN_PATTERN))));
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set.arn())
        .instanceArn("arn:aws:sso:::instance/x").permissionSetArn(null).maxResults(101).build()))
        .isEqualTo(invalid(new Violation("instanceArn", "arn:aws:sso:::instance/x",
                Constraint.pattern(INSTANCE_ARN_PATTERN)),
            new Violation("permissionSetArn", null, Constraint.notNull()),
            new Violation("maxResults", "101", Constraint.maxValue(100))));
    assertThat(listSets(Fixtures.listPermissionSetsProvisionedToAccount(instance.arn(), "123")
        .provisioningStatus("latest").maxResults(101).build()))
        .isEqualTo(invalid(new Violation("accountId", "123", Constraint.minLength(12)),
            new Violation("accountId", "123", Constraint.pattern("\\d{12}")),
            new Violation("provisioningStatus", "latest", Constraint.oneOf(PROVISIONING_STATUSES)),
            new Violation("maxResults", "101", Constraint.maxValue(100))));
    assertThat(listSets(Fixtures.listPermissionSetsProvisionedToAccount(instance.arn(), A).instanceArn(null)
        .accountId(null).build()))
        .isEqualTo(invalid(new Violation("instanceArn", null, Constraint.notNull()),
            new Violation("accountId", null, Constraint.notNull())));
  }

  @Test
  void the_account_listings_of_an_unknown_instance_or_permission_set_are_not_found() {
    Instance instance = instance();
    PermissionSetArn unknownSet = PermissionSetArn.of(instance.arn(), "ps-000000000000dead");

    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), unknownSet).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(unknownSet)));
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(UNKNOWN_INSTANCE,
        PermissionSetArn.of(UNKNOWN_INSTANCE, "ps-000000000000dead")).build()))
        .isEqualTo(Either.left(new GrantsError.InstanceNotFound(UNKNOWN_INSTANCE)));
    assertThat(listSets(Fixtures.listPermissionSetsProvisionedToAccount(UNKNOWN_INSTANCE, A).build()))
        .isEqualTo(Either.left(new GrantsError.InstanceNotFound(UNKNOWN_INSTANCE)));
  }

  @Test
  void the_accounts_of_a_permission_set_are_paginated_with_tokens() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    List<String> all = List.of(A, B, C, "100000000001", "100000000002");
    provisioned(instance, set, all.toArray(String[]::new));

    List<Page<String>> pages = pages(token -> listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(
        instance.arn(), set.arn()).maxResults(2).nextToken(token).build()).get());

    assertThat(pages).extracting(page -> page.items().size()).containsExactly(2, 2, 1);
    assertThat(pages.stream().flatMap(page -> page.items().stream()).toList()).isEqualTo(all);
    assertThat(pages.get(2).nextToken()).isNull();
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set.arn()).maxResults(5)
        .build()).get()).isEqualTo(new Page<>(all, null));
  }

  @Test
  void the_permission_sets_of_an_account_are_paginated_with_tokens() {
    gateway.answerAtOnce();
    Instance instance = instance();
    List<String> all = new ArrayList<>();
    for (String name : List.of("One", "Two", "Three")) {
      PermissionSet set = set(instance, name);
      provision(instance, set, A);
      all.add(set.arn().toString());
    }

    List<Page<String>> pages = pages(token -> listSets(Fixtures.listPermissionSetsProvisionedToAccount(
        instance.arn(), A).maxResults(1).nextToken(token).build()).get());

    assertThat(pages).extracting(page -> page.items().size()).containsExactly(1, 1, 1);
    assertThat(pages.stream().flatMap(page -> page.items().stream()).toList()).isEqualTo(all);
  }

  // --- ListPermissionSetProvisioningStatus ------------------------------------------------------------

  @Test
  void provisioning_requests_are_listed_oldest_first_and_filtered_by_status() {
    Instance instance = instance();
    PermissionSet readOnly = set(instance, "ReadOnly");
    PermissionSet admin = set(instance, "Admin");
    ProvisioningRequest first = provision(instance, readOnly, A).get();
    gateway.succeed(A);
    clock.advance(Duration.ofSeconds(1));
    ProvisioningRequest second = provision(instance, admin, A).get();
    gateway.fail(A, "Quota exceeded");
    clock.advance(Duration.ofSeconds(1));
    ProvisioningRequest third = provision(instance, readOnly, B).get();

    List<ProvisioningRequest> listed = listStatus(Fixtures.listProvisioningStatus(instance.arn()).build()).get().items();

    assertThat(listed).extracting(ProvisioningRequest::requestId)
        .containsExactly(first.requestId(), second.requestId(), third.requestId());
    assertThat(listed).extracting(ProvisioningRequest::status)
        .containsExactly(ProvisioningStatus.SUCCEEDED, ProvisioningStatus.FAILED, ProvisioningStatus.IN_PROGRESS);
    assertThat(listed).extracting(ProvisioningRequest::createdDate).containsExactly(Instant.parse(START),
        Instant.parse(START).plusSeconds(1), Instant.parse(START).plusSeconds(2));
    assertThat(filtered(instance, "SUCCEEDED")).containsExactly(first.requestId());
    assertThat(filtered(instance, "FAILED")).containsExactly(second.requestId());
    assertThat(filtered(instance, "IN_PROGRESS")).containsExactly(third.requestId());
  }

  @Test
  void an_instance_lists_only_its_own_provisioning_requests() {
    gateway.answerAtOnce();
    Instance mine = instance();
    Instance theirs = otherInstance();
    PermissionSet their = grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(theirs.arn())
        .context(Fixtures.otherContext()).build()).get();
    ProvisioningRequest theirRequest = grants.permissionSetProvisioning().provision(Fixtures.provisionToAccount(
        theirs.arn(), their.arn(), A).context(Fixtures.otherContext()).build()).get();

    assertThat(listStatus(Fixtures.listProvisioningStatus(mine.arn()).build()))
        .isEqualTo(Either.right(new Page<>(List.of(), null)));
    assertThat(listStatus(Fixtures.listProvisioningStatus(theirs.arn()).build()))
        .isEqualTo(deniedOn(theirs, "sso:ListPermissionSetProvisioningStatus"));
    assertThat(describe(theirs, theirRequest.requestId()))
        .isEqualTo(deniedOn(theirs, "sso:DescribePermissionSetProvisioningStatus"));
    assertThat(describe(mine, theirRequest.requestId()))
        .isEqualTo(Either.left(new GrantsError.ProvisioningRequestNotFound(mine.arn(), theirRequest.requestId())));
  }

  @Test
  void the_status_listing_reports_every_model_violation() {
    Instance instance = instance();

    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(0).filterStatus("DONE").build()))
        .isEqualTo(invalid(new Violation("maxResults", "0", Constraint.minValue(1)),
            new Violation("filter.status", "DONE", Constraint.oneOf(STATUSES))));
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).instanceArn(null).maxResults(101)
        .nextToken("a b").build()))
        .isEqualTo(invalid(new Violation("instanceArn", null, Constraint.notNull()),
            new Violation("maxResults", "101", Constraint.maxValue(100)),
            new Violation("nextToken", "a b", Constraint.pattern(TOKEN_PATTERN))));
    assertThat(listStatus(Fixtures.listProvisioningStatus(UNKNOWN_INSTANCE).build()))
        .isEqualTo(Either.left(new GrantsError.InstanceNotFound(UNKNOWN_INSTANCE)));
  }

  @Test
  void max_results_one_and_one_hundred_are_accepted_and_one_hundred_is_the_default() {
    gateway.answerAtOnce();
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    for (int i = 0; i < 101; i++) {
      provision(instance, set, String.format("1%011d", i));
    }

    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).build()).get().items())
        .hasSize(1);
    Page<ProvisioningRequest> hundred = listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(100)
        .build()).get();
    assertThat(hundred.items()).hasSize(100);
    assertThat(hundred.nextToken()).isNotNull();
    Page<ProvisioningRequest> byDefault = listStatus(Fixtures.listProvisioningStatus(instance.arn()).build()).get();
    assertThat(byDefault.items()).isEqualTo(hundred.items());
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).nextToken(byDefault.nextToken()).build())
        .get().items()).hasSize(1);
  }

  @Test
  void provisioning_requests_are_paginated_with_tokens_and_the_filter() {
    Instance instance = instance();
    List<String> failedIds = new ArrayList<>();
    List<String> allIds = new ArrayList<>();
    PermissionSet set = set(instance, "ReadOnly");
    for (int i = 0; i < 5; i++) {
      ProvisioningRequest request = provision(instance, set, A).get();
      allIds.add(request.requestId());
      if (i % 2 == 0) {
        gateway.fail(A, "Quota exceeded");
        failedIds.add(request.requestId());
      } else {
        gateway.succeed(A);
      }
    }

    List<Page<ProvisioningRequest>> pages = pages(token -> listStatus(Fixtures.listProvisioningStatus(instance.arn())
        .maxResults(2).nextToken(token).build()).get());
    List<Page<ProvisioningRequest>> failedPages = pages(token -> listStatus(
        Fixtures.listProvisioningStatus(instance.arn()).filterStatus("FAILED").maxResults(2).nextToken(token).build())
        .get());

    assertThat(pages).extracting(page -> page.items().size()).containsExactly(2, 2, 1);
    assertThat(pages.stream().flatMap(page -> page.items().stream()).map(ProvisioningRequest::requestId).toList())
        .isEqualTo(allIds);
    assertThat(failedPages).extracting(page -> page.items().size()).containsExactly(2, 1);
    assertThat(failedPages.stream().flatMap(page -> page.items().stream()).map(ProvisioningRequest::requestId)
        .toList()).isEqualTo(failedIds);
  }

  // --- page tokens ------------------------------------------------------------------------------------

  @Test
  void a_forged_page_token_is_refused_by_every_listing() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    GrantsError refused = new GrantsError.InvalidPageToken(FORGED_TOKEN);

    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).nextToken(FORGED_TOKEN).build()))
        .isEqualTo(Either.left(refused));
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set.arn())
        .nextToken(FORGED_TOKEN).build())).isEqualTo(Either.left(refused));
    assertThat(listSets(Fixtures.listPermissionSetsProvisionedToAccount(instance.arn(), A).nextToken(FORGED_TOKEN)
        .build())).isEqualTo(Either.left(refused));
    for (String forged : List.of("AAAA", "bm90LWEtdG9rZW4", "A".repeat(2048))) {
      assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).nextToken(forged).build()))
          .as(forged).isEqualTo(Either.left(new GrantsError.InvalidPageToken(forged)));
    }
  }

  @Test
  void a_page_token_altered_in_any_one_character_is_refused() {
    Instance instance = instance();
    String token = requestsOverTwoPages(instance);
    List<String> accepted = new ArrayList<>();

    for (int position = 0; position < token.length(); position++) {
      for (char replacement : BASE64URL.toCharArray()) {
        if (replacement == token.charAt(position)) {
          continue;
        }
        String altered = token.substring(0, position) + replacement + token.substring(position + 1);
        Either<GrantsError, Page<ProvisioningRequest>> outcome =
            listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).nextToken(altered).build());
        if (!outcome.equals(Either.left(new GrantsError.InvalidPageToken(altered)))) {
          accepted.add(altered);
        }
      }
    }

    assertThat(accepted).as("altered tokens accepted instead of %s", token).isEmpty();
  }

  @Test
  void a_page_token_with_anything_added_or_removed_is_refused() {
    Instance instance = instance();
    String token = requestsOverTwoPages(instance);

    for (String altered : List.of(token + "=", token + "==", token + "A", token.substring(1),
        token.substring(0, token.length() - 1), "=" + token)) {
      assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).nextToken(altered).build()))
          .as(altered).isEqualTo(Either.left(new GrantsError.InvalidPageToken(altered)));
    }
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).nextToken(token).build())
        .isRight()).isTrue();
  }

  @Test
  void a_page_token_of_another_listing_is_refused() {
    gateway.answerAtOnce();
    Instance instance = instance();
    PermissionSet readOnly = set(instance, "ReadOnly");
    PermissionSet admin = set(instance, "Admin");
    provision(instance, readOnly, A);
    provision(instance, readOnly, B);
    provision(instance, admin, A);
    provision(instance, admin, B);
    String statusToken = listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).build()).get()
        .nextToken();
    String succeededToken = listStatus(Fixtures.listProvisioningStatus(instance.arn()).filterStatus("SUCCEEDED")
        .maxResults(1).build()).get().nextToken();
    String accountsToken = listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(),
        readOnly.arn()).maxResults(1).build()).get().nextToken();
    String setsToken = listSets(Fixtures.listPermissionSetsProvisionedToAccount(instance.arn(), A).maxResults(1)
        .build()).get().nextToken();
    assertThat(List.of(statusToken, succeededToken, accountsToken, setsToken)).doesNotContainNull();

    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).nextToken(accountsToken)
        .build())).isEqualTo(Either.left(new GrantsError.InvalidPageToken(accountsToken)));
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).nextToken(succeededToken)
        .build())).isEqualTo(Either.left(new GrantsError.InvalidPageToken(succeededToken)));
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).filterStatus("FAILED").maxResults(1)
        .nextToken(statusToken).build())).isEqualTo(Either.left(new GrantsError.InvalidPageToken(statusToken)));
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), admin.arn())
        .maxResults(1).nextToken(accountsToken).build()))
        .isEqualTo(Either.left(new GrantsError.InvalidPageToken(accountsToken)));
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), readOnly.arn())
        .provisioningStatus(LATEST).maxResults(1).nextToken(accountsToken).build()))
        .isEqualTo(Either.left(new GrantsError.InvalidPageToken(accountsToken)));
    assertThat(listSets(Fixtures.listPermissionSetsProvisionedToAccount(instance.arn(), B).maxResults(1)
        .nextToken(setsToken).build())).isEqualTo(Either.left(new GrantsError.InvalidPageToken(setsToken)));
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), readOnly.arn())
        .maxResults(1).nextToken(setsToken).build()))
        .isEqualTo(Either.left(new GrantsError.InvalidPageToken(setsToken)));
    assertThat(grants.permissionSets().listInstances(Fixtures.listInstances().nextToken(statusToken).build()))
        .isEqualTo(Either.left(new GrantsError.InvalidPageToken(statusToken)));
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).nextToken(statusToken)
        .build()).get().items()).hasSize(1);
  }

  // --- DescribePermissionSetProvisioningStatus --------------------------------------------------------

  @Test
  void an_unknown_request_id_is_not_found() {
    Instance instance = instance();
    String unknown = "00000000-0000-4000-8000-00000000dead";

    assertThat(describe(instance, unknown))
        .isEqualTo(Either.left(new GrantsError.ProvisioningRequestNotFound(instance.arn(), unknown)));
  }

  @Test
  void describe_reports_every_model_violation_and_an_unknown_instance() {
    Instance instance = instance();
    String upper = "00000000-0000-4000-8000-00000000DEAD";

    assertThat(describe(instance, "123")).isEqualTo(invalid(
        new Violation("provisionPermissionSetRequestId", "123", Constraint.minLength(36)),
        new Violation("provisionPermissionSetRequestId", "123", Constraint.pattern(UUID_PATTERN))));
    assertThat(describe(instance, upper)).isEqualTo(invalid(
        new Violation("provisionPermissionSetRequestId", upper, Constraint.pattern(UUID_PATTERN))));
    assertThat(grants.permissionSetProvisioning().describeStatus(Fixtures.describeProvisioningStatus(instance.arn(),
        null).instanceArn(null).build())).isEqualTo(invalid(
        new Violation("instanceArn", null, Constraint.notNull()),
        new Violation("provisionPermissionSetRequestId", null, Constraint.notNull())));
    assertThat(grants.permissionSetProvisioning().describeStatus(Fixtures.describeProvisioningStatus(UNKNOWN_INSTANCE,
        "00000000-0000-4000-8000-00000000dead").build()))
        .isEqualTo(Either.left(new GrantsError.InstanceNotFound(UNKNOWN_INSTANCE)));
  }

  // --- events -----------------------------------------------------------------------------------------

  @Test
  void a_request_announces_that_it_started_and_how_it_ended_once() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    PermissionSet other = set(instance, "Admin");

    ProvisioningRequest succeeded = provision(instance, set, A).get();
    gateway.succeed(A);
    ProvisioningRequest failed = provision(instance, other, B).get();
    gateway.fail(B, "Quota exceeded");
    gateway.succeed(B); // late: ignored, announced nothing
    describe(instance, failed.requestId());

    assertThat(provisioningEvents()).containsExactly(
        new GrantsEvent.ProvisioningStarted(succeeded.requestId(), set.arn(), AccountId.of(A)),
        new GrantsEvent.ProvisioningSucceeded(succeeded.requestId(), set.arn()),
        new GrantsEvent.ProvisioningStarted(failed.requestId(), other.arn(), AccountId.of(B)),
        new GrantsEvent.ProvisioningFailed(failed.requestId(), other.arn(), "Quota exceeded"));
    assertThat(provisioningEvents().get(0).resource()).isEqualTo(set.arn().arn());
  }

  @Test
  void a_request_past_its_deadline_announces_its_failure_once_whoever_sees_it_first() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();
    clock.advance(DEADLINE);

    ProvisioningRequest failed = describe(instance, running.requestId()).get();
    describe(instance, running.requestId());
    gateway.succeed(A);

    assertThat(provisioningEvents()).containsExactly(
        new GrantsEvent.ProvisioningStarted(running.requestId(), set.arn(), AccountId.of(A)),
        new GrantsEvent.ProvisioningFailed(running.requestId(), set.arn(), failed.failureReason().get()));
  }

  @Test
  void a_fan_out_with_nothing_to_do_announces_its_start_and_its_success() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");

    ProvisioningRequest nothingToDo = provisionAll(instance, set).get();

    assertThat(provisioningEvents()).containsExactly(
        new GrantsEvent.ProvisioningStarted(nothingToDo.requestId(), set.arn(), null),
        new GrantsEvent.ProvisioningSucceeded(nothingToDo.requestId(), set.arn()));
  }

  private List<GrantsEvent> provisioningEvents() {
    return events.stream().filter(event -> event instanceof GrantsEvent.ProvisioningEvent).toList();
  }

  // --- restart ----------------------------------------------------------------------------------------

  @Test
  void after_a_restart_a_request_left_in_progress_is_handed_to_the_new_gateway_and_finishes() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();

    ScriptedProvisioningGateway after = restart();

    assertThat(after.received()).extracting(ScriptedProvisioningGateway.Job::work)
        .containsExactly(new ProvisioningWork(running.requestId(), set, AccountId.of(A)));
    assertThat(describe(instance, running.requestId()).get().status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    after.succeed(A);
    assertThat(describe(instance, running.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(accounts(instance, set, LATEST)).containsExactly(A);
  }

  @Test
  void after_a_restart_only_the_accounts_still_pending_are_handed_over() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    PermissionSet other = set(instance, "Admin");
    provisioned(instance, set, A, B, C);
    ProvisioningRequest fanOut = provisionAll(instance, set).get();
    gateway.succeed(A);
    ProvisioningRequest single = provision(instance, other, C).get();

    ScriptedProvisioningGateway after = restart();

    assertThat(after.receivedFor(fanOut.requestId())).extracting(ScriptedProvisioningGateway.Job::account)
        .containsExactlyInAnyOrder(B, C);
    assertThat(after.receivedFor(single.requestId())).extracting(ScriptedProvisioningGateway.Job::account)
        .containsExactly(C);
    assertThat(after.received()).hasSize(3);
    after.succeedAll();
    assertThat(describe(instance, fanOut.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(describe(instance, single.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
  }

  @Test
  void after_a_restart_a_request_past_its_deadline_fails_and_nothing_is_handed_over() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();
    clock.advance(DEADLINE);

    ScriptedProvisioningGateway after = restart();

    assertThat(after.received()).isEmpty();
    ProvisioningRequest failed = describe(instance, running.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason().get()).contains(A);
    assertThat(provision(instance, set, A).get().status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
  }

  @Test
  void after_a_restart_a_request_whose_definition_changed_meanwhile_fails_and_records_nothing() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();
    putInlinePolicy(instance, set);

    ScriptedProvisioningGateway after = restart();

    assertThat(after.received()).isEmpty();
    ProvisioningRequest failed = describe(instance, running.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason())
        .isEqualTo(Option.some("The permission set's definition changed while the request was interrupted"));
    assertThat(accounts(instance, set, null)).isEmpty();
  }

  @Test
  void after_a_restart_requests_that_ended_are_not_handed_over() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    PermissionSet other = set(instance, "Admin");
    ProvisioningRequest succeeded = provision(instance, set, A).get();
    gateway.succeed(A);
    ProvisioningRequest failed = provision(instance, other, A).get();
    gateway.fail(A, "Quota exceeded");
    ProvisioningRequest nothingToDo = provisionAll(instance, other).get();

    ScriptedProvisioningGateway after = restart();

    assertThat(after.received()).isEmpty();
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).build()).get().items())
        .extracting(ProvisioningRequest::requestId, ProvisioningRequest::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(succeeded.requestId(), ProvisioningStatus.SUCCEEDED),
            org.assertj.core.groups.Tuple.tuple(failed.requestId(), ProvisioningStatus.FAILED),
            org.assertj.core.groups.Tuple.tuple(nothingToDo.requestId(), ProvisioningStatus.SUCCEEDED));
  }

  @Test
  void after_a_restart_the_first_answer_counts_whichever_gateway_gives_it() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();
    ScriptedProvisioningGateway before = gateway;

    ScriptedProvisioningGateway after = restart();
    before.fail(A, "Account is suspended");
    after.succeed(A);

    ProvisioningRequest failed = describe(instance, running.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason()).isEqualTo(Option.some("Account is suspended"));
    assertThat(accounts(instance, set, null)).isEmpty();
  }

  @Test
  void after_a_restart_a_recovered_request_still_blocks_others_until_it_ends() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();

    restart();

    assertThat(provision(instance, set, B))
        .isEqualTo(Either.left(new GrantsError.ProvisioningInProgress(set.arn(), running.requestId())));
  }

  @Test
  void a_restart_with_a_gateway_that_answers_at_once_finishes_the_recovered_requests() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();

    restart(new ScriptedProvisioningGateway().answerAtOnce());

    assertThat(describe(instance, running.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(accounts(instance, set, LATEST)).containsExactly(A);
  }

  // --- many instances: leases and take-over ---------------------------------------------------------------

  @Test
  void another_instance_takes_over_a_stopped_instances_work_once_its_lease_lapsed_and_finishes_it() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();
    ScriptedProvisioningGateway stopped = gateway;
    ScriptedProvisioningGateway otherGateway = new ScriptedProvisioningGateway();
    Grants other = restartGrants(clock, ids, events::add, otherGateway, DEADLINE); // a second live instance

    assertThat(other.recoverProvisioning().get()).isEqualTo(new ProvisioningRecovery(0, 0, 0, 0));
    assertThat(otherGateway.received()).isEmpty();
    clock.advance(Grants.Builder.DEFAULT_PROVISIONING_LEASE);

    assertThat(other.recoverProvisioning().get()).isEqualTo(new ProvisioningRecovery(0, 0, 1, 0));
    assertThat(otherGateway.received()).extracting(ScriptedProvisioningGateway.Job::work)
        .containsExactly(new ProvisioningWork(running.requestId(), set, AccountId.of(A)));
    otherGateway.succeed(A);
    assertThat(describe(instance, running.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    stopped.fail(A, "late"); // the stopped instance's gateway answers after all: it changes nothing
    assertThat(describe(instance, running.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(accounts(instance, set, LATEST)).containsExactly(A);
  }

  @Test
  void building_a_wiring_recovers_nothing_until_it_is_asked_to() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();
    clock.advance(Grants.Builder.DEFAULT_PROVISIONING_LEASE);
    ScriptedProvisioningGateway otherGateway = new ScriptedProvisioningGateway();

    Grants other = restartGrants(clock, ids, events::add, otherGateway, DEADLINE);

    assertThat(otherGateway.received()).isEmpty();
    assertThat(other.recoverProvisioning().get().accountsHandedOver()).isEqualTo(1);
    assertThat(otherGateway.receivedFor(running.requestId())).extracting(ScriptedProvisioningGateway.Job::account)
        .containsExactly(A);
  }

  @Test
  void an_instance_that_keeps_recovering_keeps_its_work_and_no_one_takes_it_over() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provisioned(instance, set, A, B);
    ProvisioningRequest fanOut = provisionAll(instance, set).get();
    ScriptedProvisioningGateway otherGateway = new ScriptedProvisioningGateway();
    Grants other = restartGrants(clock, ids, events::add, otherGateway, DEADLINE);
    Duration third = Grants.Builder.DEFAULT_PROVISIONING_LEASE.dividedBy(3);

    for (int beat = 0; beat < 6; beat++) {
      clock.advance(third);
      assertThat(grants.recoverProvisioning().get().leasesRenewed()).isEqualTo(2);
      assertThat(other.recoverProvisioning().get().accountsHandedOver()).isZero();
    }

    assertThat(otherGateway.received()).isEmpty();
    assertThat(gateway.succeedAll()).isEqualTo(2);
    assertThat(describe(instance, fanOut.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
  }

  @Test
  void of_instances_recovering_at_once_each_stopped_account_goes_to_exactly_one() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provisioned(instance, set, A, B, C);
    ProvisioningRequest fanOut = provisionAll(instance, set).get();
    clock.advance(Grants.Builder.DEFAULT_PROVISIONING_LEASE);
    List<ScriptedProvisioningGateway> gateways = new ArrayList<>();
    List<Grants> others = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      gateways.add(new ScriptedProvisioningGateway());
      others.add(restartGrants(clock, ids, events::add, gateways.get(i), DEADLINE));
    }

    Concurrently.run(others.size(), Duration.ofSeconds(30), i -> () -> others.get(i).recoverProvisioning().get());

    List<String> handed = gateways.stream().flatMap(g -> g.receivedFor(fanOut.requestId()).stream())
        .map(ScriptedProvisioningGateway.Job::account).toList();
    assertThat(handed).containsExactlyInAnyOrder(A, B, C);
    gateways.forEach(ScriptedProvisioningGateway::succeedAll);
    assertThat(describe(instance, fanOut.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
  }

  @Test
  void recovery_fails_what_is_past_its_deadline_though_nobody_read_it() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();
    clock.advance(DEADLINE);

    assertThat(grants.recoverProvisioning().get()).isEqualTo(new ProvisioningRecovery(1, 1, 0, 0)); // renewed, then expired
    assertThat(provisioningEvents()).last().isEqualTo(new GrantsEvent.ProvisioningFailed(running.requestId(),
        set.arn(), "Provisioning did not complete within PT1M30S: no answer for account " + A));
  }

  // --- helpers ----------------------------------------------------------------------------------------

  /** Three requests, listed one per page: the token of the second page. */
  private String requestsOverTwoPages(Instance instance) {
    gateway.answerAtOnce();
    PermissionSet set = set(instance, "ReadOnly");
    for (String account : List.of(A, B, C)) {
      provision(instance, set, account);
    }
    String token = listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).build()).get().nextToken();
    assertThat(token).isNotNull();
    return token;
  }

  private static <T> List<Page<T>> pages(Function<String, Page<T>> list) {
    List<Page<T>> pages = new ArrayList<>();
    String token = null;
    do {
      Page<T> page = list.apply(token);
      pages.add(page);
      token = page.nextToken();
      assertThat(pages).as("pages").hasSizeLessThan(1000);
    } while (token != null);
    return pages;
  }

  private Instance instance() {
    return grants.permissionSets().createInstance(Fixtures.createInstance().build()).get();
  }

  /** What the owner is refused on {@code theirs}, another account's instance: AccessDenied for {@code action}. */
  private static Either<GrantsError, Object> deniedOn(Instance theirs, String action) {
    return Either.left(new GrantsError.AccessDenied(Fixtures.OWNER, Arn.parse(theirs.arn().toString()).get(), action));
  }

  private Instance otherInstance() {
    return grants.permissionSets().createInstance(Fixtures.createInstance().context(Fixtures.otherContext()).build())
        .get();
  }

  private PermissionSet set(Instance instance, String name) {
    return grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn()).name(name).build())
        .get();
  }

  private PermissionSet putInlinePolicy(Instance instance, PermissionSet set) {
    return grants.permissionSets().putInlinePolicy(Fixtures.putInlinePolicy(instance.arn(), set.arn())
        .inlinePolicy(Fixtures.INLINE_POLICY + " ").build()).get();
  }

  private Either<GrantsError, ProvisioningRequest> provision(Instance instance, PermissionSet set, String account) {
    return grants.permissionSetProvisioning().provision(
        Fixtures.provisionToAccount(instance.arn(), set.arn(), account).build());
  }

  private Either<GrantsError, ProvisioningRequest> provisionAll(Instance instance, PermissionSet set) {
    return grants.permissionSetProvisioning().provision(
        Fixtures.provisionToAllProvisionedAccounts(instance.arn(), set.arn()).build());
  }

  /** Provisions {@code set} to each account in turn, each answered success by the gateway. */
  private void provisioned(Instance instance, PermissionSet set, String... accounts) {
    for (String account : accounts) {
      ProvisioningRequest request = provision(instance, set, account).get();
      gateway.succeed(account);
      assertThat(describe(instance, request.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    }
  }

  private Either<GrantsError, ProvisioningRequest> describe(Instance instance, String requestId) {
    return grants.permissionSetProvisioning().describeStatus(
        Fixtures.describeProvisioningStatus(instance.arn(), requestId).build());
  }

  private Either<GrantsError, Page<ProvisioningRequest>> listStatus(ListPermissionSetProvisioningStatusCommand command) {
    return grants.permissionSetProvisioning().listStatus(command);
  }

  private List<String> filtered(Instance instance, String status) {
    return listStatus(Fixtures.listProvisioningStatus(instance.arn()).filterStatus(status).build()).get().items()
        .stream().map(ProvisioningRequest::requestId).toList();
  }

  private Either<GrantsError, Page<String>> listAccounts(ListAccountsForProvisionedPermissionSetCommand command) {
    return grants.permissionSetProvisioning().listAccounts(command);
  }

  private Either<GrantsError, Page<String>> listSets(ListPermissionSetsProvisionedToAccountCommand command) {
    return grants.permissionSetProvisioning().listPermissionSets(command);
  }

  private List<String> accounts(Instance instance, PermissionSet set, String filter) {
    return listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set.arn())
        .provisioningStatus(filter).build()).get().items();
  }

  private List<String> setsOf(Instance instance, String account, String filter) {
    return listSets(Fixtures.listPermissionSetsProvisionedToAccount(instance.arn(), account)
        .provisioningStatus(filter).build()).get().items();
  }
}
