package dev.grants.ports.in;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.signer.SigningPlatform;
import io.vavr.control.Either;

/**
 * Reading the signing platforms Grants knows ({@link SigningPlatform}): the same in every account and region.
 *
 * <pre>{@code
 * SigningPlatform lambda = InMemoryGrants.create().signingPlatforms().get(GetSigningPlatformCommand.builder()
 *     .context(CallContext.of("123456789012", "us-east-2")).platformId("AWSLambda-SHA384-ECDSA").build()).get();
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
public interface SigningPlatforms {

  /**
   * Reads one platform.
   *
   * @return the platform, or {@link GrantsError.InvalidRequest} or {@link GrantsError.SigningPlatformNotFound}
   */
  Either<GrantsError, SigningPlatform> get(GetSigningPlatformCommand command);

  /**
   * One page of the platforms that pass the filters, in the order of {@link SigningPlatform}.
   *
   * @return the page, or {@link GrantsError.InvalidRequest} ({@code maxResults} out of range) or
   *     {@link GrantsError.InvalidPageToken}
   */
  Either<GrantsError, Page<SigningPlatform>> list(ListSigningPlatformsCommand command);
}
