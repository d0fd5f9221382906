package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code CancelSigningProfile}. Members are carried as given: a missing required member, or one that fails its model constraints, is
 * reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * CancelSigningProfileCommand.builder().context(context).profileName("MyProfile").build();
 * }</pre>
 */
@Value.Immutable
public abstract class CancelSigningProfileCommand {
  CancelSigningProfileCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code profileName}: the signing profile's name. */
  @Nullable
  public abstract String profileName();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CancelSigningProfileCommand}. */
  public static final class Builder extends ImmutableCancelSigningProfileCommand.Builder {
    Builder() {}
  }
}
