package dev.grants.adapters.postgres;

import dev.grants.testkit.fault.FaultToleranceBehaviour;
import dev.grants.testkit.fault.OutboundStores;

class PostgresFaultToleranceTest extends FaultToleranceBehaviour {
  @Override
  protected OutboundStores createStores() {
    return PostgresWiring.emptyStores(getClass());
  }
}
