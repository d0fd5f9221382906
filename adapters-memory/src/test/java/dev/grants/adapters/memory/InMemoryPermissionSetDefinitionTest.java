package dev.grants.adapters.memory;

import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.behaviour.PermissionSetDefinitionBehaviour;
import java.time.Clock;
import java.time.Duration;

class InMemoryPermissionSetDefinitionTest extends PermissionSetDefinitionBehaviour {
  private final RestartableInMemoryWiring stores = new RestartableInMemoryWiring();

  @Override
  protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
      ProvisioningGateway gateway, Duration deadline) {
    return stores.wire(clock, ids, events, gateway, deadline);
  }

  @Override
  protected Grants restartGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
      ProvisioningGateway gateway, Duration deadline) {
    return stores.wire(clock, ids, events, gateway, deadline);
  }
}
