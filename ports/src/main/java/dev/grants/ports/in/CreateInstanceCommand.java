package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code CreateInstance}: an Identity Center instance for the caller's account. Members are carried as given: a missing required member, or one that fails
 * its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * CreateInstanceCommand.builder().context(CallContext.of("123456789012", "us-east-1")).name("my-instance").build();
 * }</pre>
 */
@Value.Immutable
public abstract class CreateInstanceCommand implements TagsGiven {
  CreateInstanceCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code Name}: the instance name. */
  @Nullable
  public abstract String name();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateInstanceCommand}. */
  public static final class Builder extends ImmutableCreateInstanceCommand.Builder {
    Builder() {}
  }
}
