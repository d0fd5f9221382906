package dev.grants.adapters.memory;

import dev.grants.ports.out.ProvisioningRequestRepository;
import dev.grants.testkit.contract.ProvisioningRequestRepositoryContract;

class InMemoryProvisioningRequestRepositoryTest extends ProvisioningRequestRepositoryContract {
  @Override
  protected ProvisioningRequestRepository createRepository() {
    return new InMemoryProvisioningRequestRepository();
  }
}
