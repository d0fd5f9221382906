package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * The members of {@code RevokeSigningProfile}: which profile and version to revoke, why, and from when its
 * signatures are no longer trusted. Members are carried as given: a missing required member, or one that fails its
 * model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * RevokeSigningProfileCommand.builder().context(context).profileName("MyProfile").profileVersion("a1B2c3D4e5")
 *     .reason("key compromised").effectiveTime(Instant.parse("2026-01-01T00:00:00Z")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class RevokeSigningProfileCommand {
  RevokeSigningProfileCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code profileName}: the signing profile's name. */
  @Nullable
  public abstract String profileName();

  /** {@code reason}: why, 1 to 500 characters. */
  @Nullable
  public abstract String reason();

  /** {@code profileVersion}: the profile's current version. */
  @Nullable
  public abstract String profileVersion();

  /** {@code effectiveTime}: from when signatures made with the profile are no longer trusted. */
  @Nullable
  public abstract Instant effectiveTime();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RevokeSigningProfileCommand}. */
  public static final class Builder extends ImmutableRevokeSigningProfileCommand.Builder {
    Builder() {}
  }
}
