package dev.grants.adapters.memory;

import dev.grants.ports.service.Grants;
import dev.grants.ports.service.WiringSettings;
import java.time.Clock;

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

  /**
   * Builds an in-memory {@link Grants}; every setting is optional (see {@link WiringSettings}). By default the clock
   * is the system clock in UTC, the provisioning gateway a new {@link InMemoryProvisioningGateway#embeddedDefault()}
   * (succeeding 200 ms later), and revision ids come from {@link RandomRevisionIds}. Not thread-safe.
   */
  public static final class Builder extends WiringSettings<Builder> {
    private Builder() {
      super(Clock.systemUTC(), new RandomRevisionIds());
    }

    /** A new, empty in-memory wiring. */
    public Grants build() {
      InMemoryPermissionSetRepository directory = new InMemoryPermissionSetRepository();
      return wiring(InMemoryProvisioningGateway::embeddedDefault)
          .resourcePolicies(new InMemoryResourcePolicyRepository())
          .layerVersions(new InMemoryLayerVersionRepository())
          .signingProfiles(new InMemorySigningProfileRepository())
          .permissionSets(directory)
          .provisioningRequests(new InMemoryProvisioningRequestRepository())
          .accountAssignments(new InMemoryAccountAssignmentRepository(directory))
          .build();
    }
  }
}
