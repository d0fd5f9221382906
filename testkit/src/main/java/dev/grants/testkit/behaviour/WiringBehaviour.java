package dev.grants.testkit.behaviour;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.revision.RevisionId;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Concurrently;
import dev.grants.testkit.fake.FixedClock;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
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
  /** How many ids {@link #ids} had handed out once the wiring was built (a wiring may take some to start). */
  private long idsBeforeTest;

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
    idsBeforeTest = ids.count();
  }

  /**
   * The {@code n}-th revision id the wiring took from {@link #ids} in this test, counting from 1 once it was built:
   * with {@link SequentialIds}, the exact id (or the id within an ARN or version) the n-th step that takes one got.
   */
  protected final RevisionId takenId(long n) {
    return SequentialIds.revision(idsBeforeTest + n);
  }

  /** The refusal of a request that breaks the model: every violation, in order. */
  static <T> Either<GrantsError, T> invalid(Violation... violations) {
    return Either.left(new GrantsError.InvalidRequest(List.of(violations)));
  }

  /** Calls {@code grant} with a statement id of its own, {@code each} times on each of {@code threads} threads at once. */
  static void grantConcurrently(int threads, int each, Consumer<String> grant) {
    Concurrently.run(threads, Duration.ofSeconds(30), thread -> () -> {
      for (int i = 0; i < each; i++) {
        grant.accept("t" + thread + "-" + i);
      }
      return null;
    });
  }

  /** The last {@code digits} hex digits of {@code id}: what an instance, permission set or version id is made of. */
  static String lastHexDigits(RevisionId id, int digits) {
    String hex = id.value().replace("-", "");
    return hex.substring(hex.length() - digits);
  }
}
