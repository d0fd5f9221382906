package dev.grants.adapters.memory;

import dev.grants.domain.revision.RevisionId;
import dev.grants.ports.out.IdGenerator;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Revision ids in UUID v4 form, and profile versions, from {@link ThreadLocalRandom}: no shared state and no lock, unlike
 * {@code UUID.randomUUID()}, which draws from one {@code SecureRandom}. Revision ids need to be distinct,
 * not secret: they guard against lost updates, not against an attacker.
 *
 * <pre>{@code
 * IdGenerator ids = new RandomRevisionIds();
 * ids.newRevisionId(); // e.g. 35d87451-f796-4a3f-a618-95a3671b0a0c
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class RandomRevisionIds implements IdGenerator {

  /** A generator. */
  public RandomRevisionIds() {}

  private static final char[] ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  /** Ten random letters and digits, the form of the service's profile versions ({@code a1B2c3D4e5}). */
  @Override
  public String newProfileVersion() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] version = new char[10];
    for (int i = 0; i < version.length; i++) {
      version[i] = ALPHANUMERIC[random.nextInt(ALPHANUMERIC.length)];
    }
    return new String(version);
  }

  @Override
  public RevisionId newRevisionId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return RevisionId.fromBits(random.nextLong(), random.nextLong());
  }
}
