package dev.grants.ports.out;

import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.signer.SigningProfileArn;
import io.vavr.control.Option;
import java.util.List;

/**
 * Where signing profiles are kept, one per profile ARN, never deleted (a canceled profile stays readable).
 *
 * <p><b>Atomicity.</b> {@link #insert} stores a profile only if none of that ARN is stored; {@link #replace}
 * stores {@code next} only if the stored profile is, at that instant, equal to {@code base}. Each either happens
 * whole or not at all, and of concurrent calls on one ARN from the same state at most one succeeds.
 *
 * <pre>{@code
 * SigningProfile current = repository.find(arn).get();
 * boolean canceled = repository.replace(current, current.cancel());
 * }</pre>
 *
 * <p>Implementations are thread-safe; the testkit's {@code SigningProfileRepositoryContract} checks them.
 */
public interface SigningProfileRepository {

  /** The profile {@code arn}, if one was ever put. */
  Option<SigningProfile> find(SigningProfileArn arn);

  /**
   * Every profile of {@code account} in {@code region} of {@code partition}, of every status, ordered by profile
   * name: what ListSigningProfiles filters and pages. Each profile is read as stored at one instant.
   */
  List<SigningProfile> ownedBy(Partition partition, String region, AccountId account);

  /** Stores {@code profile} if no profile of its ARN is stored; returns whether it did. */
  boolean insert(SigningProfile profile);

  /**
   * Stores {@code next} in place of {@code base} if {@code base} is still the stored profile; returns whether
   * it did.
   *
   * @throws IllegalArgumentException if {@code next} has another ARN than {@code base}
   */
  boolean replace(SigningProfile base, SigningProfile next);
}
