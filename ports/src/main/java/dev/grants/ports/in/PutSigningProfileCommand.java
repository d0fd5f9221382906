package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code PutSigningProfile}: create a signing profile, or give an Active one a new version. Members are carried as given: a missing required member, or one that fails its model constraints, is
 * reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * PutSigningProfileCommand.builder()
 *     .context(CallContext.of("123456789012", "us-east-2"))
 *     .profileName("MyProfile").platformId("AWSLambda-SHA384-ECDSA")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class PutSigningProfileCommand {
  PutSigningProfileCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code profileName}: the signing profile's name. */
  @Nullable
  public abstract String profileName();

  /** {@code platformId}: the signing platform. */
  @Nullable
  public abstract String platformId();

  /** {@code signingMaterial}: the signing certificate, absent when not given. */
  @Nullable
  public abstract SigningMaterial signingMaterial();

  /** {@code signatureValidityPeriod.value}. */
  @Nullable
  public abstract Integer signatureValidityValue();

  /** {@code signatureValidityPeriod.type}: DAYS, MONTHS or YEARS. */
  @Nullable
  public abstract String signatureValidityType();

  /** {@code overrides}. */
  @Nullable
  public abstract dev.grants.domain.signer.SigningProfile.SigningOverrides overrides();

  /** {@code signingParameters}. */
  @Nullable
  public abstract java.util.Map<String, String> signingParameters();

  /** {@code tags}. */
  @Nullable
  public abstract java.util.Map<String, String> tags();

  /**
   * The {@code signingMaterial} structure.
   *
   * @param certificateArn its {@code certificateArn}, {@code null} when missing
   */
  public record SigningMaterial(@Nullable String certificateArn) {}

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PutSigningProfileCommand}. */
  public static final class Builder extends ImmutablePutSigningProfileCommand.Builder {
    Builder() {}
  }
}
