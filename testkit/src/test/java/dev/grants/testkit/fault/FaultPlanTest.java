package dev.grants.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.revision.RevisionId;
import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.RevisionConflict;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FaultPlanTest {
  private static final Arn RESOURCE = Fixtures.layerVersionArn(1).arn();
  private static final Duration GUARD = Duration.ofSeconds(30);

  /** A policy store that only counts the deletes that reach it. */
  private static final class CountingPolicies implements ResourcePolicyRepository {
    final Set<Arn> deleted = new HashSet<>();
    int deletes;

    @Override
    public ResourcePolicy find(Arn resource) {
      return ResourcePolicy.none(resource);
    }

    @Override
    public Either<RevisionConflict, ResourcePolicy> commit(ResourcePolicy base, ResourcePolicy next) {
      return Either.right(next);
    }

    @Override
    public synchronized void delete(Arn resource) {
      deletes++;
      deleted.add(resource);
    }

    synchronized int deletes() {
      return deletes;
    }
  }

  private final FaultPlan plan = new FaultPlan();
  private final CountingPolicies store = new CountingPolicies();
  private final ResourcePolicyRepository policies = plan.resourcePolicies(store);

  @Test
  void failing_before_throws_without_reaching_the_port() {
    Fault fault = Fault.failBefore();
    plan.arm(OutboundCall.POLICY_DELETE, 1, fault);

    assertThatThrownBy(() -> policies.delete(RESOURCE)).isInstanceOfSatisfying(InjectedFault.class, injected -> {
      assertThat(injected.kind()).isEqualTo(Fault.Kind.FAIL_BEFORE);
      assertThat(injected.call()).isEqualTo(OutboundCall.POLICY_DELETE);
      assertThat(injected).hasMessage("injected fault: FAIL_BEFORE at ResourcePolicyRepository.delete");
    });
    assertThat(store.deletes()).isZero();
    assertThat(fault.fired()).isTrue();
  }

  @Test
  void failing_after_takes_effect_and_then_throws() {
    plan.arm(OutboundCall.POLICY_DELETE, 1, Fault.failAfter());

    assertThatThrownBy(() -> policies.delete(RESOURCE)).isInstanceOf(InjectedFault.class);
    assertThat(store.deleted).containsExactly(RESOURCE);
  }

  @Test
  void the_nth_call_is_counted_from_the_arming_and_a_fault_fires_once() {
    policies.delete(RESOURCE);
    plan.arm(OutboundCall.POLICY_DELETE, 2, Fault.failBefore());

    policies.delete(RESOURCE);
    assertThatThrownBy(() -> policies.delete(RESOURCE)).isInstanceOf(InjectedFault.class);
    policies.delete(RESOURCE);

    assertThat(store.deletes()).isEqualTo(3);
    assertThat(plan.count(OutboundCall.POLICY_DELETE)).isEqualTo(4);
  }

  @Test
  void a_fault_waits_for_its_own_kind_of_call() {
    plan.arm(OutboundCall.POLICY_DELETE, 1, Fault.failBefore());

    policies.find(RESOURCE);
    assertThatThrownBy(() -> policies.delete(RESOURCE)).isInstanceOf(InjectedFault.class);
  }

  @Test
  void a_stall_holds_the_call_until_it_is_released_then_the_call_goes_ahead() throws Exception {
    Fault.Stall stall = Fault.stall(GUARD);
    plan.arm(OutboundCall.POLICY_DELETE, 1, stall);
    FutureTask<Void> deleting = inBackground(() -> policies.delete(RESOURCE));

    assertThat(stall.awaitReached(GUARD)).isTrue();
    assertThat(store.deletes()).as("held before the port").isZero();
    assertThat(deleting.isDone()).isFalse();
    stall.release();

    deleting.get(GUARD.toSeconds(), TimeUnit.SECONDS);
    assertThat(store.deletes()).isEqualTo(1);
  }

  @Test
  void a_stall_nobody_releases_ends_at_its_bound() {
    plan.arm(OutboundCall.POLICY_DELETE, 1, Fault.stall(Duration.ofMillis(1)));

    policies.delete(RESOURCE);

    assertThat(store.deletes()).isEqualTo(1);
  }

  @Test
  void clearing_disarms_what_has_not_fired_and_releases_every_stall() throws Exception {
    Fault.Stall stall = Fault.stall(GUARD);
    Fault unfired = Fault.failBefore();
    plan.arm(OutboundCall.POLICY_DELETE, 1, stall).arm(OutboundCall.POLICY_FIND, 1, unfired);
    FutureTask<Void> deleting = inBackground(() -> policies.delete(RESOURCE));
    assertThat(stall.awaitReached(GUARD)).isTrue();

    plan.clear();

    deleting.get(GUARD.toSeconds(), TimeUnit.SECONDS);
    policies.find(RESOURCE);
    assertThat(unfired.fired()).isFalse();
  }

  @Test
  void faults_armed_on_one_call_apply_in_the_order_they_were_armed() throws Exception {
    Fault.Stall stall = Fault.stall(GUARD);
    plan.arm(OutboundCall.POLICY_DELETE, 1, stall).arm(OutboundCall.POLICY_DELETE, 1, Fault.failAfter());
    FutureTask<Void> deleting = inBackground(() -> policies.delete(RESOURCE));

    assertThat(stall.awaitReached(GUARD)).isTrue();
    assertThat(store.deletes()).isZero();
    stall.release();

    assertThatThrownBy(() -> deleting.get(GUARD.toSeconds(), TimeUnit.SECONDS)).hasCauseInstanceOf(InjectedFault.class);
    assertThat(store.deletes()).isEqualTo(1);
  }

  @Test
  void a_trace_lists_the_calls_an_action_made_in_order() {
    List<OutboundCall> trace = plan.trace(() -> {
      ResourcePolicy none = policies.find(RESOURCE);
      policies.commit(none, none.touched(RevisionId.fromBits(0, 1)));
      policies.delete(RESOURCE);
    });

    assertThat(trace).containsExactly(OutboundCall.POLICY_FIND, OutboundCall.POLICY_COMMIT, OutboundCall.POLICY_DELETE);
  }

  @Test
  void the_gateway_the_ids_and_the_listener_are_behind_the_plan_too() {
    List<String> reached = new ArrayList<>();
    ProvisioningGateway gateway = plan.provisioningGateway((work, callback) -> reached.add("work"));
    IdGenerator ids = plan.ids(new SequentialIds());
    GrantsEventListener events = plan.events(event -> reached.add("event"));

    List<OutboundCall> trace = plan.trace(() -> {
      gateway.provision(null, null);
      ids.newRevisionId();
      ids.newProfileVersion();
      ids.newInstanceId();
      ids.newPermissionSetId();
      ids.newIdentityStoreId();
      ids.newRequestId();
      events.on(null);
    });

    assertThat(trace).containsExactly(OutboundCall.GATEWAY_PROVISION, OutboundCall.NEW_ID, OutboundCall.NEW_ID,
        OutboundCall.NEW_ID, OutboundCall.NEW_ID, OutboundCall.NEW_ID, OutboundCall.NEW_ID, OutboundCall.EVENT);
    assertThat(reached).containsExactly("work", "event");
  }

  @Test
  void failing_after_applies_only_to_a_call_that_writes() {
    assertThat(Fault.Kind.applicableTo(OutboundCall.POLICY_FIND))
        .containsExactly(Fault.Kind.FAIL_BEFORE, Fault.Kind.STALL);
    assertThat(Fault.Kind.applicableTo(OutboundCall.POLICY_COMMIT))
        .containsExactly(Fault.Kind.FAIL_BEFORE, Fault.Kind.FAIL_AFTER, Fault.Kind.STALL);
    assertThat(Fault.of(Fault.Kind.STALL, GUARD)).isInstanceOf(Fault.Stall.class);
  }

  private static FutureTask<Void> inBackground(Runnable action) {
    FutureTask<Void> task = new FutureTask<>(action, null);
    Thread thread = new Thread(task, "fault-plan-test");
    thread.setDaemon(true);
    thread.start();
    return task;
  }
}
