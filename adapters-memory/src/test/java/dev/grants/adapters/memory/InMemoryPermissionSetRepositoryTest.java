package dev.grants.adapters.memory;

import dev.grants.ports.out.PermissionSetRepository;
import dev.grants.testkit.contract.PermissionSetRepositoryContract;

class InMemoryPermissionSetRepositoryTest extends PermissionSetRepositoryContract {
  @Override
  protected PermissionSetRepository createRepository() {
    return new InMemoryPermissionSetRepository();
  }
}
