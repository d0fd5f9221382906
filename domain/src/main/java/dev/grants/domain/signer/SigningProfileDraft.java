package dev.grants.domain.signer;

import dev.grants.domain.Nullable;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.validation.MemberRule;
import dev.grants.domain.validation.Violation;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A signing profile about to be put: everything {@code PutSigningProfile} gives except the name, checked
 * against the model and the known platforms.
 *
 * <pre>{@code
 * SigningProfileDraft draft = SigningProfileDraft.validate("AWSLambda-SHA384-ECDSA", null, null, null, null,
 *     null, Map.of(), Map.of()).get();
 * }</pre>
 *
 * @param platform the platform
 * @param certificateArn the certificate ARN, {@code null} when none
 * @param validity the signature validity
 * @param overrides the overrides, {@code null} when none
 * @param signingParameters the signing parameters
 * @param tags the tags
 */
public record SigningProfileDraft(
    SigningPlatform platform,
    @Nullable String certificateArn,
    SigningProfile.SignatureValidity validity,
    @Nullable SigningProfile.SigningOverrides overrides,
    Map<String, String> signingParameters,
    Map<String, String> tags) {

  /** {@code platformId}: required. */
  public static final MemberRule PLATFORM_ID = MemberRule.required("platformId");
  /** {@code signatureValidityPeriod.type}: one of DAYS, MONTHS, YEARS. */
  public static final MemberRule VALIDITY_TYPE =
      MemberRule.optional("signatureValidityPeriod.type").oneOf(List.of("DAYS", "MONTHS", "YEARS"));
  /** {@code overrides.signingConfiguration.encryptionAlgorithm}: RSA or ECDSA. */
  public static final MemberRule ENCRYPTION_ALGORITHM =
      MemberRule.optional("overrides.signingConfiguration.encryptionAlgorithm").oneOf(List.of("RSA", "ECDSA"));
  /** {@code overrides.signingConfiguration.hashAlgorithm}: SHA1 or SHA256. */
  public static final MemberRule HASH_ALGORITHM =
      MemberRule.optional("overrides.signingConfiguration.hashAlgorithm").oneOf(List.of("SHA1", "SHA256"));
  /** {@code overrides.signingImageFormat}: JSON, JSONEmbedded or JSONDetached. */
  public static final MemberRule IMAGE_FORMAT =
      MemberRule.optional("overrides.signingImageFormat").oneOf(List.of("JSON", "JSONEmbedded", "JSONDetached"));
  /** {@code signingMaterial.certificateArn}: required when signing material is given. */
  public static final MemberRule CERTIFICATE_ARN = MemberRule.required("signingMaterial.certificateArn");

  /**
   * The draft the raw members ask for: model constraints first (every violation, in member order), then the
   * platform must be one Grants knows.
   *
   * @param signingMaterialGiven whether the request had a {@code signingMaterial} structure
   * @return the draft, or {@link GrantsError.InvalidRequest} or {@link GrantsError.UnsupportedPlatform}
   */
  public static Either<GrantsError, SigningProfileDraft> validate(
      @Nullable String platformId,
      boolean signingMaterialGiven,
      @Nullable String certificateArn,
      @Nullable Integer validityValue,
      @Nullable String validityType,
      @Nullable SigningProfile.SigningOverrides overrides,
      @Nullable Map<String, String> signingParameters,
      @Nullable Map<String, String> tags) {
    List<Violation> found = new ArrayList<>(0);
    if (signingMaterialGiven) {
      found.addAll(CERTIFICATE_ARN.check(certificateArn));
    }
    found.addAll(VALIDITY_TYPE.check(validityType));
    found.addAll(PLATFORM_ID.check(platformId));
    if (overrides != null) {
      found.addAll(ENCRYPTION_ALGORITHM.check(overrides.encryptionAlgorithm()));
      found.addAll(HASH_ALGORITHM.check(overrides.hashAlgorithm()));
      found.addAll(IMAGE_FORMAT.check(overrides.signingImageFormat()));
    }
    found.addAll(SignerTags.violations("tags", tags));
    if (!found.isEmpty()) {
      return Either.left(new GrantsError.InvalidRequest(found));
    }
    return SigningPlatform.parse(platformId)
        .<Either<GrantsError, SigningProfileDraft>>map(platform -> Either.right(new SigningProfileDraft(
            platform,
            certificateArn,
            validityValue == null && validityType == null
                ? SigningProfile.SignatureValidity.DEFAULT
                : new SigningProfile.SignatureValidity(
                    validityValue == null ? SigningProfile.SignatureValidity.DEFAULT.value() : validityValue,
                    validityType == null ? SigningProfile.SignatureValidity.DEFAULT.type() : validityType),
            overrides,
            signingParameters == null ? Map.of() : signingParameters,
            tags == null ? Map.of() : tags)))
        .getOrElse(() -> Either.left(new GrantsError.UnsupportedPlatform(platformId)));
  }

  /** The Active profile this draft becomes as {@code arn}, version {@code profileVersion}. */
  public SigningProfile createAs(SigningProfileArn arn, String profileVersion) {
    return new SigningProfile(arn, platform, profileVersion, SigningProfileStatus.ACTIVE, certificateArn, validity,
        overrides, signingParameters, tags);
  }
}
