package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code ListProfilePermissions}: one page of a profile's permissions. Members are carried as given: a missing required member, or one that fails its model constraints,
 * is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * ListProfilePermissionsCommand.builder().context(context).profileName("MyProfile").build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListProfilePermissionsCommand {
  ListProfilePermissionsCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code profileName}: the signing profile's name. */
  @Nullable
  public abstract String profileName();

  /** {@code nextToken}: where the previous page ended; absent for the first page. */
  @Nullable
  public abstract String nextToken();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListProfilePermissionsCommand}. */
  public static final class Builder extends ImmutableListProfilePermissionsCommand.Builder {
    Builder() {}
  }
}
