package dev.grants.domain.wrong_example;

import dev.grants.ports.in.wrong_example.DomainUsingCommand;

/** Wrong: the domain depends on the ports, which depend on the domain: a cycle between modules. */
public final class PortsDependentEntity {
  public DomainUsingCommand command() {
    return new DomainUsingCommand(this);
  }
}
