package dev.grants.domain.wrong_example;

import java.time.Clock;
import java.time.Instant;

/** Wrong: a domain type that holds a Clock (only the services receive one); it reads no system time itself. */
public final class ClockHoldingEntity {
  private final Clock clock;

  public ClockHoldingEntity(Clock clock) {
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant();
  }
}
