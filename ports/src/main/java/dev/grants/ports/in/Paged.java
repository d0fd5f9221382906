package dev.grants.ports.in;

import dev.grants.domain.Nullable;

/**
 * The paging members of the Identity Center list commands: how many items a page holds, and where the previous page
 * ended (the {@code NextToken} of the previous {@link Page}). Members are carried as given; the service checks them.
 *
 * <pre>{@code
 * Paged paging = ListInstancesCommand.builder().context(context).maxResults(10).nextToken(previous).build();
 * }</pre>
 */
public interface Paged {

  /** {@code MaxResults}: at most this many items, 1 to 100 (default 100). */
  @Nullable
  Integer maxResults();

  /** {@code NextToken}: where the previous page ended. */
  @Nullable
  String nextToken();
}
