package dev.grants.adapters.postgres;

import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.fault.OutboundStores;
import java.time.Clock;
import java.time.Duration;

/** Wirings of the behaviour suites on a test class's schema: new and empty, or again on what is stored. */
final class PostgresWiring {
  private PostgresWiring() {}

  /** A wiring on the emptied schema of {@code testClass}. */
  static Grants empty(Class<?> testClass, Clock clock, IdGenerator ids, GrantsEventListener events) {
    return wire(TestPostgres.emptyStore(testClass), clock, ids, events, ProvisioningGateway.succeedingAtOnce(),
        Grants.Builder.DEFAULT_PROVISIONING_DEADLINE);
  }

  /** A wiring on the emptied schema of {@code testClass}, with {@code gateway} and {@code deadline}. */
  static Grants empty(Class<?> testClass, Clock clock, IdGenerator ids, GrantsEventListener events,
      ProvisioningGateway gateway, Duration deadline) {
    return wire(TestPostgres.emptyStore(testClass), clock, ids, events, gateway, deadline);
  }

  /** A new wiring on a new store of the schema of {@code testClass} as it is: what a restarted process builds. */
  static Grants again(Class<?> testClass, Clock clock, IdGenerator ids, GrantsEventListener events,
      ProvisioningGateway gateway, Duration deadline) {
    return wire(TestPostgres.sameStore(testClass), clock, ids, events, gateway, deadline);
  }

  /** The stores of a new store on the emptied schema of {@code testClass}. */
  static OutboundStores emptyStores(Class<?> testClass) {
    PostgresStore store = TestPostgres.emptyStore(testClass);
    return new OutboundStores(store.resourcePolicies(), store.layerVersions(), store.signingProfiles(),
        store.permissionSets(), store.provisioningRequests(), store.accountAssignments());
  }

  /** A wiring on {@code store}. */
  static Grants wire(PostgresStore store, Clock clock, IdGenerator ids, GrantsEventListener events,
      ProvisioningGateway gateway, Duration deadline) {
    return PostgresGrants.builder(store).clock(clock).ids(ids).events(events).provisioningGateway(gateway)
        .provisioningDeadline(deadline).build();
  }

}
