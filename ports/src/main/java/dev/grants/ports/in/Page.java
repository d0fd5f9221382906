package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import io.vavr.control.Option;
import java.util.List;

/**
 * One page of a listing: its items, and the opaque token of the next page when there is one. A token is
 * bound to its listing: given to another listing, or altered, it is refused.
 *
 * <pre>{@code
 * Page<String> accounts = provisioning.listAccounts(command).get();
 * accounts.nextPage().forEach(token -> ...); // list again with nextToken(token)
 * }</pre>
 *
 * @param <T> the item type
 * @param items the items of this page
 * @param nextToken the next page's token, {@code null} on the last page; see {@link #nextPage()}
 */
public record Page<T>(List<T> items, @Nullable String nextToken) {
  /** Copies the items. */
  public Page {
    items = List.copyOf(items);
  }

  /** The next page's token, none on the last page. */
  public Option<String> nextPage() {
    return Option.of(nextToken);
  }
}
