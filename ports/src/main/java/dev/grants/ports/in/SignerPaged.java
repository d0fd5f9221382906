package dev.grants.ports.in;

import dev.grants.domain.Nullable;

/**
 * The paging members of the Signer list commands ({@code ListSigningPlatforms}, {@code ListSigningProfiles}): how many
 * items a page holds, and where the previous page ended (the {@code nextToken} of the previous {@link Page}). Members
 * are carried as given; the service checks them.
 *
 * <pre>{@code
 * SignerPaged paging = ListSigningProfilesCommand.builder().context(context).maxResults(10).nextToken(previous).build();
 * }</pre>
 */
public interface SignerPaged {

  /** {@code maxResults}: at most this many items, 1 to 25 (default 25). */
  @Nullable
  Integer maxResults();

  /** {@code nextToken}: where the previous page ended; absent for the first page. */
  @Nullable
  String nextToken();
}
