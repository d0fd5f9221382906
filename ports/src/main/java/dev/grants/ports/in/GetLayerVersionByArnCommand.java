package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code GetLayerVersionByArn}: one layer version, named by its ARN. Members are carried as given: a
 * missing {@code Arn}, or one that fails its model constraints, is reported by the service as
 * {@code GrantsError.InvalidRequest}, never thrown.
 *
 * <pre>{@code
 * GetLayerVersionByArnCommand.builder()
 *     .context(context).arn("arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1").build();
 * }</pre>
 */
@Value.Immutable
public abstract class GetLayerVersionByArnCommand {
  GetLayerVersionByArnCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code Arn}: the layer version ARN. */
  @Nullable
  public abstract String arn();

  /** A builder; {@link #context()} is required, {@link #arn()} optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetLayerVersionByArnCommand}. */
  public static final class Builder extends ImmutableGetLayerVersionByArnCommand.Builder {
    Builder() {}
  }
}
