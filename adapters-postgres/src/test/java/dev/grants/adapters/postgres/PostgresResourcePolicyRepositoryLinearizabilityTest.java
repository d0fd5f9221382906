package dev.grants.adapters.postgres;

import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.testkit.contract.ResourcePolicyRepositoryLinearizabilityContract;

class PostgresResourcePolicyRepositoryLinearizabilityTest extends ResourcePolicyRepositoryLinearizabilityContract {
  @Override
  protected ResourcePolicyRepository createRepository() {
    return TestPostgres.emptyStore(getClass()).resourcePolicies();
  }
}
