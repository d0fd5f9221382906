package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code ListPermissionSets}: the permission sets of an instance, in creation order, a page at a time. Members are carried as given: a missing required member, or one that
 * fails its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * ListPermissionSetsCommand.builder().context(CallContext.of("123456789012", "us-east-1")).instanceArn(instance).maxResults(10).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListPermissionSetsCommand implements Paged {
  ListPermissionSetsCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code InstanceArn}: the instance. */
  @Nullable
  public abstract String instanceArn();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListPermissionSetsCommand}. */
  public static final class Builder extends ImmutableListPermissionSetsCommand.Builder {
    Builder() {}
  }
}
