package dev.grants.ports.service.wrong_example;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Clean control: a service reads the time from the Clock it was given, never from the system. */
public final class InjectedClockService {
  private final Clock clock;

  public InjectedClockService(Clock clock) {
    this.clock = clock;
  }

  public Instant now() {
    return Instant.now(clock);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Instant instant() {
    return clock.instant();
  }
}
