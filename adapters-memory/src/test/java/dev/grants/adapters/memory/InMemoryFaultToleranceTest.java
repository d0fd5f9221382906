package dev.grants.adapters.memory;

import dev.grants.testkit.fault.FaultToleranceBehaviour;
import dev.grants.testkit.fault.OutboundStores;

class InMemoryFaultToleranceTest extends FaultToleranceBehaviour {
  @Override
  protected OutboundStores createStores() {
    return new OutboundStores(new InMemoryResourcePolicyRepository(), new InMemoryLayerVersionRepository(),
        new InMemorySigningProfileRepository(), new InMemoryPermissionSetRepository(),
        new InMemoryProvisioningRequestRepository());
  }
}
