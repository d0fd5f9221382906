package dev.grants.ports.in;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.signer.SigningProfile;
import io.vavr.control.Either;

/**
 * Putting, reading and cancelling signing profiles: the lifecycle that profile permissions hang on.
 *
 * <pre>{@code
 * SigningProfile profile = InMemoryGrants.create().signingProfiles().put(PutSigningProfileCommand.builder()
 *     .context(CallContext.of("123456789012", "us-east-2"))
 *     .profileName("MyProfile").platformId("AWSLambda-SHA384-ECDSA")
 *     .build()).get();
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
public interface SigningProfiles {

  /**
   * Creates an Active profile, or gives an Active one of that name a new profile version and definition.
   *
   * @return the profile, or {@link GrantsError.InvalidRequest}, {@link GrantsError.UnsupportedPlatform} or
   *     {@link GrantsError.ProfileNameNotReusable} (the name belongs to a canceled or revoked profile)
   */
  Either<GrantsError, SigningProfile> put(PutSigningProfileCommand command);

  /**
   * Reads a profile, the caller's own or, with {@code profileOwner}, another account's where that profile's
   * policy grants the caller {@code signer:GetSigningProfile}.
   *
   * @return the profile, or {@link GrantsError.InvalidRequest}, {@link GrantsError.SigningProfileNotFound} (the
   *     caller's own) or {@link GrantsError.AccessDenied} (another account's, not granted or not existing: the two
   *     are not told apart)
   */
  Either<GrantsError, SigningProfile> get(GetSigningProfileCommand command);

  /**
   * One page of the caller's own profiles in its region, by profile name: Active and Revoked ones, Canceled ones too
   * with {@code includeCanceled}; {@code platformId} and {@code statuses} narrow it further.
   *
   * @return the page, or {@link GrantsError.InvalidRequest} ({@code maxResults} out of range, a status not of the
   *     model) or {@link GrantsError.InvalidPageToken}
   */
  Either<GrantsError, Page<SigningProfile>> list(ListSigningProfilesCommand command);

  /**
   * Cancels a profile; it stays readable with status Canceled, and its name is never reused. Cancelling a
   * profile that is not Active changes nothing.
   *
   * @return the profile after cancelling, or {@link GrantsError.InvalidRequest} or
   *     {@link GrantsError.SigningProfileNotFound}
   */
  Either<GrantsError, SigningProfile> cancel(CancelSigningProfileCommand command);

  /**
   * Revokes an Active profile at its current version: it becomes Revoked with its revocation record, stays readable
   * and listed, keeps its tags, and its name is never reused; its permissions can no longer change.
   *
   * @return the revoked profile, or {@link GrantsError.InvalidRequest}, {@link GrantsError.SigningProfileNotFound},
   *     {@link GrantsError.ProfileVersionNotCurrent}, {@link GrantsError.ProfileNotRevocable} (Canceled or already
   *     Revoked) or {@link GrantsError.ConcurrentModification}
   */
  Either<GrantsError, SigningProfile> revoke(RevokeSigningProfileCommand command);
}
