package dev.grants.ports.in.wrong_example;

import java.time.Clock;

/** Wrong: an inbound command that carries a Clock (only the services receive one). */
public final class ClockTakingCommand {
  private final Clock clock;

  public ClockTakingCommand(Clock clock) {
    this.clock = clock;
  }

  public Clock clock() {
    return clock;
  }
}
