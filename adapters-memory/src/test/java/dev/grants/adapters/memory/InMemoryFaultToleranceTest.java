package dev.grants.adapters.memory;

import dev.grants.testkit.FaultToleranceBehaviour;
import dev.grants.testkit.OutboundStores;

class InMemoryFaultToleranceTest extends FaultToleranceBehaviour {
  @Override
  protected OutboundStores createStores() {
    return new OutboundStores(new InMemoryResourcePolicyRepository(), new InMemoryLayerVersionRepository(),
        new InMemorySigningProfileRepository(), new InMemoryPermissionSetRepository(),
        new InMemoryProvisioningRequestRepository());
  }
}
