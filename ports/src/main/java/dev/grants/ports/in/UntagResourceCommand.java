package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import java.util.List;
import org.immutables.value.Value;

/**
 * The members of {@code UntagResource}: tag keys to remove from an instance or a permission set; a key it does not have is no error. Members are carried as given: a missing required member, or one that
 * fails its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * UntagResourceCommand.builder().context(context).resourceArn(set).addTagKeys("team").build();
 * }</pre>
 */
@Value.Immutable
public abstract class UntagResourceCommand implements TaggedResourceAddress {
  UntagResourceCommand() {}

  /** {@code TagKeys}: the keys, {@code null} when the member is absent. */
  @Nullable
  public abstract List<String> tagKeys();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UntagResourceCommand}. */
  public static final class Builder extends ImmutableUntagResourceCommand.Builder {
    Builder() {}
  }
}
