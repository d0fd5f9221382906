package dev.grants.domain.wrong_example.cycle_b;

import dev.grants.domain.wrong_example.cycle_a.CycleA;

/** Wrong: the other half of a package cycle. */
public final class CycleB {
  public CycleA other() {
    return new CycleA();
  }
}
