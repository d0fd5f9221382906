package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code ListTagsForResource}: the tags of an instance or a permission set, in the order they were first set. Members are carried as given: a missing required member, or one that
 * fails its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * ListTagsForResourceCommand.builder().context(context).instanceArn(instance).resourceArn(set).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListTagsForResourceCommand implements TaggedResourceAddress {
  ListTagsForResourceCommand() {}

  /** {@code NextToken}: where the previous page ended. */
  @Nullable
  public abstract String nextToken();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListTagsForResourceCommand}. */
  public static final class Builder extends ImmutableListTagsForResourceCommand.Builder {
    Builder() {}
  }
}
