package dev.grants.testkit.fake;

import dev.grants.domain.revision.RevisionId;
import dev.grants.ports.out.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Revision ids 1, 2, 3, ... in UUID v4 form, so tests can name the revision an operation will produce.
 *
 * <pre>{@code
 * SequentialIds ids = new SequentialIds();
 * ids.newRevisionId();     // 00000000-0000-4000-8000-000000000001
 * SequentialIds.revision(2); // 00000000-0000-4000-8000-000000000002, the next one
 * }</pre>
 *
 * <p>Thread-safe: concurrent callers get distinct ids.
 */
public final class SequentialIds implements IdGenerator {
  private final AtomicLong last = new AtomicLong();

  /** A generator whose first id is {@link #revision(long) revision(1)}. */
  public SequentialIds() {}

  /** The {@code n}-th id this generator hands out. */
  public static RevisionId revision(long n) {
    return RevisionId.fromBits(0, n);
  }

  @Override
  public RevisionId newRevisionId() {
    return revision(last.incrementAndGet());
  }

  /** How many ids were handed out. */
  public long count() {
    return last.get();
  }
}
