package dev.grants.testkit.behaviour;

import dev.grants.domain.event.GrantsEvent;
import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.fake.FixedClock;
import dev.grants.testkit.fake.SequentialIds;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every behaviour suite shares: a wiring of the inbound ports made before each test from a
 * {@link FixedClock}, {@link SequentialIds} and an event recorder, so that instants, revisions and events
 * are exact. Extend one of the suites, not this class.
 */
public abstract class WiringBehaviour {
  /** The instant the clock stands at when each test starts. */
  protected static final String START = "2018-11-14T23:03:52.894Z";

  /** The clock the wiring reads. */
  protected final FixedClock clock = FixedClock.at(START);
  /** The revision ids the wiring hands out. */
  protected final SequentialIds ids = new SequentialIds();
  /** Every event the wiring announced, in order. */
  protected final List<GrantsEvent> events = new CopyOnWriteArrayList<>();
  /** The wiring under test. */
  protected Grants grants;

  /** Creates the suite. */
  protected WiringBehaviour() {}

  /**
   * A new, empty wiring of every inbound port on these outbound ports; called before each test.
   *
   * <pre>{@code
   * @Override
   * protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events) {
   *   return Grants.builder().resourcePolicies(myRepo()).layerVersions(myVersions())
   *       .clock(clock).ids(ids).events(events).build();
   * }
   * }</pre>
   */
  protected abstract Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events);

  @BeforeEach
  final void createWiringUnderTest() {
    grants = createGrants(clock, ids, events::add);
  }
}
