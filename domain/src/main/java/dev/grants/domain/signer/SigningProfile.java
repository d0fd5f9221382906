package dev.grants.domain.signer;

import dev.grants.domain.Nullable;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A signing profile: its ARN, platform, current profile version, status and the definition PutSigningProfile
 * gave it. Cancelling keeps it readable with status {@code Canceled}.
 *
 * <pre>{@code
 * SigningProfile profile = draft.createAs(SigningProfileArn.of(region, owner, "MyProfile"), "a1B2c3D4e5");
 * profile.cancel().status(); // CANCELED
 * }</pre>
 *
 * @param arn the profile's ARN
 * @param platform the signing platform
 * @param profileVersion the current version: 10 letters or digits
 * @param status Active, Canceled or Revoked
 * @param certificateArn the signing material's certificate ARN, {@code null} when none was given
 * @param validity how long signatures made with it are valid
 * @param overrides the platform overrides, {@code null} when none were given
 * @param signingParameters the signing parameters, possibly empty
 * @param tags the tags, possibly empty
 * @param revocation how it was revoked, {@code null} unless it is Revoked
 */
public record SigningProfile(
    SigningProfileArn arn,
    SigningPlatform platform,
    String profileVersion,
    SigningProfileStatus status,
    @Nullable String certificateArn,
    SignatureValidity validity,
    @Nullable SigningOverrides overrides,
    Map<String, String> signingParameters,
    Map<String, String> tags,
    @Nullable RevocationRecord revocation) {

  /** The form of a profile version. */
  public static final Pattern PROFILE_VERSION = Pattern.compile("[a-zA-Z0-9]{10}");

  /** Checks the parts and copies the maps (sorted by key, so equal profiles read alike). */
  public SigningProfile {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(profileVersion, "profileVersion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(validity, "validity");
    if (!PROFILE_VERSION.matcher(profileVersion).matches()) {
      throw new IllegalArgumentException("a profile version is 10 letters or digits: " + profileVersion);
    }
    signingParameters = java.util.Collections.unmodifiableMap(new TreeMap<>(signingParameters));
    tags = java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
    if ((revocation != null) != (status == SigningProfileStatus.REVOKED)) {
      throw new IllegalArgumentException("a profile has a revocation record exactly when it is revoked: " + status);
    }
  }

  /** A profile that was never revoked. */
  public SigningProfile(SigningProfileArn arn, SigningPlatform platform, String profileVersion,
      SigningProfileStatus status, @Nullable String certificateArn, SignatureValidity validity,
      @Nullable SigningOverrides overrides, Map<String, String> signingParameters, Map<String, String> tags) {
    this(arn, platform, profileVersion, status, certificateArn, validity, overrides, signingParameters, tags, null);
  }

  /** The ARN of the current version. */
  public String profileVersionArn() {
    return arn.versionArn(profileVersion);
  }

  /** Whether its permissions may change. */
  public boolean isActive() {
    return status == SigningProfileStatus.ACTIVE;
  }

  /** This profile, canceled. */
  public SigningProfile cancel() {
    return withStatus(SigningProfileStatus.CANCELED);
  }

  /** This profile with another status, other than Revoked (see {@link #revoke}). */
  public SigningProfile withStatus(SigningProfileStatus next) {
    return new SigningProfile(arn, platform, profileVersion, next, certificateArn, validity, overrides,
        signingParameters, tags, revocation);
  }

  /** This profile, revoked as {@code record} tells. */
  public SigningProfile revoke(RevocationRecord record) {
    return new SigningProfile(arn, platform, profileVersion, SigningProfileStatus.REVOKED, certificateArn, validity,
        overrides, signingParameters, tags, Objects.requireNonNull(record, "record"));
  }

  /** This profile with the tags {@code next} in place of its own; nothing else changes. */
  public SigningProfile withTags(Map<String, String> next) {
    return new SigningProfile(arn, platform, profileVersion, status, certificateArn, validity, overrides,
        signingParameters, next, revocation);
  }

  /**
   * The validity period of signatures, {@code {"value":135,"type":"MONTHS"}} when none is given.
   *
   * @param value how many units
   * @param type {@code DAYS}, {@code MONTHS} or {@code YEARS}
   */
  public record SignatureValidity(int value, String type) {
    /** The service's default: 135 months. */
    public static final SignatureValidity DEFAULT = new SignatureValidity(135, "MONTHS");

    /** Checks the type is present. */
    public SignatureValidity {
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * The platform overrides a profile was given; each part {@code null} when not given.
   *
   * @param encryptionAlgorithm {@code RSA} or {@code ECDSA}
   * @param hashAlgorithm {@code SHA1} or {@code SHA256}
   * @param signingImageFormat {@code JSON}, {@code JSONEmbedded} or {@code JSONDetached}
   */
  public record SigningOverrides(
      @Nullable String encryptionAlgorithm, @Nullable String hashAlgorithm, @Nullable String signingImageFormat) {}

  /**
   * How a profile was revoked ({@code revocationRecord} of GetSigningProfile).
   *
   * @param effectiveFrom from when its signatures are no longer trusted
   * @param revokedAt when it was revoked
   * @param revokedBy who revoked it
   */
  public record RevocationRecord(java.time.Instant effectiveFrom, java.time.Instant revokedAt, String revokedBy) {
    /** Checks every part is present. */
    public RevocationRecord {
      Objects.requireNonNull(effectiveFrom, "effectiveFrom");
      Objects.requireNonNull(revokedAt, "revokedAt");
      Objects.requireNonNull(revokedBy, "revokedBy");
    }
  }
}
