package dev.grants.testkit.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until told to move: tests see exact instants.
 *
 * <pre>{@code
 * FixedClock clock = FixedClock.at("2018-11-14T23:03:52.894Z");
 * clock.advance(Duration.ofSeconds(1));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class FixedClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private FixedClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock standing at {@code instant}, in UTC. */
  public static FixedClock at(Instant instant) {
    return new FixedClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant")), ZoneOffset.UTC);
  }

  /** A clock standing at the ISO-8601 instant {@code text}, in UTC. */
  public static FixedClock at(String text) {
    return at(Instant.parse(text));
  }

  /** Moves this clock forward by {@code amount}. */
  public void advance(Duration amount) {
    now.updateAndGet(instant -> instant.plus(amount));
  }

  /** Sets this clock to {@code instant}. */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** This clock in another zone, sharing its instant: moving either moves both. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new FixedClock(now, zone);
  }
}
