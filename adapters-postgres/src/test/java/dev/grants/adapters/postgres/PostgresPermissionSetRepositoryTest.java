package dev.grants.adapters.postgres;

import dev.grants.ports.out.PermissionSetRepository;
import dev.grants.testkit.contract.PermissionSetRepositoryContract;

class PostgresPermissionSetRepositoryTest extends PermissionSetRepositoryContract {
  @Override
  protected PermissionSetRepository createRepository() {
    return TestPostgres.emptyStore(getClass()).permissionSets();
  }
}
