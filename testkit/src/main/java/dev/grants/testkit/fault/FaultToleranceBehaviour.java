package dev.grants.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisionedAccount;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.domain.revision.RevisionId;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileStatus;
import dev.grants.ports.in.AddLayerVersionPermissionResult;
import dev.grants.ports.in.AddProfilePermissionResult;
import dev.grants.ports.in.DeleteLayerVersionResult;
import dev.grants.ports.in.GetLayerVersionPolicyResult;
import dev.grants.ports.in.ListProfilePermissionsResult;
import dev.grants.ports.in.RemoveLayerVersionPermissionResult;
import dev.grants.ports.in.RemoveProfilePermissionResult;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.FixedClock;
import dev.grants.testkit.fake.ScriptedProvisioningGateway;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
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
 *         new MyPermissionSets(fresh()), new MyProvisioningRequests(fresh()));
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

  private static final String START = "2018-11-14T23:03:52.894Z";
  /** A stall the suite failed to release ends by itself after this long: a guard, never reached when it works. */
  private static final Duration STALL_BOUND = Duration.ofSeconds(10);
  /** How long the suite waits for a stalled call to be reached or to finish: a guard against a hang. */
  private static final Duration WAIT_BOUND = Duration.ofSeconds(30);
  /** The seed layer's versions the checks look at. */
  private static final int VERSIONS = 3;
  private static final AccountId OWNER = AccountId.of(Fixtures.OWNER);

  /** Creates the suite. */
  protected FaultToleranceBehaviour() {}

  /**
   * Fresh, empty stores; called for every run (several hundred), so they should be cheap to make.
   *
   * <pre>{@code
   * @Override
   * protected OutboundStores createStores() {
   *   return new OutboundStores(new MyPolicies(), new MyLayerVersions(), new MyProfiles(), new MyPermissionSets(),
   *       new MyProvisioningRequests());
   * }
   * }</pre>
   */
  protected abstract OutboundStores createStores();

  // --- every operation under every fault ------------------------------------------------------------------

  @TestFactory
  Stream<DynamicNode> lambda_layer_operations_stay_whole_under_every_fault_at_every_outbound_call() {
    return lambda().stream().map(this::everyFault);
  }

  @TestFactory
  Stream<DynamicNode> signer_operations_stay_whole_under_every_fault_at_every_outbound_call() {
    return signer().stream().map(this::everyFault);
  }

  @TestFactory
  Stream<DynamicNode> identity_center_operations_stay_whole_under_every_fault_at_every_outbound_call() {
    return identityCenter().stream().map(this::everyFault);
  }

  @Test
  void the_operations_reach_every_outbound_call_but_the_provisioning_recoverys() {
    Set<OutboundCall> reached = EnumSet.noneOf(OutboundCall.class);
    Stream.of(lambda(), signer(), identityCenter()).flatMap(List::stream)
        .forEach(scenario -> reached.addAll(baseline(scenario).trace()));

    // These are the provisioning recovery's own, which no inbound operation makes.
    assertThat(EnumSet.complementOf(EnumSet.copyOf(reached))).containsExactly(
        OutboundCall.REQUESTS_ALL_IN_PROGRESS, OutboundCall.REQUEST_RENEW, OutboundCall.REQUEST_TAKE_OVER);
  }

  // --- races a stall opens -----------------------------------------------------------------------------

  @Test
  void a_provisioning_that_starts_while_a_delete_is_stalled_does_not_outlive_the_permission_set() throws Exception {
    World world = new World();
    world.instanceWithSet();
    world.gateway.hold();
    Fault.Stall stall = Fault.stall(STALL_BOUND);
    world.plan.arm(OutboundCall.PERMISSION_SET_DELETE, 1, stall);

    FutureTask<Either<GrantsError, PermissionSet>> delete = world.inBackground(() -> world.grants.permissionSets()
        .deletePermissionSet(Fixtures.deletePermissionSet(world.instance.arn(), world.set.arn()).build()));
    assertThat(stall.awaitReached(WAIT_BOUND)).as("the delete reached its stall").isTrue();
    // The delete found nothing in progress before this started.
    ProvisioningRequest started = right(world.grants.permissionSetProvisioning().provision(
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
    World world = new World();
    world.instanceWithSet();
    world.gateway.hold();
    Fault.Stall stall = Fault.stall(STALL_BOUND);
    world.plan.arm(OutboundCall.PERMISSION_SET_DELETE, 1, stall)
        .arm(OutboundCall.PERMISSION_SET_DELETE, 1, Fault.failAfter());

    FutureTask<Either<GrantsError, PermissionSet>> delete = world.inBackground(() -> world.grants.permissionSets()
        .deletePermissionSet(Fixtures.deletePermissionSet(world.instance.arn(), world.set.arn()).build()));
    assertThat(stall.awaitReached(WAIT_BOUND)).as("the delete reached its stall").isTrue();
    ProvisioningRequest started = right(world.grants.permissionSetProvisioning().provision(
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
    World world = new World();
    world.instanceWithSet();
    world.gateway.hold();
    Fault.Stall stall = Fault.stall(STALL_BOUND);
    world.plan.arm(OutboundCall.REQUEST_START, 1, stall);

    FutureTask<Either<GrantsError, ProvisioningRequest>> provision = world.inBackground(
        () -> world.grants.permissionSetProvisioning().provision(
            Fixtures.provisionToAccount(world.instance.arn(), world.set.arn(), Fixtures.ACCOUNT_A).build()));
    assertThat(stall.awaitReached(WAIT_BOUND)).as("the provisioning reached its stall").isTrue();
    right(world.grants.permissionSets()
        .deletePermissionSet(Fixtures.deletePermissionSet(world.instance.arn(), world.set.arn()).build()));
    stall.release();

    ProvisioningRequest request = right(provision.get(WAIT_BOUND.toSeconds(), TimeUnit.SECONDS));
    assertThat(request.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(world.gateway.received()).as("no work for a permission set that is gone").isEmpty();
    assertThat(world.stores.provisioningRequests().allInProgress()).isEmpty();
  }

  @Test
  void an_add_that_checked_the_profile_before_it_was_canceled_is_refused_even_when_the_first_revision_bump_fails()
      throws Exception {
    World world = new World();
    world.profile();
    Fault.Stall stall = Fault.stall(STALL_BOUND);
    world.plan.arm(OutboundCall.POLICY_COMMIT, 1, stall);

    FutureTask<Either<GrantsError, AddProfilePermissionResult>> add = world.inBackground(
        () -> world.grants.signingProfilePermissions().add(Fixtures.addProfilePermission().build()));
    assertThat(stall.awaitReached(WAIT_BOUND)).as("the add checked the profile and reached its commit").isTrue();
    world.plan.arm(OutboundCall.POLICY_COMMIT, 1, Fault.failBefore()); // the cancel's revision bump
    SigningProfile canceled = right(world.grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build()));
    stall.release();

    assertThat(canceled.status()).isEqualTo(SigningProfileStatus.CANCELED);
    assertThat(add.get(WAIT_BOUND.toSeconds(), TimeUnit.SECONDS)).isEqualTo(Either.left(
        new GrantsError.ProfileNotActive(Fixtures.signingProfileArn(), SigningProfileStatus.CANCELED)));
    assertThat(world.stores.resourcePolicies().find(Fixtures.signingProfileArn().arn()).statements()).isEmpty();
  }

  @Test
  void a_request_whose_gateway_stalls_past_its_deadline_is_never_seen_in_progress_after_it() throws Exception {
    World world = new World();
    world.instanceWithSet();
    Fault.Stall stall = Fault.stall(STALL_BOUND);
    world.plan.arm(OutboundCall.GATEWAY_PROVISION, 1, stall);

    FutureTask<Either<GrantsError, ProvisioningRequest>> provision = world.inBackground(
        () -> world.grants.permissionSetProvisioning().provision(
            Fixtures.provisionToAccount(world.instance.arn(), world.set.arn(), Fixtures.ACCOUNT_A).build()));
    assertThat(stall.awaitReached(WAIT_BOUND)).as("the work reached the stalled gateway").isTrue();
    String requestId = world.stores.provisioningRequests().requestsOf(world.instance.arn()).get(0).requestId();
    assertThat(world.describe(requestId).status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    world.clock.advance(DEADLINE);

    assertThat(world.describe(requestId).status()).isEqualTo(ProvisioningStatus.FAILED);
    stall.release();
    ProvisioningRequest answered = right(provision.get(WAIT_BOUND.toSeconds(), TimeUnit.SECONDS));
    assertThat(answered.status()).as("the gateway's late success changes nothing").isEqualTo(ProvisioningStatus.FAILED);
    assertThat(world.stores.permissionSets().provisionedAccounts(world.set.arn())).isEmpty();
  }

  // --- the operations ------------------------------------------------------------------------------------

  private static List<Scenario> lambda() {
    return List.of(
        Scenario.of("PublishLayerVersion", world -> { },
            world -> world.grants.layerVersions().publish(Fixtures.publishLayerVersion().build())),
        Scenario.of("GetLayerVersion", World::layerVersion,
            world -> world.grants.layerVersions().get(Fixtures.getLayerVersion().build())),
        Scenario.of("DeleteLayerVersion", World::layerVersionWithGrant,
            world -> world.grants.layerVersions().delete(Fixtures.deleteLayerVersion().build())),
        Scenario.of("AddLayerVersionPermission", World::layerVersion,
                world -> world.grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().build()))
            .alreadyDone(GrantsError.StatementIdConflict.class),
        Scenario.of("RemoveLayerVersionPermission", World::layerVersionWithGrant,
                world -> world.grants.layerVersionPermissions()
                    .remove(Fixtures.removeLayerVersionPermission().build()))
            .alreadyDone(GrantsError.StatementNotFound.class),
        Scenario.of("GetLayerVersionPolicy", World::layerVersionWithGrant,
            world -> world.grants.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().build())));
  }

  private static List<Scenario> signer() {
    return List.of(
        Scenario.of("PutSigningProfile", world -> { },
            world -> world.grants.signingProfiles().put(Fixtures.putSigningProfile().build())),
        Scenario.of("GetSigningProfile", World::profile,
            world -> world.grants.signingProfiles().get(Fixtures.getSigningProfile().build())),
        Scenario.of("CancelSigningProfile", World::profileWithGrant,
            world -> world.grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build())),
        Scenario.of("AddProfilePermission", World::profile,
                world -> world.grants.signingProfilePermissions().add(Fixtures.addProfilePermission().build()))
            .alreadyDone(GrantsError.StatementIdConflict.class),
        Scenario.of("RemoveProfilePermission", World::profileWithGrant,
                world -> world.grants.signingProfilePermissions().remove(Fixtures.removeProfilePermission()
                    .revisionId(world.revision.value()).build()))
            .alreadyDone(GrantsError.RevisionMismatch.class, GrantsError.StatementNotFound.class),
        Scenario.of("ListProfilePermissions", World::profileWithGrant,
            world -> world.grants.signingProfilePermissions().list(Fixtures.listProfilePermissions().build())));
  }

  private static List<Scenario> identityCenter() {
    return List.of(
        Scenario.of("CreateInstance", world -> { },
                world -> world.grants.permissionSets().createInstance(Fixtures.createInstance().build()))
            .alreadyDone(GrantsError.InstanceAlreadyExists.class),
        Scenario.of("ListInstances", World::instance,
            world -> world.grants.permissionSets().listInstances(Fixtures.listInstances().build())),
        Scenario.of("CreatePermissionSet", World::instance,
                world -> world.grants.permissionSets()
                    .createPermissionSet(Fixtures.createPermissionSet(world.instance.arn()).build()))
            .alreadyDone(GrantsError.PermissionSetNameConflict.class),
        Scenario.of("DescribePermissionSet", World::instanceWithSet,
            world -> world.grants.permissionSets()
                .describePermissionSet(Fixtures.describePermissionSet(world.instance.arn(), world.set.arn()).build())),
        Scenario.of("PutInlinePolicyToPermissionSet", World::setProvisionedToA,
            world -> world.grants.permissionSets()
                .putInlinePolicy(Fixtures.putInlinePolicy(world.instance.arn(), world.set.arn()).build())),
        Scenario.of("DeletePermissionSet", World::setProvisionedToA,
                world -> world.grants.permissionSets()
                    .deletePermissionSet(Fixtures.deletePermissionSet(world.instance.arn(), world.set.arn()).build()))
            .alreadyDone(GrantsError.PermissionSetNotFound.class)
            .tells((world, deleted) -> assertThat(world.stores.permissionSets()
                .findPermissionSet(((PermissionSet) deleted).arn())).as("the deleted permission set").isEmpty()),
        Scenario.of("ProvisionPermissionSet to an account", World::instanceWithSet,
                world -> world.grants.permissionSetProvisioning().provision(
                    Fixtures.provisionToAccount(world.instance.arn(), world.set.arn(), Fixtures.ACCOUNT_A).build()))
            .notAtomic(),
        Scenario.of("ProvisionPermissionSet to all provisioned accounts", World::setProvisionedToAAndB,
                world -> world.grants.permissionSetProvisioning().provision(
                    Fixtures.provisionToAllProvisionedAccounts(world.instance.arn(), world.set.arn()).build()))
            .notAtomic(),
        Scenario.of("DescribePermissionSetProvisioningStatus of an overdue request", World::overdueRequest,
            world -> world.grants.permissionSetProvisioning().describeStatus(
                Fixtures.describeProvisioningStatus(world.instance.arn(), world.requestId).build())),
        Scenario.of("ListPermissionSetProvisioningStatus with an overdue request", World::overdueRequest,
            world -> world.grants.permissionSetProvisioning()
                .listStatus(Fixtures.listProvisioningStatus(world.instance.arn()).build())),
        Scenario.of("ListAccountsForProvisionedPermissionSet", World::setProvisionedToA,
            world -> world.grants.permissionSetProvisioning().listAccounts(
                Fixtures.listAccountsForProvisionedPermissionSet(world.instance.arn(), world.set.arn()).build())),
        Scenario.of("ListPermissionSetsProvisionedToAccount", World::setProvisionedToA,
            world -> world.grants.permissionSetProvisioning().listPermissionSets(
                Fixtures.listPermissionSetsProvisionedToAccount(world.instance.arn(), Fixtures.ACCOUNT_A).build())));
  }

  /**
   * One inbound operation: the state it starts from, the call, whether what it leaves must be exactly the state
   * before or after it ({@code atomic}; a provisioning may also end FAILED, which is whole too), the refusals a
   * retry may meet when the first call took effect, and how its result is checked against the stores.
   */
  private record Scenario(String operation, Consumer<World> setUp, Function<World, Either<GrantsError, ?>> call,
      boolean atomic, Set<Class<?>> alreadyDone, BiConsumer<World, Object> tells) {

    static Scenario of(String operation, Consumer<World> setUp, Function<World, Either<GrantsError, ?>> call) {
      return new Scenario(operation, setUp, call, true, Set.of(), World::resultTells);
    }

    Scenario alreadyDone(Class<?>... refusals) {
      return new Scenario(operation, setUp, call, atomic, Set.of(refusals), tells);
    }

    Scenario notAtomic() {
      return new Scenario(operation, setUp, call, false, alreadyDone, tells);
    }

    Scenario tells(BiConsumer<World, Object> check) {
      return new Scenario(operation, setUp, call, atomic, alreadyDone, check);
    }
  }

  /** What the operation does without a fault: its answer, its outbound calls, and the state before and after. */
  private record Baseline(Either<GrantsError, ?> outcome, List<OutboundCall> trace, List<String> before,
      List<String> after) {}

  private Baseline baseline(Scenario scenario) {
    World world = new World();
    scenario.setUp().accept(world);
    List<String> before = world.view();
    List<Either<GrantsError, ?>> outcome = new ArrayList<>(1);
    List<OutboundCall> trace = world.plan.trace(() -> outcome.add(scenario.call().apply(world)));
    return new Baseline(outcome.get(0), trace, before, world.view());
  }

  private DynamicNode everyFault(Scenario scenario) {
    Baseline baseline = baseline(scenario);
    List<DynamicTest> runs = new ArrayList<>();
    runs.add(dynamicTest("without a fault", () -> {
      assertThat(baseline.outcome().isRight()).as("%s without a fault: %s", scenario.operation(), baseline.outcome())
          .isTrue();
      World world = new World();
      scenario.setUp().accept(world);
      Snapshot before = world.snapshot();
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

  private void underFault(Scenario scenario, Baseline baseline, OutboundCall call, int nth, Fault.Kind kind)
      throws Exception {
    World world = new World();
    scenario.setUp().accept(world);
    Snapshot before = world.snapshot();
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
  private Either<GrantsError, ?> whileStalled(World world, Scenario scenario, Baseline baseline, Fault.Stall stall)
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

  private static <T> T right(Either<GrantsError, T> outcome) {
    assertThat(outcome.isRight()).as("expected a success: %s", outcome).isTrue();
    return outcome.get();
  }

  /** What the checks compare across an operation, read straight from the stores. */
  private record Snapshot(List<String> view, boolean profileActive, Option<RevisionId> profileRevision) {}

  /** One wiring on fresh stores, with what its set-up made. */
  private final class World {
    final FaultPlan plan = new FaultPlan();
    final FixedClock clock = FixedClock.at(START);
    final List<GrantsEvent> events = new CopyOnWriteArrayList<>();
    final ScriptedProvisioningGateway gateway = new ScriptedProvisioningGateway().answerAtOnce();
    /** Every permission set id handed out, so the checks can look for sets whose creation failed halfway. */
    final List<String> permissionSetIds = new CopyOnWriteArrayList<>();
    final OutboundStores stores = plan.wrap(createStores());
    final Grants grants;
    Instance instance;
    PermissionSet set;
    RevisionId revision;
    String requestId;

    World() {
      SequentialIds sequence = new SequentialIds();
      IdGenerator ids = new IdGenerator() {
        @Override
        public RevisionId newRevisionId() {
          return sequence.newRevisionId();
        }

        @Override
        public String newPermissionSetId() {
          String id = IdGenerator.super.newPermissionSetId();
          permissionSetIds.add(id);
          return id;
        }
      };
      grants = Grants.builder()
          .resourcePolicies(stores.resourcePolicies())
          .layerVersions(stores.layerVersions())
          .signingProfiles(stores.signingProfiles())
          .permissionSets(stores.permissionSets())
          .provisioningRequests(stores.provisioningRequests())
          .provisioningGateway(plan.provisioningGateway(gateway))
          .provisioningDeadline(DEADLINE)
          .ids(plan.ids(ids))
          .events(plan.events(events::add))
          .clock(clock)
          .build();
    }

    // --- set-ups ---

    void layerVersion() {
      right(grants.layerVersions().publish(Fixtures.publishLayerVersion().build()));
    }

    void layerVersionWithGrant() {
      layerVersion();
      right(grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().build()));
    }

    void profile() {
      right(grants.signingProfiles().put(Fixtures.putSigningProfile().build()));
    }

    void profileWithGrant() {
      profile();
      revision = right(grants.signingProfilePermissions().add(Fixtures.addProfilePermission().build())).revisionId();
    }

    void instance() {
      instance = right(grants.permissionSets().createInstance(Fixtures.createInstance().build()));
    }

    void instanceWithSet() {
      instance();
      set = right(grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn()).build()));
    }

    void setProvisionedToA() {
      instanceWithSet();
      provisioned(Fixtures.ACCOUNT_A);
    }

    void setProvisionedToAAndB() {
      setProvisionedToA();
      provisioned(Fixtures.ACCOUNT_B);
    }

    void overdueRequest() {
      instanceWithSet();
      gateway.hold();
      requestId = right(grants.permissionSetProvisioning().provision(
          Fixtures.provisionToAccount(instance.arn(), set.arn(), Fixtures.ACCOUNT_A).build())).requestId();
      clock.advance(DEADLINE); // nobody has looked since: the request is stored in progress, past its deadline
    }

    private void provisioned(String account) {
      ProvisioningRequest request = right(grants.permissionSetProvisioning().provision(
          Fixtures.provisionToAccount(instance.arn(), set.arn(), account).build()));
      assertThat(request.status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    }

    <T> FutureTask<T> inBackground(Callable<T> call) {
      FutureTask<T> task = new FutureTask<>(call);
      Thread thread = new Thread(task, "grants-fault-tolerance");
      thread.setDaemon(true);
      thread.start();
      return task;
    }

    // --- what readers see ---

    /**
     * The state as the inbound ports show it (ids and instants left out, as they differ between runs), with the
     * provisioning requests read from their store with their deadline applied, as every reader would see them:
     * reading them through the ports would end overdue requests and change what is looked at.
     */
    List<String> view() {
      List<String> facts = new ArrayList<>();
      for (long number = 1; number <= VERSIONS; number++) {
        Either<GrantsError, LayerVersion> version =
            grants.layerVersions().get(Fixtures.getLayerVersion().versionNumber(number).build());
        facts.add("layer version " + number + ": " + version.fold(this::refusal, published -> "published"));
        if (version.isRight()) {
          facts.add("its policy: " + grants.layerVersionPermissions()
              .getPolicy(Fixtures.getLayerVersionPolicy().versionNumber(number).build())
              .fold(this::refusal, policy -> sids(policy.policy())));
        }
      }
      Either<GrantsError, SigningProfile> profile = grants.signingProfiles().get(Fixtures.getSigningProfile().build());
      facts.add("profile: " + profile.fold(this::refusal, found -> found.status().toString()));
      if (profile.isRight()) {
        facts.add("its permissions: " + grants.signingProfilePermissions()
            .list(Fixtures.listProfilePermissions().build())
            .fold(this::refusal, page -> page.permissions().stream().map(p -> p.statementId().value()).toList()));
      }
      List<Instance> instances = right(grants.permissionSets().listInstances(Fixtures.listInstances().build())).items();
      facts.add("instances: " + instances.size());
      for (Instance each : instances) {
        for (String id : permissionSetIds) {
          PermissionSetArn arn = PermissionSetArn.of(each.arn(), id);
          Either<GrantsError, PermissionSet> found = grants.permissionSets()
              .describePermissionSet(Fixtures.describePermissionSet(each.arn(), arn).build());
          if (found.isLeft() && found.getLeft() instanceof GrantsError.PermissionSetNotFound) {
            continue; // its creation failed, or it was deleted: as if it never was
          }
          facts.add("permission set: " + found.fold(this::refusal,
              set -> set.name() + " v" + set.definitionVersion() + (set.inlinePolicy() == null ? "" : " with policy")));
          if (found.isRight()) {
            facts.add("provisioned to: " + right(grants.permissionSetProvisioning().listAccounts(
                Fixtures.listAccountsForProvisionedPermissionSet(each.arn(), arn).build())).items());
            facts.add("latest at: " + right(grants.permissionSetProvisioning().listAccounts(
                Fixtures.listAccountsForProvisionedPermissionSet(each.arn(), arn)
                    .provisioningStatus("LATEST_PERMISSION_SET_PROVISIONED").build())).items());
          }
        }
        facts.add("permission sets of " + Fixtures.ACCOUNT_A + ": " + right(grants.permissionSetProvisioning()
            .listPermissionSets(Fixtures.listPermissionSetsProvisionedToAccount(each.arn(), Fixtures.ACCOUNT_A)
                .build())).items().size());
        facts.add("requests: " + stores.provisioningRequests().requestsOf(each.arn()).stream()
            .map(this::seenStatus).toList());
      }
      return facts;
    }

    private ProvisioningStatus seenStatus(ProvisioningRequest request) {
      return request instanceof ProvisioningRequest.InProgress running && running.isOverdue(clock.instant())
          ? ProvisioningStatus.FAILED
          : request.status();
    }

    private String refusal(GrantsError error) {
      if (error instanceof GrantsError.InternalFailure failure) {
        throw new AssertionError("a read failed with no fault armed", failure.cause());
      }
      return error.getClass().getSimpleName();
    }

    private List<String> sids(ResourcePolicy policy) {
      return policy.statements().stream().map(statement -> statement.sid().value()).toList();
    }

    Snapshot snapshot() {
      Option<SigningProfile> profile = stores.signingProfiles().find(Fixtures.signingProfileArn());
      return new Snapshot(view(), profile.exists(SigningProfile::isActive),
          stores.resourcePolicies().find(Fixtures.signingProfileArn().arn()).revision());
    }

    // --- the checks ---

    /** No partial state in the stores. */
    void isWhole(Snapshot before) {
      for (long number = 1; number <= VERSIONS; number++) {
        LayerVersionArn arn = Fixtures.layerVersionArn(number);
        if (stores.layerVersions().find(arn).isEmpty()) {
          assertThat(stores.resourcePolicies().find(arn.arn()).exists())
              .as("a policy left behind by deleted layer version %s", arn).isFalse();
        }
      }
      Option<SigningProfile> profile = stores.signingProfiles().find(Fixtures.signingProfileArn());
      if (before.profileActive() && profile.exists(found -> !found.isActive())) {
        assertThat(stores.resourcePolicies().find(Fixtures.signingProfileArn().arn()).revision())
            .as("a canceled profile's policy has a new revision, which refuses changes that checked it before")
            .isNotEqualTo(before.profileRevision());
      }
      for (Instance each : stores.permissionSets().instancesOf(OWNER)) {
        for (ProvisioningRequest request : stores.provisioningRequests().requestsOf(each.arn())) {
          Option<PermissionSet> set = stores.permissionSets().findPermissionSet(request.permissionSet());
          if (request.status() == ProvisioningStatus.IN_PROGRESS) {
            assertThat(set.isDefined()).as("request %s in progress for a deleted permission set", request).isTrue();
          }
          if (request.status() == ProvisioningStatus.SUCCEEDED && request.account() != null && set.isDefined()) {
            assertThat(stores.permissionSets().provisionedAccounts(set.get().arn()))
                .extracting(ProvisionedAccount::account)
                .as("the account of succeeded request %s", request).contains(request.account());
          }
          request.failureReason().forEach(reason -> assertThat(reason)
              .as("a failure reason tells nothing of what a port threw").doesNotContain(InjectedFault.MARKER));
        }
      }
    }

    /** Every event recorded and the value returned are true of the stores; then forgets the events. */
    void tells(Scenario scenario, Either<GrantsError, ?> outcome) {
      Map<Arn, RevisionId> lastRevision = new HashMap<>();
      for (GrantsEvent event : events) {
        if (event instanceof GrantsEvent.PermissionAdded added) {
          assertThat(stores.resourcePolicies().find(added.resource()).statements())
              .as("announced %s", added).contains(added.statement());
          lastRevision.put(added.resource(), added.revision());
        } else if (event instanceof GrantsEvent.PermissionRemoved removed) {
          assertThat(stores.resourcePolicies().find(removed.resource()).statement(removed.statementId()))
              .as("announced %s", removed).isEmpty();
          lastRevision.put(removed.resource(), removed.revision());
        } else if (event instanceof GrantsEvent.ProvisioningEvent provisioning) {
          Option<ProvisioningRequest> stored = stores.provisioningRequests().find(provisioning.requestId());
          assertThat(stored.isDefined()).as("announced %s", provisioning).isTrue();
          if (event instanceof GrantsEvent.ProvisioningSucceeded) {
            assertThat(stored.get().status()).as("announced %s", event).isEqualTo(ProvisioningStatus.SUCCEEDED);
          } else if (event instanceof GrantsEvent.ProvisioningFailed) {
            assertThat(stored.get().status()).as("announced %s", event).isEqualTo(ProvisioningStatus.FAILED);
          }
        }
      }
      lastRevision.forEach((resource, revision) -> assertThat(stores.resourcePolicies().find(resource).revision())
          .as("the revision last announced for %s", resource).containsExactly(revision));
      events.clear();
      if (outcome.isRight()) {
        scenario.tells().accept(this, outcome.get());
      }
    }

    /** The value an operation returned is what is stored. */
    void resultTells(Object result) {
      Arn layer = Fixtures.layerVersionArn(1).arn();
      Arn profile = Fixtures.signingProfileArn().arn();
      if (result instanceof AddLayerVersionPermissionResult added) {
        ResourcePolicy stored = stores.resourcePolicies().find(layer);
        assertThat(stored.revision()).as("the revision returned").containsExactly(added.revisionId());
        assertThat(stored.statements()).as("the statement returned").contains(added.statement());
      } else if (result instanceof RemoveLayerVersionPermissionResult removed) {
        ResourcePolicy stored = stores.resourcePolicies().find(layer);
        assertThat(stored.revision()).as("the revision returned").containsExactly(removed.revisionId());
        assertThat(stored.statement(StatementId.of(Fixtures.STATEMENT_ID))).isEmpty();
      } else if (result instanceof GetLayerVersionPolicyResult read) {
        assertThat(stores.resourcePolicies().find(layer)).isEqualTo(read.policy());
      } else if (result instanceof DeleteLayerVersionResult) {
        assertThat(stores.layerVersions().find(Fixtures.layerVersionArn(1))).isEmpty();
      } else if (result instanceof LayerVersion version) {
        assertThat(stores.layerVersions().find(version.arn())).containsExactly(version);
      } else if (result instanceof AddProfilePermissionResult added) {
        ResourcePolicy stored = stores.resourcePolicies().find(profile);
        assertThat(stored.revision()).as("the revision returned").containsExactly(added.revisionId());
        assertThat(stored.statement(StatementId.of(Fixtures.PROFILE_STATEMENT_ID))).isNotEmpty();
      } else if (result instanceof RemoveProfilePermissionResult removed) {
        ResourcePolicy stored = stores.resourcePolicies().find(profile);
        assertThat(stored.revision()).as("the revision returned").containsExactly(removed.revisionId());
        assertThat(stored.statement(StatementId.of(Fixtures.PROFILE_STATEMENT_ID))).isEmpty();
      } else if (result instanceof ListProfilePermissionsResult page) {
        assertThat(stores.resourcePolicies().find(profile).revision()).containsExactly(page.revisionId());
      } else if (result instanceof SigningProfile returned) {
        assertThat(stores.signingProfiles().find(returned.arn())).containsExactly(returned);
      } else if (result instanceof Instance returned) {
        assertThat(stores.permissionSets().findInstance(returned.arn())).containsExactly(returned);
      } else if (result instanceof PermissionSet returned) {
        assertThat(stores.permissionSets().findPermissionSet(returned.arn())).containsExactly(returned);
      } else if (result instanceof ProvisioningRequest returned) {
        Option<ProvisioningRequest> stored = stores.provisioningRequests().find(returned.requestId());
        assertThat(stored.isDefined()).as("the request returned is stored").isTrue();
        if (returned.status() != ProvisioningStatus.IN_PROGRESS) {
          assertThat(stored.get()).as("the ended request returned").isEqualTo(returned);
        }
      }
    }

    /** Every family still works: a permission goes on a new layer version and a new profile, a new set is provisioned. */
    void stillWorks() {
      gateway.answerAtOnce();
      LayerVersion probe = right(grants.layerVersions().publish(Fixtures.publishLayerVersion().layerName("probe").build()));
      Statement added = right(grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission()
          .layerName("probe").versionNumber(probe.arn().version()).statementId("probe").build())).statement();
      assertThat(right(grants.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy()
          .layerName("probe").versionNumber(probe.arn().version()).build())).policy().statements())
          .containsExactly(added);

      right(grants.signingProfiles().put(Fixtures.putSigningProfile().profileName("Probe").build()));
      right(grants.signingProfilePermissions().add(Fixtures.addProfilePermission().profileName("Probe").build()));
      assertThat(right(grants.signingProfilePermissions().list(Fixtures.listProfilePermissions()
          .profileName("Probe").build())).permissions()).hasSize(1);

      List<Instance> instances = right(grants.permissionSets().listInstances(Fixtures.listInstances().build())).items();
      Instance owned = instances.isEmpty()
          ? right(grants.permissionSets().createInstance(Fixtures.createInstance().build()))
          : instances.get(0);
      PermissionSet probeSet = right(grants.permissionSets().createPermissionSet(
          Fixtures.createPermissionSet(owned.arn()).name("Probe").build()));
      ProvisioningRequest provisioned = right(grants.permissionSetProvisioning().provision(
          Fixtures.provisionToAccount(owned.arn(), probeSet.arn(), Fixtures.ACCOUNT_C).build()));
      assertThat(provisioned.status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
      assertThat(right(grants.permissionSetProvisioning().listAccounts(
          Fixtures.listAccountsForProvisionedPermissionSet(owned.arn(), probeSet.arn()).build())).items())
          .containsExactly(Fixtures.ACCOUNT_C);
    }

    /** No reader sees a request in progress past its deadline (callers move the clock past it first). */
    void nothingSeenInProgress() {
      for (Instance each : stores.permissionSets().instancesOf(OWNER)) {
        assertThat(right(grants.permissionSetProvisioning().listStatus(
                Fixtures.listProvisioningStatus(each.arn()).build())).items())
            .extracting(ProvisioningRequest::status).doesNotContain(ProvisioningStatus.IN_PROGRESS);
        for (ProvisioningRequest stored : stores.provisioningRequests().requestsOf(each.arn())) {
          assertThat(describe(stored.requestId()).status()).isNotEqualTo(ProvisioningStatus.IN_PROGRESS);
        }
      }
      assertThat(stores.provisioningRequests().allInProgress()).as("requests stored in progress once looked at")
          .isEmpty();
    }

    ProvisioningRequest describe(String id) {
      ProvisioningRequest stored = stores.provisioningRequests().find(id).get();
      return right(grants.permissionSetProvisioning().describeStatus(
          Fixtures.describeProvisioningStatus(stored.instance(), id).build()));
    }
  }
}
