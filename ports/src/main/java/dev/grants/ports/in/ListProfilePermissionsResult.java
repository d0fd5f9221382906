package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import dev.grants.domain.revision.RevisionId;
import dev.grants.domain.signer.ProfilePermission;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * One page of {@code ListProfilePermissions}: the policy's revision and size, at most 100 permissions in
 * insertion order, and the token of the next page when there is one.
 *
 * <pre>{@code
 * ListProfilePermissionsResult page = permissions.list(command).get();
 * page.nextPage().forEach(token -> ...); // list again with nextToken(token)
 * }</pre>
 *
 * @param revisionId the policy's current revision
 * @param policySizeBytes the UTF-8 length of the policy's compact JSON document
 * @param permissions this page's permissions
 * @param nextToken the next page's token, {@code null} on the last page; see {@link #nextPage()}
 */
public record ListProfilePermissionsResult(
    RevisionId revisionId, int policySizeBytes, List<ProfilePermission> permissions, @Nullable String nextToken) {

  /** Checks the parts and copies the permissions. */
  public ListProfilePermissionsResult {
    Objects.requireNonNull(revisionId, "revisionId");
    permissions = List.copyOf(permissions);
  }

  /** The next page's token, none on the last page. */
  public Option<String> nextPage() {
    return Option.of(nextToken);
  }
}
