package dev.grants.ports.in;

import org.immutables.value.Value;

/**
 * The members of {@code TagResource}: tags to add to an instance or a permission set; a tag whose key the resource has replaces its value. Members are carried as given: a missing required member, or one that
 * fails its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * TagResourceCommand.builder().context(context).resourceArn(set).addTags(TagMember.of("team", "identity")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class TagResourceCommand implements TaggedResourceAddress, TagsGiven {
  TagResourceCommand() {}

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TagResourceCommand}. */
  public static final class Builder extends ImmutableTagResourceCommand.Builder {
    Builder() {}
  }
}
