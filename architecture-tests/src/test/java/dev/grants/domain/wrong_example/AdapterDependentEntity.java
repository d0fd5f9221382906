package dev.grants.domain.wrong_example;

import dev.grants.adapters.memory.InMemoryGrants;

/** Wrong: the domain reaches out to an adapter. */
public final class AdapterDependentEntity {
  public Object wire() {
    return InMemoryGrants.create();
  }
}
