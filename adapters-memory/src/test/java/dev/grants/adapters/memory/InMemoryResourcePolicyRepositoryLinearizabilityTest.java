package dev.grants.adapters.memory;

import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.testkit.contract.ResourcePolicyRepositoryLinearizabilityContract;

class InMemoryResourcePolicyRepositoryLinearizabilityTest extends ResourcePolicyRepositoryLinearizabilityContract {
  @Override
  protected ResourcePolicyRepository createRepository() {
    return new InMemoryResourcePolicyRepository();
  }
}
