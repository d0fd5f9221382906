package dev.grants.adapters.postgres;

import dev.grants.ports.out.LayerVersionRepository;
import dev.grants.testkit.contract.LayerVersionRepositoryContract;

class PostgresLayerVersionRepositoryTest extends LayerVersionRepositoryContract {
  @Override
  protected LayerVersionRepository createRepository() {
    return TestPostgres.emptyStore(getClass()).layerVersions();
  }
}
