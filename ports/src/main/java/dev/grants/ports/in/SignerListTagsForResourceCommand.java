package dev.grants.ports.in;

import dev.grants.domain.Nullable;

import org.immutables.value.Value;

/**
 * The members of Signer's {@code ListTagsForResource}: the tags of a signing profile. Members are carried as given:
 * a missing required member, or one that fails its model constraints, is reported
 * by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * SignerListTagsForResourceCommand.builder().context(context).resourceArn(profileArn).build();
 * }</pre>
 */
@Value.Immutable
public abstract class SignerListTagsForResourceCommand {
  SignerListTagsForResourceCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code resourceArn}: the signing profile's ARN (without a version). */
  @Nullable
  public abstract String resourceArn();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignerListTagsForResourceCommand}. */
  public static final class Builder extends ImmutableSignerListTagsForResourceCommand.Builder {
    Builder() {}
  }
}
