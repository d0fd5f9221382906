package dev.grants.adapters.postgres;

import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.testkit.contract.ResourcePolicyRepositoryContract;

class PostgresResourcePolicyRepositoryTest extends ResourcePolicyRepositoryContract {
  @Override
  protected ResourcePolicyRepository createRepository() {
    return TestPostgres.emptyStore(getClass()).resourcePolicies();
  }
}
