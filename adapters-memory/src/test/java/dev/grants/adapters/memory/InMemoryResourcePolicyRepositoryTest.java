package dev.grants.adapters.memory;

import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.testkit.ResourcePolicyRepositoryContract;

class InMemoryResourcePolicyRepositoryTest extends ResourcePolicyRepositoryContract {
  @Override
  protected ResourcePolicyRepository createRepository() {
    return new InMemoryResourcePolicyRepository();
  }
}
