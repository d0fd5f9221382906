package dev.grants.adapters.json.signer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.signer.SigningPlatform;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.domain.signer.SigningProfileStatus;
import dev.grants.ports.in.ListSigningProfilesCommand;
import dev.grants.ports.in.Page;
import dev.grants.testkit.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignerProfileListCodecTest {
  private static final SignerProfileListCodec CODEC = SignerProfileListCodec.create();
  private static final SigningProfileArn ARN = Fixtures.signingProfileArn();

  @Test
  void a_page_holds_each_profile_with_the_list_shapes_members_in_the_models_order() {
    SigningProfile rich = new SigningProfile(ARN, SigningPlatform.AMAZON_FREERTOS_DEFAULT, "a1B2c3D4e5",
        SigningProfileStatus.ACTIVE, "arn:aws:acm:us-east-2:123456789012:certificate/abc",
        new SigningProfile.SignatureValidity(3, "YEARS"),
        new SigningProfile.SigningOverrides("RSA", "SHA256", "JSON"), Map.of("p", "v"), Map.of("team", "a"));
    SigningProfile revoked = new SigningProfile(Fixtures.signingProfileArn("Old"),
        SigningPlatform.AWS_LAMBDA_SHA384_ECDSA, "0000000001", SigningProfileStatus.ACTIVE, null,
        SigningProfile.SignatureValidity.DEFAULT, null, Map.of(), Map.of())
        .revoke(new SigningProfile.RevocationRecord(Instant.parse("2018-11-01T00:00:00Z"),
            Instant.parse("2018-11-14T23:03:52Z"), "arn:aws:iam::123456789012:root"));

    WireResponse response = CODEC.encodeProfiles(new Page<>(List.of(rich, revoked), "t1"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyAsString()).isEqualTo("{\"profiles\":[{\"profileName\":\"" + ARN.name() + "\","
        + "\"profileVersion\":\"a1B2c3D4e5\",\"profileVersionArn\":\"" + ARN + "/a1B2c3D4e5\","
        + "\"signingMaterial\":{\"certificateArn\":\"arn:aws:acm:us-east-2:123456789012:certificate/abc\"},"
        + "\"platformId\":\"AmazonFreeRTOS-Default\",\"platformDisplayName\":\""
        + SigningPlatform.AMAZON_FREERTOS_DEFAULT.displayName() + "\","
        + "\"signatureValidityPeriod\":{\"value\":3,\"type\":\"YEARS\"},\"signingParameters\":{\"p\":\"v\"},"
        + "\"status\":\"Active\",\"arn\":\"" + ARN + "\",\"tags\":{\"team\":\"a\"}},"
        + "{\"profileName\":\"Old\",\"profileVersion\":\"0000000001\",\"profileVersionArn\":\""
        + Fixtures.signingProfileArn("Old") + "/0000000001\",\"platformId\":\"AWSLambda-SHA384-ECDSA\","
        + "\"platformDisplayName\":\"AWS Lambda\",\"signatureValidityPeriod\":{\"value\":135,\"type\":\"MONTHS\"},"
        + "\"status\":\"Revoked\",\"arn\":\"" + Fixtures.signingProfileArn("Old") + "\"}],\"nextToken\":\"t1\"}");
  }

  @Test
  void the_last_page_has_no_token_and_an_empty_one_an_empty_list() {
    assertThat(CODEC.encodeProfiles(new Page<>(List.of(), null)).bodyAsString()).isEqualTo("{\"profiles\":[]}");
  }

  @Test
  void a_request_carries_every_filter_each_status_and_the_paging_members() {
    ListSigningProfilesCommand command = CODEC.decodeListSigningProfiles(Fixtures.context(), Map.of(
        "includeCanceled", List.of("true"), "platformId", List.of("AWSLambda-SHA384-ECDSA"),
        "statuses", List.of("Active", "Revoked"), "maxResults", List.of("3"), "nextToken", List.of("t"))).get();

    assertThat(command).isEqualTo(ListSigningProfilesCommand.builder().context(Fixtures.context())
        .includeCanceled(true).platformId("AWSLambda-SHA384-ECDSA").addStatuses("Active", "Revoked").maxResults(3)
        .nextToken("t").build());
    assertThat(CODEC.decodeListSigningProfiles(Fixtures.context(), Map.of()).get())
        .isEqualTo(ListSigningProfilesCommand.builder().context(Fixtures.context()).build());
    assertThat(CODEC.decodeListSigningProfiles(Fixtures.context(), Map.of("includeCanceled", List.of("false")))
        .get().includeCanceled()).isFalse();
  }

  @Test
  void an_include_canceled_that_is_no_boolean_and_a_max_results_that_is_no_number_are_validation_errors() {
    WireResponse notBoolean = CODEC.decodeListSigningProfiles(Fixtures.context(),
        Map.of("includeCanceled", List.of("yes"))).getLeft();
    WireResponse notNumber = CODEC.decodeListSigningProfiles(Fixtures.context(),
        Map.of("maxResults", List.of("ten"))).getLeft();

    assertThat(notBoolean.status()).isEqualTo(400);
    assertThat(notBoolean.header("x-amzn-ErrorType")).isEqualTo("ValidationException");
    assertThat(notBoolean.bodyAsString()).isEqualTo("{\"message\":\"1 validation error detected: Value 'yes' at "
        + "'includeCanceled' failed to satisfy constraint: Member must be a boolean\",\"code\":\"ValidationException\"}");
    assertThat(notNumber.status()).isEqualTo(400);
    assertThat(notNumber.bodyAsString()).isEqualTo("{\"message\":\"1 validation error detected: Value 'ten' at "
        + "'maxResults' failed to satisfy constraint: Member must be a whole number\",\"code\":\"ValidationException\"}");
  }
}
