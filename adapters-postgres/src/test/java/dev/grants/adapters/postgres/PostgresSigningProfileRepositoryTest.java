package dev.grants.adapters.postgres;

import dev.grants.ports.out.SigningProfileRepository;
import dev.grants.testkit.contract.SigningProfileRepositoryContract;

class PostgresSigningProfileRepositoryTest extends SigningProfileRepositoryContract {
  @Override
  protected SigningProfileRepository createRepository() {
    return TestPostgres.emptyStore(getClass()).signingProfiles();
  }
}
