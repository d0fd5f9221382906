package dev.grants.adapters.memory;

import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.service.Grants;
import java.time.Clock;
import java.time.Duration;

/**
 * In-memory stores that outlive a wiring: each {@link #wire} builds a new {@link Grants} on the same
 * repositories, as a process restart on durable stores would.
 */
final class RestartableInMemoryWiring {
  private final InMemoryResourcePolicyRepository policies = new InMemoryResourcePolicyRepository();
  private final InMemoryLayerVersionRepository layerVersions = new InMemoryLayerVersionRepository();
  private final InMemorySigningProfileRepository profiles = new InMemorySigningProfileRepository();
  private final InMemoryPermissionSetRepository permissionSets = new InMemoryPermissionSetRepository();
  private final InMemoryProvisioningRequestRepository requests = new InMemoryProvisioningRequestRepository();
  private final InMemoryAccountAssignmentRepository assignments = new InMemoryAccountAssignmentRepository(permissionSets);

  Grants wire(Clock clock, IdGenerator ids, GrantsEventListener events, ProvisioningGateway gateway,
      Duration deadline) {
    return Grants.builder()
        .resourcePolicies(policies)
        .layerVersions(layerVersions)
        .signingProfiles(profiles)
        .permissionSets(permissionSets)
        .provisioningRequests(requests)
        .accountAssignments(assignments)
        .provisioningGateway(gateway)
        .provisioningDeadline(deadline)
        .ids(ids)
        .clock(clock)
        .events(events)
        .build();
  }
}
