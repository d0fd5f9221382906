package dev.grants.ports.in.wrong_example;

import dev.grants.domain.wrong_example.PortsDependentEntity;

/** Clean on its own (ports may use the domain); with {@link PortsDependentEntity} it closes a module cycle. */
public final class DomainUsingCommand {
  private final PortsDependentEntity entity;

  public DomainUsingCommand(PortsDependentEntity entity) {
    this.entity = entity;
  }

  public PortsDependentEntity entity() {
    return entity;
  }
}
