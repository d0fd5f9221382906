package dev.grants.adapters.postgres;

import dev.grants.ports.out.AccountAssignmentRepository;
import dev.grants.ports.out.PermissionSetRepository;
import dev.grants.testkit.contract.AccountAssignmentRepositoryContract;

class PostgresAccountAssignmentRepositoryTest extends AccountAssignmentRepositoryContract {
  private PostgresStore store;

  @Override
  protected AccountAssignmentRepository createRepository() {
    store = TestPostgres.emptyStore(getClass());
    return store.accountAssignments();
  }

  @Override
  protected PermissionSetRepository permissionSets() {
    return store.permissionSets();
  }
}
