package dev.grants.adapters.memory;

import dev.grants.ports.out.SigningProfileRepository;
import dev.grants.testkit.contract.SigningProfileRepositoryContract;

class InMemorySigningProfileRepositoryTest extends SigningProfileRepositoryContract {
  @Override
  protected SigningProfileRepository createRepository() {
    return new InMemorySigningProfileRepository();
  }
}
