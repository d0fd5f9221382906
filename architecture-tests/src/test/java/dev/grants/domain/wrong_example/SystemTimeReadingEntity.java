package dev.grants.domain.wrong_example;

import java.time.Instant;

/** Wrong: reads the wall clock instead of taking the time as an argument. */
public final class SystemTimeReadingEntity {
  public long stamp() {
    return System.currentTimeMillis();
  }

  public Instant createdAt() {
    return Instant.now();
  }
}
