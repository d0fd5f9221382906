package dev.grants.adapters.memory;

import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.behaviour.SigningProfileListingBehaviour;
import java.time.Clock;

class InMemorySigningProfileListingTest extends SigningProfileListingBehaviour {
  @Override
  protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events) {
    return InMemoryGrants.builder().clock(clock).ids(ids).events(events).build();
  }
}
