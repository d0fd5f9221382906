package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code GetSigningPlatform}. Members are carried as given: a missing required member is reported by
 * the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * GetSigningPlatformCommand.builder().context(context).platformId("AWSLambda-SHA384-ECDSA").build();
 * }</pre>
 */
@Value.Immutable
public abstract class GetSigningPlatformCommand {
  GetSigningPlatformCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code platformId}: the platform's id. */
  @Nullable
  public abstract String platformId();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetSigningPlatformCommand}. */
  public static final class Builder extends ImmutableGetSigningPlatformCommand.Builder {
    Builder() {}
  }
}
