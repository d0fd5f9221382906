package dev.grants.domain.wrong_example;

import org.immutables.value.Value;

/** Wrong: uses an Immutables type at run time, where the provided-scope jar is absent. */
public final class ImmutablesAtRunTimeEntity {
  public Object visibility() {
    return Value.Style.ImplementationVisibility.PUBLIC;
  }
}
