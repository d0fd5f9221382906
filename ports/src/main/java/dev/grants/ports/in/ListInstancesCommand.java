package dev.grants.ports.in;

import org.immutables.value.Value;

/**
 * The members of {@code ListInstances}: the caller's instances. Members are carried as given: a missing required member, or one that fails
 * its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * ListInstancesCommand.builder().context(CallContext.of("123456789012", "us-east-1")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListInstancesCommand implements Paged {
  ListInstancesCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListInstancesCommand}. */
  public static final class Builder extends ImmutableListInstancesCommand.Builder {
    Builder() {}
  }
}
