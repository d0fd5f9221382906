package dev.grants.adapters.memory;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.ports.out.SigningProfileRepository;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signing profiles in a {@link ConcurrentHashMap}; insert and replace are atomic per ARN, as
 * {@link SigningProfileRepository} requires.
 *
 * <pre>{@code
 * SigningProfileRepository profiles = new InMemorySigningProfileRepository();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class InMemorySigningProfileRepository implements SigningProfileRepository {
  private final ConcurrentHashMap<SigningProfileArn, SigningProfile> profiles = new ConcurrentHashMap<>();

  /** An empty repository. */
  public InMemorySigningProfileRepository() {}

  @Override
  public Option<SigningProfile> find(SigningProfileArn arn) {
    return Option.of(profiles.get(arn));
  }

  @Override
  public List<SigningProfile> ownedBy(Partition partition, String region, AccountId account) {
    // Each value is read as one stored profile: the map replaces whole values, never parts of one.
    return profiles.values().stream()
        .filter(profile -> profile.arn().partition().equals(partition) && profile.arn().region().equals(region)
            && profile.arn().account().equals(account))
        .sorted(Comparator.comparing(profile -> profile.arn().name()))
        .toList();
  }

  @Override
  public boolean insert(SigningProfile profile) {
    return profiles.putIfAbsent(profile.arn(), profile) == null;
  }

  @Override
  public boolean replace(SigningProfile base, SigningProfile next) {
    if (!base.arn().equals(next.arn())) {
      throw new IllegalArgumentException("base and next are different profiles");
    }
    return profiles.replace(base.arn(), base, next);
  }
}
