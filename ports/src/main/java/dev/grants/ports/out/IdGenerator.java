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
    return hex(10);
  }

  /** A new Identity Center instance id: {@code ssoins-} and 16 hex digits. */
  default String newInstanceId() {
    return "ssoins-" + hex(16);
  }

  /** A new permission set id: {@code ps-} and 16 hex digits. */
  default String newPermissionSetId() {
    return "ps-" + hex(16);
  }

  /** A new identity store id: {@code d-} and 10 hex digits. */
  default String newIdentityStoreId() {
    return "d-" + hex(10);
  }

  /** A new provisioning request id: a lowercase UUID. */
  default String newRequestId() {
    return newRevisionId().value();
  }

  /** The last {@code digits} hex digits of a new revision id. */
  private String hex(int digits) {
    String revision = newRevisionId().value().replace("-", "");
    return revision.substring(revision.length() - digits);
  }
}
