package dev.grants.adapters.json.signer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.signer.SigningPlatform;
import dev.grants.ports.in.ListSigningPlatformsCommand;
import dev.grants.ports.in.Page;
import dev.grants.testkit.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignerPlatformCodecTest {
  private static final SignerPlatformCodec CODEC = SignerPlatformCodec.create();
  private static final String LAMBDA = "{\"platformId\":\"AWSLambda-SHA384-ECDSA\",\"displayName\":\"AWS Lambda\","
      + "\"partner\":\"AWSLambda\",\"target\":\"SHA384-ECDSA\",\"category\":\"AWS\",\"signingConfiguration\":{"
      + "\"encryptionAlgorithmOptions\":{\"allowedValues\":[\"ECDSA\"],\"defaultValue\":\"ECDSA\"},"
      + "\"hashAlgorithmOptions\":{\"allowedValues\":[\"SHA384\"],\"defaultValue\":\"SHA384\"}},"
      + "\"signingImageFormat\":{\"supportedFormats\":[\"JSONDetached\"],\"defaultFormat\":\"JSONDetached\"},"
      + "\"maxSizeInMB\":250,\"revocationSupported\":true}";

  @Test
  void a_platform_is_written_with_every_documented_member_in_the_models_order() {
    WireResponse response = CODEC.encodePlatform(SigningPlatform.AWS_LAMBDA_SHA384_ECDSA);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyAsString()).isEqualTo(LAMBDA);
  }

  @Test
  void a_platform_of_two_encryption_algorithms_lists_both_with_its_default() {
    assertThat(CODEC.encodePlatform(SigningPlatform.AMAZON_FREERTOS_DEFAULT).bodyAsString()).contains(
        "\"encryptionAlgorithmOptions\":{\"allowedValues\":[\"ECDSA\",\"RSA\"],\"defaultValue\":\"ECDSA\"}");
  }

  @Test
  void a_page_of_platforms_holds_them_and_the_next_token_when_there_is_one() {
    assertThat(CODEC.encodePlatforms(new Page<>(List.of(SigningPlatform.AWS_LAMBDA_SHA384_ECDSA), "t1"))
        .bodyAsString()).isEqualTo("{\"platforms\":[" + LAMBDA + "],\"nextToken\":\"t1\"}");
    assertThat(CODEC.encodePlatforms(new Page<>(List.of(), null)).bodyAsString()).isEqualTo("{\"platforms\":[]}");
  }

  @Test
  void a_list_request_carries_every_filter_and_the_paging_members() {
    ListSigningPlatformsCommand command = CODEC.decodeListSigningPlatforms(Fixtures.context(), Map.of(
        "category", List.of("AWS"), "partner", List.of("AWSLambda"), "target", List.of("SHA384-ECDSA"),
        "maxResults", List.of("3"), "nextToken", List.of("t"))).get();

    assertThat(command).isEqualTo(ListSigningPlatformsCommand.builder().context(Fixtures.context())
        .category("AWS").partner("AWSLambda").target("SHA384-ECDSA").maxResults(3).nextToken("t").build());
  }

  @Test
  void a_max_results_that_is_no_whole_number_is_a_validation_error() {
    WireResponse refused = CODEC.decodeListSigningPlatforms(Fixtures.context(),
        Map.of("maxResults", List.of("ten"))).getLeft();

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.bodyAsString()).isEqualTo("{\"message\":\"1 validation error detected: Value 'ten' at "
        + "'maxResults' failed to satisfy constraint: Member must be a whole number\",\"code\":\"ValidationException\"}");
  }

  @Test
  void an_unknown_platform_is_a_resource_not_found() {
    WireResponse refused = SignerErrors.table().answer(null, new GrantsError.SigningPlatformNotFound("Nope"));

    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.header("x-amzn-ErrorType")).isEqualTo("ResourceNotFoundException");
    assertThat(refused.bodyAsString()).isEqualTo(
        "{\"message\":\"Signing platform Nope does not exist.\",\"code\":\"ResourceNotFoundException\"}");
  }
}
