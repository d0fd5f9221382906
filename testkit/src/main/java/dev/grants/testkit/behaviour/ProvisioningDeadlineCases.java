package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.testkit.Concurrently;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.ScriptedProvisioningGateway;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Provisionings that conflict, the deadline, staleness and its repair, and the events a request announces. */
abstract class ProvisioningDeadlineCases extends ProvisioningCases {
  ProvisioningDeadlineCases(ProvisioningWiringBehaviour suite) {
    super(suite);
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

    assertThat(gateway().received()).hasSize(1);
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).build()).get().items())
        .containsExactly(running);
  }

  @Test
  void a_fan_out_in_progress_conflicts_with_any_other_provisioning_of_the_permission_set() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provisioned(instance, set, A, B);
    ProvisioningRequest fanOut = provisionAll(instance, set).get();
    gateway().succeed(A);
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
    assertThat(gateway().received()).hasSize(2);
  }

  @Test
  void once_the_request_in_progress_ended_the_next_provisioning_starts() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provision(instance, set, A);
    gateway().succeed(A);

    ProvisioningRequest second = provision(instance, set, B).get();
    assertThat(second.status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    gateway().fail(B, "Quota exceeded");

    ProvisioningRequest third = provisionAll(instance, set).get();
    assertThat(third.status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(gateway().receivedFor(third.requestId())).extracting(ScriptedProvisioningGateway.Job::account)
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

    clock().advance(DEADLINE.minusMillis(1));

    assertThat(describe(instance, running.requestId()).get().status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(provision(instance, set, B))
        .isEqualTo(Either.left(new GrantsError.ProvisioningInProgress(set.arn(), running.requestId())));
  }

  @Test
  void at_its_deadline_describe_shows_the_request_failed_with_a_reason_naming_the_account() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();

    clock().advance(DEADLINE);

    ProvisioningRequest failed = describe(instance, running.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason().get())
        .isEqualTo("Provisioning did not complete within PT1M30S: no answer for account " + A);
    assertThat(failed.createdDate()).isEqualTo(running.createdDate());
    assertThat(failed.account()).isEqualTo(AccountId.of(A));
  }

  @Test
  void past_its_deadline_the_list_shows_the_request_failed_without_anyone_describing_it_first() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();

    clock().advance(DEADLINE.plusSeconds(1));

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

    clock().advance(DEADLINE.plusSeconds(1));

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

    clock().advance(DEADLINE);

    ProvisioningRequest next = provision(instance, set, A).get();
    assertThat(next.status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(running.requestId()).isEqualTo(takenId(4).value());
    // Its first attempt took id 5 and met the overdue request, which it ended; the attempt after took id 6.
    assertThat(next.requestId()).isEqualTo(takenId(6).value());
    assertThat(describe(instance, running.requestId()).get().status()).isEqualTo(ProvisioningStatus.FAILED);
  }

  @Test
  void an_answer_after_the_deadline_is_ignored_and_provisions_nothing() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();
    clock().advance(DEADLINE);

    gateway().succeed(A);

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
    gateway().succeed(A);

    clock().advance(DEADLINE);

    ProvisioningRequest failed = describe(instance, fanOut.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason().get())
        .isEqualTo("Provisioning did not complete within PT1M30S: no answer for accounts " + B + ", " + C);
    assertThat(accounts(instance, set, LATEST)).containsExactly(A);
    assertThat(accounts(instance, set, NOT_LATEST)).containsExactly(B, C);
  }

  @Test
  void a_gateway_that_refuses_the_work_fails_the_request_and_the_next_provisioning_is_allowed() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    gateway().refuse();

    ProvisioningRequest refused = provision(instance, set, A).get();

    assertThat(refused.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(refused.failureReason().get()).isEqualTo("The provisioning gateway did not take the work");
    assertThat(accounts(instance, set, null)).isEmpty();
    gateway().answerAtOnce();
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
    assertThat(gateway().receivedFor(repair.requestId()))
        .allSatisfy(job -> assertThat(job.work().permissionSet()).isEqualTo(changed));
    assertThat(accounts(instance, set, NOT_LATEST)).as("stale until provisioned again").containsExactly(A, B);
    gateway().succeedAll();

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

    gateway().succeed(A);

    assertThat(describe(instance, running.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(accounts(instance, set, NOT_LATEST)).containsExactly(A);
    assertThat(accounts(instance, set, LATEST)).isEmpty();
  }


  // --- events -----------------------------------------------------------------------------------------

  @Test
  void a_request_announces_that_it_started_and_how_it_ended_once() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    PermissionSet other = set(instance, "Admin");

    ProvisioningRequest succeeded = provision(instance, set, A).get();
    gateway().succeed(A);
    ProvisioningRequest failed = provision(instance, other, B).get();
    gateway().fail(B, "Quota exceeded");
    gateway().succeed(B); // late: ignored, announced nothing
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
    clock().advance(DEADLINE);

    ProvisioningRequest failed = describe(instance, running.requestId()).get();
    describe(instance, running.requestId());
    gateway().succeed(A);

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
}
