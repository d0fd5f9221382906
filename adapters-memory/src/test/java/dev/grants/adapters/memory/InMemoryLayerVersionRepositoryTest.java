package dev.grants.adapters.memory;

import dev.grants.ports.out.LayerVersionRepository;
import dev.grants.testkit.contract.LayerVersionRepositoryContract;

class InMemoryLayerVersionRepositoryTest extends LayerVersionRepositoryContract {
  @Override
  protected LayerVersionRepository createRepository() {
    return new InMemoryLayerVersionRepository();
  }
}
