package dev.grants.adapters.memory;

import dev.grants.ports.service.DefaultWiring;
import dev.grants.ports.service.Grants;

/**
 * Registers {@link InMemoryGrants#create()} as the {@link DefaultWiring}, for launchers that find their
 * wiring with {@link java.util.ServiceLoader}.
 */
public final class InMemoryDefaultWiring implements DefaultWiring {

  /** Used by {@link java.util.ServiceLoader}. */
  public InMemoryDefaultWiring() {}

  @Override
  public Grants create() {
    return InMemoryGrants.create();
  }
}
