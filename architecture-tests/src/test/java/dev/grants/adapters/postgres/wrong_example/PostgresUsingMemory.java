package dev.grants.adapters.postgres.wrong_example;

import dev.grants.adapters.memory.InMemoryResourcePolicyRepository;

/** Wrong: the PostgreSQL adapter depends on another adapter (memory). */
public final class PostgresUsingMemory {
  public InMemoryResourcePolicyRepository fallback() {
    return new InMemoryResourcePolicyRepository();
  }
}
