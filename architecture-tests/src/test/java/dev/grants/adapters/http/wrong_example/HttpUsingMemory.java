package dev.grants.adapters.http.wrong_example;

import dev.grants.adapters.memory.InMemoryGrants;

/** Wrong: the HTTP endpoint depends on the memory adapter instead of being given the ports. */
public final class HttpUsingMemory {
  public Object grants() {
    return InMemoryGrants.create();
  }
}
