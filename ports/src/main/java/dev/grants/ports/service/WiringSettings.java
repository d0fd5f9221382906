package dev.grants.ports.service;

import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.ProvisioningGateway;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The settings every ready-made wiring of a store takes besides its stores (the in-memory and the PostgreSQL
 * wirings' builders extend it): the provisioning gateway, deadline and lease, the instance name, the clock, the id
 * generator and the event listener, each optional. A store's builder gives its own defaults for the clock, the ids
 * and the gateway, and turns the settings into a {@link Grants.Builder} with {@link #wiring(Supplier)}.
 *
 * <pre>{@code
 * public static final class Builder extends WiringSettings<Builder> {
 *   private Builder() { super(Clock.systemUTC(), new MyIds()); }
 *   public Grants build() {
 *     return wiring(MyGateway::new).resourcePolicies(...)...build();
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe, as builders are not.
 *
 * @param <B> the store's builder, which every setting returns
 */
public abstract class WiringSettings<B extends WiringSettings<B>> {
  private Clock clock;
  private IdGenerator ids;
  private GrantsEventListener events = GrantsEventListener.NONE;
  private ProvisioningGateway gateway;
  private Duration deadline = Grants.Builder.DEFAULT_PROVISIONING_DEADLINE;
  private Duration lease = Grants.Builder.DEFAULT_PROVISIONING_LEASE;
  private String instanceId;

  /**
   * Settings whose clock is {@code defaultClock} and whose id generator is {@code defaultIds} until {@link #clock}
   * and {@link #ids} replace them (the store's choice: the core never picks a clock of its own).
   */
  protected WiringSettings(Clock defaultClock, IdGenerator defaultIds) {
    this.clock = Objects.requireNonNull(defaultClock, "defaultClock");
    this.ids = Objects.requireNonNull(defaultIds, "defaultIds");
  }

  /** What does the provisioning work (default: the store's, as its builder says). */
  public B provisioningGateway(ProvisioningGateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    return self();
  }

  /** How long a provisioning request may stay in progress before it fails (default 5 minutes). */
  public B provisioningDeadline(Duration deadline) {
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    return self();
  }

  /** How long this wiring holds the work it handed to its gateway; see {@link Grants.Builder#provisioningLease}. */
  public B provisioningLease(Duration lease) {
    this.lease = Objects.requireNonNull(lease, "lease");
    return self();
  }

  /** The name this wiring leases work under; see {@link Grants.Builder#instanceId}. */
  public B instanceId(String instanceId) {
    this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
    return self();
  }

  /** What time it is (default: the store's, as its builder says). */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /** Where revision ids come from (default: the store's, as its builder says). */
  public B ids(IdGenerator ids) {
    this.ids = Objects.requireNonNull(ids, "ids");
    return self();
  }

  /** Who is told of committed changes (default: nobody). */
  public B events(GrantsEventListener events) {
    this.events = Objects.requireNonNull(events, "events");
    return self();
  }

  /**
   * A {@link Grants.Builder} with these settings, and the gateway {@code defaultGateway} makes if none was given;
   * the store's builder adds its stores and builds it.
   *
   * @throws IllegalArgumentException if the deadline or the lease is not positive
   */
  protected final Grants.Builder wiring(Supplier<ProvisioningGateway> defaultGateway) {
    Grants.Builder wiring = Grants.builder()
        .provisioningGateway(gateway != null ? gateway : defaultGateway.get())
        .provisioningDeadline(deadline)
        .provisioningLease(lease)
        .ids(ids)
        .clock(clock)
        .events(events);
    if (instanceId != null) {
      wiring.instanceId(instanceId);
    }
    return wiring;
  }

  @SuppressWarnings("unchecked") // B is the class that extends these settings, by the type's contract
  private B self() {
    return (B) this;
  }
}
