package dev.grants.adapters.memory;

import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.ports.out.SigningProfileRepository;
import io.vavr.control.Option;
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
