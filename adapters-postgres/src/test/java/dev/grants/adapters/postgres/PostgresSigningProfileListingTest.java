package dev.grants.adapters.postgres;

import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.behaviour.SigningProfileListingBehaviour;
import java.time.Clock;

class PostgresSigningProfileListingTest extends SigningProfileListingBehaviour {
  @Override
  protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events) {
    return PostgresWiring.empty(getClass(), clock, ids, events);
  }
}
