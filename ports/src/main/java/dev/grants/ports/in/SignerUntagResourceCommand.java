package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import java.util.List;
import org.immutables.value.Value;

/**
 * The members of Signer's {@code UntagResource}: the keys of the tags to remove from a signing profile. Members are
 * carried as given: a missing required member, or one that fails its model constraints, is reported
 * by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * SignerUntagResourceCommand.builder().context(context).resourceArn(profileArn).tagKeys(List.of("team")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class SignerUntagResourceCommand {
  SignerUntagResourceCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code resourceArn}: the signing profile's ARN (without a version). */
  @Nullable
  public abstract String resourceArn();

  /** {@code tagKeys}: the keys; {@code null} when the member is absent. */
  @Nullable
  public abstract List<String> tagKeys();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignerUntagResourceCommand}. */
  public static final class Builder extends ImmutableSignerUntagResourceCommand.Builder {
    Builder() {}
  }
}
