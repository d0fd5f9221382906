package dev.grants.domain.signer;

import java.util.List;
import java.util.Objects;

/**
 * What GetSigningPlatform and ListSigningPlatforms tell of one signing platform besides its id and display name:
 * its partner, target and category, the algorithms and image formats a signing job may use, the largest payload, and
 * whether its signatures can be revoked.
 *
 * <pre>{@code
 * SigningPlatform.AWS_LAMBDA_SHA384_ECDSA.facts().maxSizeInMB(); // 250
 * }</pre>
 *
 * @param partner the partner entity ({@code AWSLambda})
 * @param target the validation template ({@code SHA384-ECDSA})
 * @param category the category, as the service answers it ({@code AWS})
 * @param encryption the encryption algorithms allowed, and the default
 * @param hash the hash algorithms allowed, and the default
 * @param imageFormat the signing image formats supported, and the default
 * @param maxSizeInMB the largest payload it signs, in MB
 * @param revocationSupported whether its signatures can be revoked
 */
public record SigningPlatformFacts(
    String partner,
    String target,
    String category,
    Options encryption,
    Options hash,
    Options imageFormat,
    int maxSizeInMB,
    boolean revocationSupported) {

  /** Checks every part is present. */
  public SigningPlatformFacts {
    for (Object part : new Object[] {partner, target, category, encryption, hash, imageFormat}) {
      Objects.requireNonNull(part, "every fact of a platform is required");
    }
  }

  /**
   * The values a signing job may choose from, and the one it gets when it chooses none.
   *
   * @param allowed the values, in the service's order
   * @param defaultValue the default, one of {@code allowed}
   */
  public record Options(List<String> allowed, String defaultValue) {
    /** Copies the values and checks the default is one of them. */
    public Options {
      allowed = List.copyOf(allowed);
      if (!allowed.contains(defaultValue)) {
        throw new IllegalArgumentException("the default " + defaultValue + " is not one of " + allowed);
      }
    }

    /** The single value {@code only}, which is also the default. */
    public static Options only(String only) {
      return new Options(List.of(only), only);
    }
  }
}
