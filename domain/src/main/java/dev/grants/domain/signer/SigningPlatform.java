package dev.grants.domain.signer;

import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.List;
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
  /** AWS Lambda. */
  AWS_LAMBDA_SHA384_ECDSA("AWSLambda-SHA384-ECDSA", "AWS Lambda"),
  /** Notation for container registries. */
  NOTATION_OCI_SHA384_ECDSA("Notation-OCI-SHA384-ECDSA", "Notation for Container Registries"),
  /** AWS IoT Device Management. */
  AWS_IOT_DEVICE_MANAGEMENT_SHA256_ECDSA("AWSIoTDeviceManagement-SHA256-ECDSA", "AWS IoT Device Management SHA256-ECDSA"),
  /** Amazon FreeRTOS on the TI CC3220SF. */
  AMAZON_FREERTOS_TI_CC3220SF("AmazonFreeRTOS-TI-CC3220SF", "Amazon FreeRTOS SHA1-RSA CC3220SF-Format"),
  /** Amazon FreeRTOS, default format. */
  AMAZON_FREERTOS_DEFAULT("AmazonFreeRTOS-Default", "Amazon FreeRTOS SHA256-ECDSA");

  private final String platformId;
  private final String displayName;

  SigningPlatform(String platformId, String displayName) {
    this.platformId = platformId;
    this.displayName = displayName;
  }

  /** The platform id, as PutSigningProfile takes it. */
  public String platformId() {
    return platformId;
  }

  /** The platform's display name, as GetSigningProfile answers it. */
  public String displayName() {
    return displayName;
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
