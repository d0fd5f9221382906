package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.out.SigningProfileRepository;
import io.vavr.control.Either;

/**
 * How the Signer operations find the profile a request names, and the one place that answers when it is not found
 * or not active. Shared by the profile and profile-permission services, so that neither asks the other.
 */
final class SigningProfileLookup {
  private final SigningProfileRepository profiles;

  SigningProfileLookup(SigningProfileRepository profiles) {
    this.profiles = profiles;
  }

  /** Profile {@code arn} as stored now, or SigningProfileNotFound. */
  Either<GrantsError, SigningProfile> existing(SigningProfileArn arn) {
    return profiles.find(arn).toEither(() -> new GrantsError.SigningProfileNotFound(arn));
  }

  /** {@code profile}, if it is active; ProfileNotActive otherwise. */
  static Either<GrantsError, SigningProfile> active(SigningProfile profile) {
    return profile.isActive()
        ? Either.right(profile)
        : Either.left(new GrantsError.ProfileNotActive(profile.arn(), profile.status()));
  }

  /** The caller's own profile {@code name}: put, cancel and the permission operations take no owner. */
  static SigningProfileArn own(CallContext context, String name) {
    return SigningProfileArn.of(context.region(), context.account(), name);
  }
}
