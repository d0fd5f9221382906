package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.ports.in.ProvisioningRecovery;
import dev.grants.ports.out.ProvisioningWork;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Concurrently;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.ScriptedProvisioningGateway;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recovery after a restart, and many instances sharing the work under leases. */
abstract class ProvisioningRecoveryCases extends ProvisioningCases {
  ProvisioningRecoveryCases(ProvisioningWiringBehaviour suite) {
    super(suite);
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
    gateway().succeed(A);
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
    clock().advance(DEADLINE);

    ScriptedProvisioningGateway after = restart();

    assertThat(after.received()).isEmpty();
    ProvisioningRequest failed = describe(instance, running.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason().get())
        .isEqualTo("Provisioning did not complete within PT1M30S: no answer for account " + A);
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
    gateway().succeed(A);
    ProvisioningRequest failed = provision(instance, other, A).get();
    gateway().fail(A, "Quota exceeded");
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
    ScriptedProvisioningGateway before = gateway();

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
    ScriptedProvisioningGateway stopped = gateway();
    ScriptedProvisioningGateway otherGateway = new ScriptedProvisioningGateway();
    Grants other = anotherWiring(otherGateway); // a second live instance

    assertThat(other.recoverProvisioning().get()).isEqualTo(new ProvisioningRecovery(0, 0, 0, 0));
    assertThat(otherGateway.received()).isEmpty();
    clock().advance(Grants.Builder.DEFAULT_PROVISIONING_LEASE);

    assertThat(other.recoverProvisioning().get()).isEqualTo(new ProvisioningRecovery(0, 0, 1, 0));
    assertThat(otherGateway.received()).extracting(ScriptedProvisioningGateway.Job::work)
        .containsExactly(new ProvisioningWork(running.requestId(), set, AccountId.of(A)));
    otherGateway.succeed(A);
    assertThat(describe(instance, running.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    stopped.fail(A, "late"); // the stopped instance's gateway() answers after all: it changes nothing
    assertThat(describe(instance, running.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(accounts(instance, set, LATEST)).containsExactly(A);
  }

  @Test
  void building_a_wiring_recovers_nothing_until_it_is_asked_to() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    ProvisioningRequest running = provision(instance, set, A).get();
    clock().advance(Grants.Builder.DEFAULT_PROVISIONING_LEASE);
    ScriptedProvisioningGateway otherGateway = new ScriptedProvisioningGateway();

    Grants other = anotherWiring(otherGateway);

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
    Grants other = anotherWiring(otherGateway);
    Duration third = Grants.Builder.DEFAULT_PROVISIONING_LEASE.dividedBy(3);

    for (int beat = 0; beat < 6; beat++) {
      clock().advance(third);
      assertThat(grants().recoverProvisioning().get().leasesRenewed()).isEqualTo(2);
      assertThat(other.recoverProvisioning().get().accountsHandedOver()).isZero();
    }

    assertThat(otherGateway.received()).isEmpty();
    assertThat(gateway().succeedAll()).isEqualTo(2);
    assertThat(describe(instance, fanOut.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
  }

  @Test
  void of_instances_recovering_at_once_each_stopped_account_goes_to_exactly_one() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provisioned(instance, set, A, B, C);
    ProvisioningRequest fanOut = provisionAll(instance, set).get();
    clock().advance(Grants.Builder.DEFAULT_PROVISIONING_LEASE);
    List<ScriptedProvisioningGateway> gateways = new ArrayList<>();
    List<Grants> others = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      gateways.add(new ScriptedProvisioningGateway());
      others.add(anotherWiring(gateways.get(i)));
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
    clock().advance(DEADLINE);

    assertThat(grants().recoverProvisioning().get()).isEqualTo(new ProvisioningRecovery(1, 1, 0, 0)); // renewed, then expired
    assertThat(provisioningEvents()).last().isEqualTo(new GrantsEvent.ProvisioningFailed(running.requestId(),
        set.arn(), "Provisioning did not complete within PT1M30S: no answer for account " + A));
  }
}
