package dev.grants.ports.service.wrong_example;

import dev.grants.adapters.memory.InMemoryGrants;

/** Wrong: an application service that reaches out to an adapter instead of an outbound port. */
public final class AdapterDependentService {
  public Object grants() {
    return InMemoryGrants.create();
  }
}
