package dev.grants.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileStatus;
import dev.grants.ports.in.AddProfilePermissionResult;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.FixedClock;
import dev.grants.testkit.fake.ScriptedProvisioningGateway;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every inbound operation of the three families does when an outbound port fails, for any stores: each
 * operation runs once without a fault to learn which outbound calls it makes, then once per call and per fault
 * that applies there ({@link Fault.Kind}: fail before the call, fail after it took effect, stall), each run on
 * fresh stores behind a {@link FaultPlan}. Every run must show that
 * <ul>
 *   <li>the operation answers as without the fault, or with {@link GrantsError.InternalFailure} caused by the
 *       fault; a stalled port or a failing event listener never makes it fail;</li>
 *   <li>it leaves no partial state: what any reader sees afterwards (and, for a stall, while it is stalled) is
 *       either the state before the operation or the state the operation makes without a fault; no layer
 *       version is deleted with its policy left behind; a canceled profile's policy has a new revision; no
 *       request is in progress for a permission set that is gone; a request that succeeded for an account has
 *       that account recorded; no failure reason carries what a port threw;</li>
 *   <li>every event announced and every value returned is true of what is stored (no revision without its
 *       statement, no event for a change that did not happen);</li>
 *   <li>once the fault is cleared, the same call may be retried (it succeeds, or meets its own earlier success,
 *       such as a statement id that now exists), every family still works, and past the provisioning deadline
 *       no reader ever sees a request in progress.</li>
 * </ul>
 * A few tests more put a stall where two operations race (a delete and a provisioning, a cancel and an add).
 *
 * <pre>{@code
 * class MyStoresFaultToleranceTest extends FaultToleranceBehaviour {
 *   @Override
 *   protected OutboundStores createStores() {
 *     return new OutboundStores(new MyPolicies(fresh()), new MyLayerVersions(fresh()), new MyProfiles(fresh()),
 *         new MyPermissionSets(fresh()), new MyProvisioningRequests(fresh()), new MyAssignments(fresh()));
 *   }
 * }
 * }</pre>
 *
 * <p>The suite wires {@link Grants} itself, on these stores, a {@link ScriptedProvisioningGateway} that answers
 * at once, {@link SequentialIds}, a {@link FixedClock} and an event recorder, with the gateway, the ids and the
 * listener behind the plan as well. Stalls are released by the suite (each is bounded, as a guard), so the
 * suite takes no longer than its several hundred runs of in-memory work.
 */
public abstract class FaultToleranceBehaviour {
  /** The provisioning deadline of the suite's wiring. */
  protected static final Duration DEADLINE = Duration.ofSeconds(90);

  /** A stall the suite failed to release ends by itself after this long: a guard, never reached when it works. */
  private static final Duration STALL_BOUND = Duration.ofSeconds(10);
  /** How long the suite waits for a stalled call to be reached or to finish: a guard against a hang. */
  private static final Duration WAIT_BOUND = Duration.ofSeconds(30);

  /** Creates the suite. */
  protected FaultToleranceBehaviour() {}

  /**
   * Fresh, empty stores; called for every run (several hundred), so they should be cheap to make.
   *
   * <pre>{@code
   * @Override
   * protected OutboundStores createStores() {
   *   return new OutboundStores(new MyPolicies(), new MyLayerVersions(), new MyProfiles(), new MyPermissionSets(),
   *       new MyProvisioningRequests(), new MyAssignments());
   * }
   * }</pre>
   */
  protected abstract OutboundStores createStores();

  // --- every operation under every fault ------------------------------------------------------------------

  @TestFactory
  Stream<DynamicNode> lambda_layer_operations_stay_whole_under_every_fault_at_every_outbound_call() {
    return FaultScenarios.lambda().stream().map(this::everyFault);
  }

  @TestFactory
  Stream<DynamicNode> signer_operations_stay_whole_under_every_fault_at_every_outbound_call() {
    return FaultScenarios.signer().stream().map(this::everyFault);
  }

  @TestFactory
  Stream<DynamicNode> identity_center_operations_stay_whole_under_every_fault_at_every_outbound_call() {
    return FaultScenarios.identityCenter().stream().map(this::everyFault);
  }

  @TestFactory
  Stream<DynamicNode> account_assignment_operations_stay_whole_under_every_fault_at_every_outbound_call() {
    return FaultScenarios.accountAssignments().stream().map(this::everyFault);
  }

  @TestFactory
  Stream<DynamicNode> permission_set_definition_operations_stay_whole_under_every_fault_at_every_outbound_call() {
    return FaultScenarios.permissionSetDefinition().stream().map(this::everyFault);
  }

  @Test
  void the_operations_reach_every_outbound_call_but_the_provisioning_recoverys() {
    Set<OutboundCall> reached = EnumSet.noneOf(OutboundCall.class);
    Stream.of(FaultScenarios.lambda(), FaultScenarios.signer(), FaultScenarios.identityCenter(),
            FaultScenarios.accountAssignments(), FaultScenarios.permissionSetDefinition()).flatMap(List::stream)
        .forEach(scenario -> reached.addAll(baseline(scenario).trace()));

    // These are the provisioning recovery's own, which no inbound operation makes.
    assertThat(EnumSet.complementOf(EnumSet.copyOf(reached))).containsExactly(
        OutboundCall.REQUESTS_ALL_IN_PROGRESS, OutboundCall.REQUEST_RENEW, OutboundCall.REQUEST_TAKE_OVER);
  }

  // --- races a stall opens -----------------------------------------------------------------------------

  @Test
  void a_provisioning_that_starts_while_a_delete_is_stalled_does_not_outlive_the_permission_set() throws Exception {
    FaultWorld world = worldWithHeldSet();
    Fault.Stall stall = stallNext(world, OutboundCall.PERMISSION_SET_DELETE);

    FutureTask<Either<GrantsError, PermissionSet>> delete = world.inBackground(() -> world.grants.permissionSets()
        .deletePermissionSet(Fixtures.deletePermissionSet(world.instance.arn(), world.set.arn()).build()));
    assertThat(stall.awaitReached(WAIT_BOUND)).as("the delete reached its stall").isTrue();
    // The delete found nothing in progress before this started.
    ProvisioningRequest started = FaultWorld.right(world.grants.permissionSetProvisioning().provision(
        Fixtures.provisionToAccount(world.instance.arn(), world.set.arn(), Fixtures.ACCOUNT_A).build()));
    assertThat(started.status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    stall.release();

    assertThat(delete.get(WAIT_BOUND.toSeconds(), TimeUnit.SECONDS)).isEqualTo(Either.right(world.set));
    world.gateway.succeedAll(); // the work the gateway held comes back late
    assertThat(world.stores.provisioningRequests().find(started.requestId()).map(ProvisioningRequest::status))
        .as("a request for a deleted permission set ends").containsExactly(ProvisioningStatus.FAILED);
    assertThat(world.stores.provisioningRequests().allInProgress()).isEmpty();
    assertThat(world.stores.permissionSets().provisionedTo(world.instance.arn(), AccountId.of(Fixtures.ACCOUNT_A)))
        .isEmpty();
  }

  @Test
  void a_provisioning_that_starts_while_a_delete_is_stalled_ends_even_when_the_delete_then_fails_after_it_took_effect()
      throws Exception {
    FaultWorld world = worldWithHeldSet();
    Fault.Stall stall = stallNext(world, OutboundCall.PERMISSION_SET_DELETE);
    world.plan.arm(OutboundCall.PERMISSION_SET_DELETE, 1, Fault.failAfter());

    FutureTask<Either<GrantsError, PermissionSet>> delete = world.inBackground(() -> world.grants.permissionSets()
        .deletePermissionSet(Fixtures.deletePermissionSet(world.instance.arn(), world.set.arn()).build()));
    assertThat(stall.awaitReached(WAIT_BOUND)).as("the delete reached its stall").isTrue();
    ProvisioningRequest started = FaultWorld.right(world.grants.permissionSetProvisioning().provision(
        Fixtures.provisionToAccount(world.instance.arn(), world.set.arn(), Fixtures.ACCOUNT_A).build()));
    stall.release();

    assertThat(delete.get(WAIT_BOUND.toSeconds(), TimeUnit.SECONDS).getLeft())
        .isInstanceOf(GrantsError.InternalFailure.class);
    assertThat(world.stores.permissionSets().findPermissionSet(world.set.arn())).as("the delete took effect").isEmpty();
    assertThat(world.stores.provisioningRequests().find(started.requestId()).map(ProvisioningRequest::status))
        .as("a request for a deleted permission set ends").containsExactly(ProvisioningStatus.FAILED);
  }

  @Test
  void a_provisioning_stalled_before_it_is_stored_does_not_start_on_a_permission_set_deleted_meanwhile()
      throws Exception {
    FaultWorld world = worldWithHeldSet();
    Fault.Stall stall = stallNext(world, OutboundCall.REQUEST_START);

    FutureTask<Either<GrantsError, ProvisioningRequest>> provision = world.inBackground(
        () -> world.grants.permissionSetProvisioning().provision(
            Fixtures.provisionToAccount(world.instance.arn(), world.set.arn(), Fixtures.ACCOUNT_A).build()));
    assertThat(stall.awaitReached(WAIT_BOUND)).as("the provisioning reached its stall").isTrue();
    FaultWorld.right(world.grants.permissionSets()
        .deletePermissionSet(Fixtures.deletePermissionSet(world.instance.arn(), world.set.arn()).build()));
    stall.release();

    ProvisioningRequest request = FaultWorld.right(provision.get(WAIT_BOUND.toSeconds(), TimeUnit.SECONDS));
    assertThat(request.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(world.gateway.received()).as("no work for a permission set that is gone").isEmpty();
    assertThat(world.stores.provisioningRequests().allInProgress()).isEmpty();
  }

  @Test
  void an_add_that_checked_the_profile_before_it_was_canceled_is_refused_even_when_the_first_revision_bump_fails()
      throws Exception {
    FaultWorld world = world();
    world.profile();
    Fault.Stall stall = stallNext(world, OutboundCall.POLICY_COMMIT);

    FutureTask<Either<GrantsError, AddProfilePermissionResult>> add = world.inBackground(
        () -> world.grants.signingProfilePermissions().add(Fixtures.addProfilePermission().build()));
    assertThat(stall.awaitReached(WAIT_BOUND)).as("the add checked the profile and reached its commit").isTrue();
    world.plan.arm(OutboundCall.POLICY_COMMIT, 1, Fault.failBefore()); // the cancel's revision bump
    SigningProfile canceled = FaultWorld.right(world.grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build()));
    stall.release();

    assertThat(canceled.status()).isEqualTo(SigningProfileStatus.CANCELED);
    assertThat(add.get(WAIT_BOUND.toSeconds(), TimeUnit.SECONDS)).isEqualTo(Either.left(
        new GrantsError.ProfileNotActive(Fixtures.signingProfileArn(), SigningProfileStatus.CANCELED)));
    assertThat(world.stores.resourcePolicies().find(Fixtures.signingProfileArn().arn()).statements()).isEmpty();
  }

  @Test
  void a_request_whose_gateway_stalls_past_its_deadline_is_never_seen_in_progress_after_it() throws Exception {
    FaultWorld world = world();
    world.instanceWithSet();
    Fault.Stall stall = stallNext(world, OutboundCall.GATEWAY_PROVISION);

    FutureTask<Either<GrantsError, ProvisioningRequest>> provision = world.inBackground(
        () -> world.grants.permissionSetProvisioning().provision(
            Fixtures.provisionToAccount(world.instance.arn(), world.set.arn(), Fixtures.ACCOUNT_A).build()));
    assertThat(stall.awaitReached(WAIT_BOUND)).as("the work reached the stalled gateway").isTrue();
    String requestId = world.stores.provisioningRequests().requestsOf(world.instance.arn()).get(0).requestId();
    assertThat(world.describe(requestId).status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    world.clock.advance(DEADLINE);

    assertThat(world.describe(requestId).status()).isEqualTo(ProvisioningStatus.FAILED);
    stall.release();
    ProvisioningRequest answered = FaultWorld.right(provision.get(WAIT_BOUND.toSeconds(), TimeUnit.SECONDS));
    assertThat(answered.status()).as("the gateway's late success changes nothing").isEqualTo(ProvisioningStatus.FAILED);
    assertThat(world.stores.permissionSets().provisionedAccounts(world.set.arn())).isEmpty();
  }

  /** What the operation does without a fault: its answer, its outbound calls, and the state before and after. */
  private record Baseline(Either<GrantsError, ?> outcome, List<OutboundCall> trace, List<String> before,
      List<String> after) {}

  private Baseline baseline(FaultScenarios.Scenario scenario) {
    FaultWorld world = world();
    scenario.setUp().accept(world);
    List<String> before = world.view();
    List<Either<GrantsError, ?>> outcome = new ArrayList<>(1);
    List<OutboundCall> trace = world.plan.trace(() -> outcome.add(scenario.call().apply(world)));
    return new Baseline(outcome.get(0), trace, before, world.view());
  }

  private DynamicNode everyFault(FaultScenarios.Scenario scenario) {
    Baseline baseline = baseline(scenario);
    List<DynamicTest> runs = new ArrayList<>();
    runs.add(dynamicTest("without a fault", () -> {
      assertThat(baseline.outcome().isRight()).as("%s without a fault: %s", scenario.operation(), baseline.outcome())
          .isTrue();
      FaultWorld world = world();
      scenario.setUp().accept(world);
      FaultWorld.Snapshot before = world.snapshot();
      world.events.clear();
      Either<GrantsError, ?> outcome = scenario.call().apply(world);
      world.tells(scenario, outcome);
      world.isWhole(before);
    }));
    Map<OutboundCall, Integer> seen = new EnumMap<>(OutboundCall.class);
    for (OutboundCall call : baseline.trace()) {
      int nth = seen.merge(call, 1, Integer::sum);
      for (Fault.Kind kind : Fault.Kind.applicableTo(call)) {
        runs.add(dynamicTest(kind + " at " + call + " #" + nth,
            () -> underFault(scenario, baseline, call, nth, kind)));
      }
    }
    return dynamicContainer(scenario.operation(), runs);
  }

  private void underFault(FaultScenarios.Scenario scenario, Baseline baseline, OutboundCall call, int nth, Fault.Kind kind)
      throws Exception {
    FaultWorld world = world();
    scenario.setUp().accept(world);
    FaultWorld.Snapshot before = world.snapshot();
    world.events.clear();
    Fault fault = Fault.of(kind, STALL_BOUND);
    world.plan.arm(call, nth, fault);

    Either<GrantsError, ?> outcome = fault instanceof Fault.Stall stall
        ? whileStalled(world, scenario, baseline, stall)
        : scenario.call().apply(world);
    world.plan.clear();

    assertThat(fault.fired()).as("the fault met its call: the operation made the same calls as without it").isTrue();
    if (kind == Fault.Kind.STALL || call == OutboundCall.EVENT) {
      assertThat(outcome.isRight()).as("a slow port or a failing listener fails nothing: %s", outcome)
          .isEqualTo(baseline.outcome().isRight());
    } else if (outcome.isLeft()) {
      assertThat(outcome.getLeft()).as("a port failure is an internal failure")
          .isInstanceOf(GrantsError.InternalFailure.class);
      assertThat(causes(((GrantsError.InternalFailure) outcome.getLeft()).cause()))
          .as("the internal failure is the injected fault").anyMatch(InjectedFault.class::isInstance);
    }
    List<String> after = world.view();
    if (scenario.atomic()) {
      assertThat(after).as("the state the operation left: the one before it, or the one it makes")
          .isIn(baseline.before(), baseline.after());
    }
    world.tells(scenario, outcome);
    world.isWhole(before);

    world.events.clear();
    Either<GrantsError, ?> retried = scenario.call().apply(world);
    if (retried.isLeft()) {
      assertThat(scenario.alreadyDone()).as("a retry may only meet its own earlier success: %s", retried.getLeft())
          .contains(retried.getLeft().getClass());
      assertThat(after).as("and only when the change happened").isEqualTo(baseline.after());
    }
    world.tells(scenario, retried);
    world.isWhole(before);
    world.stillWorks();
    world.clock.advance(DEADLINE);
    world.nothingSeenInProgress();
    world.isWhole(before);
  }

  /** Runs the operation until it is stalled, looks at the system meanwhile (also past every deadline), releases. */
  private Either<GrantsError, ?> whileStalled(FaultWorld world, FaultScenarios.Scenario scenario, Baseline baseline, Fault.Stall stall)
      throws Exception {
    FutureTask<Either<GrantsError, ?>> running = world.inBackground(() -> scenario.call().apply(world));
    try {
      if (stall.awaitReached(WAIT_BOUND)) {
        List<String> seen = world.view();
        if (scenario.atomic()) {
          assertThat(seen).as("what others see while the operation is stalled")
              .isIn(baseline.before(), baseline.after());
        }
        world.clock.advance(DEADLINE);
        world.nothingSeenInProgress();
      }
    } finally {
      stall.release();
    }
    return running.get(WAIT_BOUND.toSeconds(), TimeUnit.SECONDS);
  }

  private static List<Throwable> causes(Throwable failure) {
    List<Throwable> all = new ArrayList<>();
    List<Throwable> next = new ArrayList<>(List.of(failure));
    while (!next.isEmpty()) {
      Throwable each = next.remove(0);
      if (!all.contains(each)) {
        all.add(each);
        if (each.getCause() != null) {
          next.add(each.getCause());
        }
        next.addAll(List.of(each.getSuppressed()));
      }
    }
    return all;
  }

  /** A new world on fresh stores. */
  private FaultWorld world() {
    return new FaultWorld(createStores());
  }

  /** A new world with an instance and a permission set, whose gateway holds every work until the test answers it. */
  private FaultWorld worldWithHeldSet() {
    FaultWorld world = world();
    world.instanceWithSet();
    world.gateway.hold();
    return world;
  }

  /** A stall, armed on the next {@code call} that {@code world} makes. */
  private static Fault.Stall stallNext(FaultWorld world, OutboundCall call) {
    Fault.Stall stall = Fault.stall(STALL_BOUND);
    world.plan.arm(call, 1, stall);
    return stall;
  }
}
