package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.testkit.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.signer.SignerClient;
import software.amazon.awssdk.services.signer.model.EncryptionAlgorithm;
import software.amazon.awssdk.services.signer.model.GetSigningPlatformResponse;
import software.amazon.awssdk.services.signer.model.ImageFormat;
import software.amazon.awssdk.services.signer.model.ListSigningPlatformsResponse;
import software.amazon.awssdk.services.signer.model.ResourceNotFoundException;
import software.amazon.awssdk.services.signer.model.SigningPlatform;
import software.amazon.awssdk.services.signer.model.ValidationException;

/**
 * The Signer operations around the profile permissions through the real AWS SDK for Java v2 {@link SignerClient}:
 * GetSigningPlatform and ListSigningPlatforms, each success and each documented error Grants answers.
 *
 * <pre>{@code
 * class InMemorySignerSurfaceSdkContractTest extends SignerSurfaceSdkContract {
 *   @RegisterExtension
 *   static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SignerSurfaceSdkContract {
  private static final String LAMBDA = "AWSLambda-SHA384-ECDSA";

  /** The suite's endpoint on {@code store}, settings for us-east-2. */
  static StoreEndpoint endpointOn(StoreUnderTest store) {
    return new StoreEndpoint(store, GrantsEndpointExtension.serving(store::wiring).inRegion(Fixtures.REGION));
  }

  private SignerClient signer;

  @BeforeAll
  void connect(ClientSettings settings) {
    signer = SignerSdkContract.client(settings);
  }

  @AfterAll
  void disconnect() {
    signer.close();
  }

  // --- GetSigningPlatform ---------------------------------------------------------------------------------

  @Test
  void get_signing_platform_answers_every_documented_member() {
    GetSigningPlatformResponse lambda = signer.getSigningPlatform(b -> b.platformId(LAMBDA));

    assertThat(lambda.platformId()).isEqualTo(LAMBDA);
    assertThat(lambda.displayName()).isEqualTo("AWS Lambda");
    assertThat(lambda.partner()).isEqualTo("AWSLambda");
    assertThat(lambda.target()).isEqualTo("SHA384-ECDSA");
    assertThat(lambda.categoryAsString()).isEqualTo("AWS");
    assertThat(lambda.signingConfiguration().encryptionAlgorithmOptions().allowedValues())
        .containsExactly(EncryptionAlgorithm.ECDSA);
    assertThat(lambda.signingConfiguration().encryptionAlgorithmOptions().defaultValue())
        .isEqualTo(EncryptionAlgorithm.ECDSA);
    assertThat(lambda.signingConfiguration().hashAlgorithmOptions().allowedValuesAsStrings())
        .containsExactly("SHA384");
    assertThat(lambda.signingConfiguration().hashAlgorithmOptions().defaultValueAsString()).isEqualTo("SHA384");
    assertThat(lambda.signingImageFormat().supportedFormats()).containsExactly(ImageFormat.JSON_DETACHED);
    assertThat(lambda.signingImageFormat().defaultFormat()).isEqualTo(ImageFormat.JSON_DETACHED);
    assertThat(lambda.maxSizeInMB()).isEqualTo(250);
    assertThat(lambda.revocationSupported()).isTrue();
  }

  @Test
  void get_signing_platform_of_an_unknown_id_is_resource_not_found() {
    assertThatThrownBy(() -> signer.getSigningPlatform(b -> b.platformId("Nope-SHA1")))
        .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Signing platform Nope-SHA1 does not exist.");
        });
  }

  // --- ListSigningPlatforms -------------------------------------------------------------------------------

  @Test
  void list_signing_platforms_answers_every_known_platform() {
    ListSigningPlatformsResponse all = signer.listSigningPlatforms(b -> { });

    assertThat(all.platforms()).extracting(SigningPlatform::platformId).containsExactly(LAMBDA,
        "Notation-OCI-SHA384-ECDSA", "AWSIoTDeviceManagement-SHA256-ECDSA", "AmazonFreeRTOS-TI-CC3220SF",
        "AmazonFreeRTOS-Default");
    assertThat(all.nextToken()).isNull();
    assertThat(all.platforms().get(0).maxSizeInMB()).isEqualTo(250);
  }

  @Test
  void list_signing_platforms_filters_and_pages_with_the_sdk_paginator() {
    assertThat(signer.listSigningPlatforms(b -> b.partner("AmazonFreeRTOS").target("SHA256-ECDSA")).platforms())
        .extracting(SigningPlatform::platformId).containsExactly("AmazonFreeRTOS-Default");
    List<String> paged = new ArrayList<>();
    signer.listSigningPlatformsPaginator(b -> b.maxResults(2))
        .forEach(page -> {
          assertThat(page.platforms()).hasSizeLessThanOrEqualTo(2);
          page.platforms().forEach(platform -> paged.add(platform.platformId()));
        });
    assertThat(paged).hasSize(5).startsWith(LAMBDA);
  }

  @Test
  void list_signing_platforms_refuses_max_results_over_25_and_a_foreign_token() {
    assertThatThrownBy(() -> signer.listSigningPlatforms(b -> b.maxResults(26)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("1 validation error detected: Value '26' at 'maxResults' failed to satisfy constraint: "
                + "Member must have value less than or equal to 25"));
    assertThatThrownBy(() -> signer.listSigningPlatforms(b -> b.nextToken("forged")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("The nextToken is not valid for this listing."));
  }
}
