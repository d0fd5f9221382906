package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The members of Signer's {@code TagResource}: tags to set on a signing profile; a key it has gets the new value.
 * Members are carried as given: a missing required member, or one that fails its model constraints, is reported
 * by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * SignerTagResourceCommand.builder().context(context).resourceArn(profileArn).tags(Map.of("team", "a")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class SignerTagResourceCommand {
  SignerTagResourceCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code resourceArn}: the signing profile's ARN (without a version). */
  @Nullable
  public abstract String resourceArn();

  /** {@code tags}: the tags to set; {@code null} when the member is absent. */
  @Nullable
  public abstract Map<String, String> tags();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignerTagResourceCommand}. */
  public static final class Builder extends ImmutableSignerTagResourceCommand.Builder {
    Builder() {}
  }
}
