package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code ListSigningPlatforms}: one page of the platforms whose category, partner and target are the
 * ones given (each filter optional, compared exactly). Members are carried as given: one that fails its model
 * constraints is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * ListSigningPlatformsCommand.builder().context(context).partner("AWSLambda").maxResults(10).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListSigningPlatformsCommand implements SignerPaged {
  ListSigningPlatformsCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code category}: only platforms of this category. */
  @Nullable
  public abstract String category();

  /** {@code partner}: only platforms of this partner. */
  @Nullable
  public abstract String partner();

  /** {@code target}: only platforms of this target. */
  @Nullable
  public abstract String target();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListSigningPlatformsCommand}. */
  public static final class Builder extends ImmutableListSigningPlatformsCommand.Builder {
    Builder() {}
  }
}
