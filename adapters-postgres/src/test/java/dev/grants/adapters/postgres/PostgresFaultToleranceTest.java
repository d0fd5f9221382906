package dev.grants.adapters.postgres;

import dev.grants.testkit.FaultToleranceBehaviour;
import dev.grants.testkit.OutboundStores;

class PostgresFaultToleranceTest extends FaultToleranceBehaviour {
  @Override
  protected OutboundStores createStores() {
    return PostgresWiring.emptyStores(getClass());
  }
}
