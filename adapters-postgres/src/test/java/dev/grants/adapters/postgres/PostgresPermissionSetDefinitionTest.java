package dev.grants.adapters.postgres;

import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.behaviour.PermissionSetDefinitionBehaviour;
import java.time.Clock;
import java.time.Duration;

/** The behaviour suite on PostgreSQL; a restart is a new store and wiring on the same schema. */
class PostgresPermissionSetDefinitionTest extends PermissionSetDefinitionBehaviour {
  @Override
  protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
      ProvisioningGateway gateway, Duration deadline) {
    return PostgresWiring.empty(getClass(), clock, ids, events, gateway, deadline);
  }

  @Override
  protected Grants restartGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
      ProvisioningGateway gateway, Duration deadline) {
    return PostgresWiring.again(getClass(), clock, ids, events, gateway, deadline);
  }
}
