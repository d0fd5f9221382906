package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import java.util.List;
import org.immutables.value.Value;

/**
 * The members of {@code ListSigningProfiles}: one page of the caller's own profiles in its region, Canceled ones only
 * with {@code includeCanceled}, narrowed to one platform and to some statuses when those are given. Members are
 * carried as given: one that fails its model constraints is reported by the service as a {@code GrantsError}, never
 * thrown.
 *
 * <pre>{@code
 * ListSigningProfilesCommand.builder().context(context).includeCanceled(true).addStatuses("Canceled").build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListSigningProfilesCommand implements SignerPaged {
  ListSigningProfilesCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code includeCanceled}: whether Canceled profiles are listed too (default false). */
  @Value.Default
  public boolean includeCanceled() {
    return false;
  }

  /** {@code platformId}: only profiles of this platform (compared exactly). */
  @Nullable
  public abstract String platformId();

  /** {@code statuses}: only profiles in one of these statuses ({@code Active}, {@code Canceled}, {@code Revoked}). */
  public abstract List<String> statuses();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListSigningProfilesCommand}. */
  public static final class Builder extends ImmutableListSigningProfilesCommand.Builder {
    Builder() {}
  }
}
