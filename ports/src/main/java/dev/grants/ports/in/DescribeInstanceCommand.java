package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code DescribeInstance}: one of the caller's instances. Members are carried as given: a missing required member, or one that
 * fails its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * DescribeInstanceCommand.builder().context(CallContext.of("123456789012", "us-east-1")).instanceArn(instance).build();
 * }</pre>
 */
@Value.Immutable
public abstract class DescribeInstanceCommand {
  DescribeInstanceCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code InstanceArn}: the instance. */
  @Nullable
  public abstract String instanceArn();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeInstanceCommand}. */
  public static final class Builder extends ImmutableDescribeInstanceCommand.Builder {
    Builder() {}
  }
}
