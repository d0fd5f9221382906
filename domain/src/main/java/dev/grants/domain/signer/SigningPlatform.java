package dev.grants.domain.signer;

import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signing platforms PutSigningProfile knows, and which actions a permission on a profile of each may
 * grant: {@code StartSigningJob} is not supported for container image platforms ({@code Notation-OCI-*}),
 * {@code SignPayload} not for AWS Lambda platforms ({@code AWSLambda-*}).
 *
 * <pre>{@code
 * SigningPlatform.parse("AWSLambda-SHA384-ECDSA").get().allows(SignerAction.SIGN_PAYLOAD); // false
 * }</pre>
 */
public enum SigningPlatform {
  // The facts are the service's answers as recorded by moto's Signer backend (category "AWS", as the service
  // answers it, not the model's AWSIoT); Notation's are decided: see README, Signer decisions.
  /** AWS Lambda. */
  AWS_LAMBDA_SHA384_ECDSA("AWSLambda-SHA384-ECDSA", "AWS Lambda",
      facts("AWSLambda", "SHA384-ECDSA", "ECDSA", "SHA384", "JSONDetached", 250, true)),
  /** Notation for container registries. */
  NOTATION_OCI_SHA384_ECDSA("Notation-OCI-SHA384-ECDSA", "Notation for Container Registries",
      facts("AWSSigner", "Notation-OCI", "ECDSA", "SHA384", "JSONDetached", 2048, true)),
  /** AWS IoT Device Management. */
  AWS_IOT_DEVICE_MANAGEMENT_SHA256_ECDSA("AWSIoTDeviceManagement-SHA256-ECDSA", "AWS IoT Device Management SHA256-ECDSA",
      facts("AWSIoTDeviceManagement", "SHA256-ECDSA", "ECDSA", "SHA256", "JSONDetached", 2048, false)),
  /** Amazon FreeRTOS on the TI CC3220SF. */
  AMAZON_FREERTOS_TI_CC3220SF("AmazonFreeRTOS-TI-CC3220SF", "Amazon FreeRTOS SHA1-RSA CC3220SF-Format",
      facts("AmazonFreeRTOS", "SHA1-RSA-TISHA1", "RSA", "SHA1", "JSONEmbedded", 16, false)),
  /** Amazon FreeRTOS, default format. */
  AMAZON_FREERTOS_DEFAULT("AmazonFreeRTOS-Default", "Amazon FreeRTOS SHA256-ECDSA",
      new SigningPlatformFacts("AmazonFreeRTOS", "SHA256-ECDSA", "AWS",
          new SigningPlatformFacts.Options(List.of("ECDSA", "RSA"), "ECDSA"), SigningPlatformFacts.Options.only("SHA256"),
          SigningPlatformFacts.Options.only("JSONEmbedded"), 16, false));

  private final String platformId;
  /** The display name and the facts, together: what the platform tells besides its id. */
  private final Map.Entry<String, SigningPlatformFacts> described;

  SigningPlatform(String platformId, String displayName, SigningPlatformFacts facts) {
    this.platformId = platformId;
    this.described = Map.entry(displayName, facts);
  }

  /** The facts of a platform of one encryption and one hash algorithm and one image format, category AWS. */
  private static SigningPlatformFacts facts(String partner, String target, String encryption, String hash,
      String imageFormat, int maxSizeInMB, boolean revocationSupported) {
    return new SigningPlatformFacts(partner, target, "AWS", SigningPlatformFacts.Options.only(encryption),
        SigningPlatformFacts.Options.only(hash), SigningPlatformFacts.Options.only(imageFormat), maxSizeInMB,
        revocationSupported);
  }

  /** What GetSigningPlatform tells of it besides its id and display name. */
  public SigningPlatformFacts facts() {
    return described.getValue();
  }

  /** The platform id, as PutSigningProfile takes it. */
  public String platformId() {
    return platformId;
  }

  /** The platform's display name, as GetSigningProfile answers it. */
  public String displayName() {
    return described.getKey();
  }

  /** The platform {@code platformId}, if Grants knows it. */
  public static Option<SigningPlatform> parse(String platformId) {
    for (SigningPlatform platform : values()) {
      if (platform.platformId.equals(platformId)) {
        return Option.some(platform);
      }
    }
    return Option.none();
  }

  /** The actions a permission on a profile of this platform may grant, in the service's order. */
  public List<SignerAction> allowedActions() {
    Set<SignerAction> allowed = EnumSet.allOf(SignerAction.class);
    if (platformId.startsWith("Notation-OCI-")) {
      allowed.remove(SignerAction.START_SIGNING_JOB);
    }
    if (platformId.startsWith("AWSLambda-")) {
      allowed.remove(SignerAction.SIGN_PAYLOAD);
    }
    return List.copyOf(allowed);
  }

  /** Whether a permission on a profile of this platform may grant {@code action}. */
  public boolean allows(SignerAction action) {
    return allowedActions().contains(action);
  }
}
