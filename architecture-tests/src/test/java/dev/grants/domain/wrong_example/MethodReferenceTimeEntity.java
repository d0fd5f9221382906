package dev.grants.domain.wrong_example;

import java.time.Instant;
import java.util.function.Supplier;

/** Wrong: reads the wall clock through a method reference rather than a call. */
public final class MethodReferenceTimeEntity {
  public Supplier<Instant> time() {
    return Instant::now;
  }
}
