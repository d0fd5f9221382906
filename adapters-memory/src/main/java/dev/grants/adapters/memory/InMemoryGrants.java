package dev.grants.adapters.memory;

import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.service.Grants;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The embedded default in one call: {@link Grants} on in-memory repositories, random revision ids, the system
 * clock in UTC and a provisioning gateway that succeeds 200 ms later.
 *
 * <pre>{@code
 * Grants grants = InMemoryGrants.create();
 * // or, with a test clock and predictable ids:
 * Grants grants = InMemoryGrants.builder().clock(fixedClock).ids(sequentialIds).build();
 * }</pre>
 */
public final class InMemoryGrants {
  private InMemoryGrants() {}

  /** The in-memory default wiring. */
  public static Grants create() {
    return builder().build();
  }

  /** A builder for the in-memory wiring with some ports replaced. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an in-memory {@link Grants}; every setting is optional. Not thread-safe. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private IdGenerator ids = new RandomRevisionIds();
    private GrantsEventListener events = GrantsEventListener.NONE;
    private ProvisioningGateway gateway;
    private Duration deadline = Grants.Builder.DEFAULT_PROVISIONING_DEADLINE;
    private Duration lease = Grants.Builder.DEFAULT_PROVISIONING_LEASE;
    private String instanceId;

    private Builder() {}

    /**
     * What does the provisioning work (default: a new {@link InMemoryProvisioningGateway#embeddedDefault()},
     * succeeding 200 ms later).
     */
    public Builder provisioningGateway(ProvisioningGateway gateway) {
      this.gateway = Objects.requireNonNull(gateway, "gateway");
      return this;
    }

    /** How long a provisioning request may stay in progress before it fails (default 5 minutes). */
    public Builder provisioningDeadline(Duration deadline) {
      this.deadline = Objects.requireNonNull(deadline, "deadline");
      return this;
    }

    /** How long this wiring holds the work it handed to its gateway; see {@link Grants.Builder#provisioningLease}. */
    public Builder provisioningLease(Duration lease) {
      this.lease = Objects.requireNonNull(lease, "lease");
      return this;
    }

    /** The name this wiring leases work under; see {@link Grants.Builder#instanceId}. */
    public Builder instanceId(String instanceId) {
      this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
      return this;
    }

    /** What time it is (default: the system clock, UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Where revision ids come from (default: {@link RandomRevisionIds}). */
    public Builder ids(IdGenerator ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /** Who is told of committed changes (default: nobody). */
    public Builder events(GrantsEventListener events) {
      this.events = Objects.requireNonNull(events, "events");
      return this;
    }

    /** A new, empty in-memory wiring. */
    public Grants build() {
      Grants.Builder wiring = Grants.builder()
          .resourcePolicies(new InMemoryResourcePolicyRepository())
          .layerVersions(new InMemoryLayerVersionRepository())
          .signingProfiles(new InMemorySigningProfileRepository())
          .permissionSets(new InMemoryPermissionSetRepository())
          .provisioningRequests(new InMemoryProvisioningRequestRepository())
          .provisioningGateway(gateway != null ? gateway : InMemoryProvisioningGateway.embeddedDefault())
          .provisioningDeadline(deadline)
          .provisioningLease(lease)
          .ids(ids)
          .clock(clock)
          .events(events);
      if (instanceId != null) {
        wiring.instanceId(instanceId);
      }
      return wiring.build();
    }
  }
}
