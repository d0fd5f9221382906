package dev.grants.adapters.memory;

import dev.grants.ports.out.AccountAssignmentRepository;
import dev.grants.ports.out.PermissionSetRepository;
import dev.grants.testkit.contract.AccountAssignmentRepositoryContract;

class InMemoryAccountAssignmentRepositoryTest extends AccountAssignmentRepositoryContract {
  private InMemoryPermissionSetRepository directory;

  @Override
  protected AccountAssignmentRepository createRepository() {
    directory = new InMemoryPermissionSetRepository();
    return new InMemoryAccountAssignmentRepository(directory);
  }

  @Override
  protected PermissionSetRepository permissionSets() {
    return directory;
  }
}
