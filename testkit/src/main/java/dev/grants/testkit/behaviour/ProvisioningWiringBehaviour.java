package dev.grants.testkit.behaviour;

import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.fake.ScriptedProvisioningGateway;
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
}
