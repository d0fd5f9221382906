package dev.grants.adapters.memory;

import dev.grants.testkit.fault.FaultToleranceBehaviour;
import dev.grants.testkit.fault.OutboundStores;

class InMemoryFaultToleranceTest extends FaultToleranceBehaviour {
  @Override
  protected OutboundStores createStores() {
    InMemoryPermissionSetRepository directory = new InMemoryPermissionSetRepository();
    return new OutboundStores(new InMemoryResourcePolicyRepository(), new InMemoryLayerVersionRepository(),
        new InMemorySigningProfileRepository(), directory, new InMemoryProvisioningRequestRepository(),
        new InMemoryAccountAssignmentRepository(directory));
  }
}
