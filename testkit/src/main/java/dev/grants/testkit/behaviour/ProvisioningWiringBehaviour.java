package dev.grants.testkit.behaviour;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.ScriptedProvisioningGateway;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;

/**
 * What the Identity Center behaviour suites share: a {@link WiringBehaviour} whose wiring also takes the suite's
 * own {@link ScriptedProvisioningGateway} and provisioning deadline, and that can be restarted on the same
 * outbound stores. Extend {@link PermissionSetsBehaviour} or {@link PermissionSetProvisioningBehaviour}, not this
 * class; implement both hooks:
 *
 * <pre>{@code
 * class MyWiringPermissionSetProvisioningTest extends PermissionSetProvisioningBehaviour {
 *   private final MyPermissionSetRepository sets = MyPermissionSetRepository.fresh();
 *   private final MyProvisioningRequestRepository requests = MyProvisioningRequestRepository.fresh();
 *
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
 *       ProvisioningGateway gateway, Duration deadline) {
 *     return wiring(clock, ids, events, gateway, deadline);
 *   }
 *
 *   @Override
 *   protected Grants restartGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
 *       ProvisioningGateway gateway, Duration deadline) {
 *     return wiring(clock, ids, events, gateway, deadline); // the same stores, a new gateway
 *   }
 *
 *   private Grants wiring(Clock clock, IdGenerator ids, GrantsEventListener events,
 *       ProvisioningGateway gateway, Duration deadline) {
 *     return Grants.builder().permissionSets(sets).provisioningRequests(requests)
 *         .provisioningGateway(gateway).provisioningDeadline(deadline)
 *         ... // the other ports
 *         .clock(clock).ids(ids).events(events).build();
 *   }
 * }
 * }</pre>
 */
public abstract class ProvisioningWiringBehaviour extends WiringBehaviour {
  /** The provisioning deadline the suite gives the wiring: a request with no answer by then ends FAILED. */
  protected static final Duration DEADLINE = Duration.ofSeconds(90);

  /** The gateway of the current wiring: it holds every work until the test answers it. */
  protected ScriptedProvisioningGateway gateway = new ScriptedProvisioningGateway();

  /** Creates the suite. */
  protected ProvisioningWiringBehaviour() {}

  /**
   * A new, empty wiring of every inbound port; called before each test. It must do provisioning work through
   * {@code gateway} and fail requests {@code deadline} after they started.
   *
   * <pre>{@code
   * @Override
   * protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
   *     ProvisioningGateway gateway, Duration deadline) {
   *   return Grants.builder()...provisioningGateway(gateway).provisioningDeadline(deadline)
   *       .clock(clock).ids(ids).events(events).build();
   * }
   * }</pre>
   */
  protected abstract Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
      ProvisioningGateway gateway, Duration deadline);

  /**
   * A new wiring on the same outbound stores (repositories) as the one {@link #createGrants(Clock, IdGenerator,
   * GrantsEventListener, ProvisioningGateway, Duration) createGrants} made, with a new gateway: what a process
   * restart builds. The suite calls it through {@link #restart()}.
   *
   * <pre>{@code
   * @Override
   * protected Grants restartGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
   *     ProvisioningGateway gateway, Duration deadline) {
   *   return Grants.builder().permissionSets(sameSets).provisioningRequests(sameRequests)...build();
   * }
   * }</pre>
   */
  protected abstract Grants restartGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
      ProvisioningGateway gateway, Duration deadline);

  @Override
  protected final Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events) {
    return createGrants(clock, ids, events, gateway, DEADLINE);
  }

  /**
   * Restarts, as a process that crashed and started again does: the previous wiring's leases on its work lapse
   * (the clock moves on by {@link Grants.Builder#DEFAULT_PROVISIONING_LEASE}), {@link #grants} becomes a new wiring
   * on the same stores, with a new {@link #gateway}, which it returns, and it runs its recovery
   * ({@link Grants#recoverProvisioning()}), as a launcher does at start. The previous gateway keeps its works and
   * may still answer them.
   */
  protected final ScriptedProvisioningGateway restart() {
    return restart(new ScriptedProvisioningGateway());
  }

  /** Restarts as {@link #restart()} does, with {@code next} (already scripted) as the new gateway. */
  protected final ScriptedProvisioningGateway restart(ScriptedProvisioningGateway next) {
    gateway = next;
    clock.advance(Grants.Builder.DEFAULT_PROVISIONING_LEASE);
    grants = restartGrants(clock, ids, events::add, gateway, DEADLINE);
    grants.recoverProvisioning().get();
    return gateway;
  }

  // --- the steps the Identity Center suites share --------------------------------------------------------

  /** The owner's instance, new. */
  Instance instance() {
    return grants.permissionSets().createInstance(Fixtures.createInstance().build()).get();
  }

  /** Another account's instance, new. */
  Instance otherInstance() {
    return grants.permissionSets().createInstance(Fixtures.createInstance().context(Fixtures.otherContext()).build())
        .get();
  }

  /** A new permission set named {@code name} in the owner's {@code instance}. */
  PermissionSet set(Instance instance, String name) {
    return grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn()).name(name).build())
        .get();
  }

  /** A new permission set in {@code theirs}, another account's instance, created by that account. */
  PermissionSet theirSet(Instance theirs) {
    return grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(theirs.arn())
        .context(Fixtures.otherContext()).build()).get();
  }

  /** What the owner is refused on {@code theirs}, another account's instance: AccessDenied for {@code action}. */
  static Either<GrantsError, Object> deniedOn(Instance theirs, String action) {
    return Either.left(new GrantsError.AccessDenied(Fixtures.OWNER, Arn.parse(theirs.arn().toString()).get(), action));
  }
}
