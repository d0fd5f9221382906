package dev.grants.adapters.postgres;

import dev.grants.ports.out.ProvisioningRequestRepository;
import dev.grants.testkit.contract.ProvisioningRequestRepositoryContract;

class PostgresProvisioningRequestRepositoryTest extends ProvisioningRequestRepositoryContract {
  @Override
  protected ProvisioningRequestRepository createRepository() {
    return TestPostgres.emptyStore(getClass()).provisioningRequests();
  }
}
