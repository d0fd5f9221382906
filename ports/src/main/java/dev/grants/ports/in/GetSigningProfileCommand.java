package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code GetSigningProfile}. Members are carried as given: a missing required member, or one that fails its model constraints, is
 * reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * GetSigningProfileCommand.builder().context(context).profileName("MyProfile").build();
 * }</pre>
 */
@Value.Immutable
public abstract class GetSigningProfileCommand {
  GetSigningProfileCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code profileName}: the signing profile's name. */
  @Nullable
  public abstract String profileName();

  /** {@code profileOwner}: the owner account, when it is not the caller. */
  @Nullable
  public abstract String profileOwner();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetSigningProfileCommand}. */
  public static final class Builder extends ImmutableGetSigningProfileCommand.Builder {
    Builder() {}
  }
}
