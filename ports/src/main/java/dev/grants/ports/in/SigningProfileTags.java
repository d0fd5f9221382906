package dev.grants.ports.in;

import dev.grants.domain.error.GrantsError;
import io.vavr.control.Either;
import java.util.Map;

/**
 * The tags of signing profiles, named by the profile's ARN: the caller's own profiles in the region of the call.
 * A Canceled or Revoked profile keeps its tags and may still be tagged: tags are no permission.
 *
 * <pre>{@code
 * grants.signingProfileTags().tag(SignerTagResourceCommand.builder().context(owner)
 *     .resourceArn("arn:aws:signer:us-east-2:123456789012:/signing-profiles/MyProfile")
 *     .tags(Map.of("team", "a")).build());
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
public interface SigningProfileTags {

  /**
   * Sets tags on a profile, all or none.
   *
   * @return the profile's tags after, or {@link GrantsError.InvalidRequest}, {@link GrantsError.SigningProfileNotFound}
   *     (no such profile of the caller's, in this region; also an ARN of another account or region) or
   *     {@link GrantsError.InvalidSignerResourceArn}, {@link GrantsError.TooManySignerTags} (over 200 on the profile)
   *     or {@link GrantsError.ConcurrentModification}
   */
  Either<GrantsError, Map<String, String>> tag(SignerTagResourceCommand command);

  /**
   * Removes tags from a profile; a key it does not have is no error.
   *
   * @return the profile's tags after, or {@link GrantsError.InvalidRequest},
   *     {@link GrantsError.InvalidSignerResourceArn}, {@link GrantsError.SigningProfileNotFound} or
   *     {@link GrantsError.ConcurrentModification}
   */
  Either<GrantsError, Map<String, String>> untag(SignerUntagResourceCommand command);

  /**
   * The tags of a profile, keys sorted.
   *
   * @return the tags, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InvalidSignerResourceArn} or
   *     {@link GrantsError.SigningProfileNotFound}
   */
  Either<GrantsError, Map<String, String>> list(SignerListTagsForResourceCommand command);
}
