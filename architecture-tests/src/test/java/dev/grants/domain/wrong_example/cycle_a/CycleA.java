package dev.grants.domain.wrong_example.cycle_a;

import dev.grants.domain.wrong_example.cycle_b.CycleB;

/** Wrong: half of a package cycle. */
public final class CycleA {
  public CycleB other() {
    return new CycleB();
  }
}
