package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code RemoveProfilePermission}: remove one statement from a profile's policy. Members are carried as given: a missing required member, or one that fails its model constraints,
 * is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * RemoveProfilePermissionCommand.builder()
 *     .context(context).profileName("MyProfile").statementId("cross").revisionId(revision)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class RemoveProfilePermissionCommand implements StatementChange {
  RemoveProfilePermissionCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code profileName}: the signing profile's name. */
  @Nullable
  public abstract String profileName();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemoveProfilePermissionCommand}. */
  public static final class Builder extends ImmutableRemoveProfilePermissionCommand.Builder {
    Builder() {}
  }
}
