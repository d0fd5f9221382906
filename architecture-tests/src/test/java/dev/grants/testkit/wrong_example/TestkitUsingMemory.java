package dev.grants.testkit.wrong_example;

import dev.grants.adapters.memory.InMemoryGrants;

/** Wrong: the testkit depends on an adapter (it serves every adapter, so it may know none). */
public final class TestkitUsingMemory {
  public Object grants() {
    return InMemoryGrants.create();
  }
}
