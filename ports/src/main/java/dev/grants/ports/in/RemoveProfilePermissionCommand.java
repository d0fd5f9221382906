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
public abstract class RemoveProfilePermissionCommand {
  RemoveProfilePermissionCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code profileName}: the signing profile's name. */
  @Nullable
  public abstract String profileName();

  /** {@code revisionId}: the revision the caller expects the policy to be at (required by the model). */
  @Nullable
  public abstract String revisionId();

  /** {@code statementId}: the statement to remove. */
  @Nullable
  public abstract String statementId();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemoveProfilePermissionCommand}. */
  public static final class Builder extends ImmutableRemoveProfilePermissionCommand.Builder {
    Builder() {}
  }
}
