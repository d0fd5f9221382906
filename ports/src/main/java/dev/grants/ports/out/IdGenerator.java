package dev.grants.ports.out;

import dev.grants.domain.revision.RevisionId;

/**
 * Where new ids come from. Revision ids must be distinct, in practice and under concurrency: two mutations
 * must never produce the same revision.
 *
 * <pre>{@code
 * IdGenerator ids = () -> RevisionId.fromBits(random.nextLong(), random.nextLong());
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface IdGenerator {

  /** A revision id not handed out before. */
  RevisionId newRevisionId();

  /**
   * A new signing profile version: 10 letters or digits. By default the last 10 hex digits of a new
   * revision id; a generator may make them richer.
   */
  default String newProfileVersion() {
    String revision = newRevisionId().value();
    return revision.substring(revision.length() - 10);
  }
}
