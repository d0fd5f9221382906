package dev.grants.adapters.json.signer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Region;
import dev.grants.domain.signer.SigningPlatform;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.domain.signer.SigningProfileStatus;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.RevokeSigningProfileCommand;
import dev.grants.ports.in.SignerTagResourceCommand;
import dev.grants.ports.in.SignerUntagResourceCommand;
import dev.grants.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RevokeSigningProfile and the tag operations on the wire: exact JSON both ways, and their refusals. */
class SignerSurfaceCodecTest {
  private static final SignerCodec CODEC = SignerCodec.create();
  private static final SignerTagCodec TAGS = SignerTagCodec.create();
  private static final SigningProfileArn ARN =
      SigningProfileArn.of(Region.of("us-east-2"), AccountId.of("123456789012"), "MyProfile");

  @Test
  void a_revoke_request_becomes_its_command_with_the_effective_time_to_the_millisecond() {
    assertThat(CODEC.decodeRevokeSigningProfile(Fixtures.context(), "MyProfile", bytes("{\"profileVersion\":"
        + "\"a1B2c3D4e5\",\"reason\":\"lost key\",\"effectiveTime\":1.5410304001239E9}")).get())
        .isEqualTo(RevokeSigningProfileCommand.builder().context(Fixtures.context()).profileName("MyProfile")
            .profileVersion("a1B2c3D4e5").reason("lost key").effectiveTime(Instant.parse("2018-11-01T00:00:00.123Z"))
            .build());
  }

  @Test
  void an_effective_time_that_is_no_number_is_an_invalid_body() {
    WireResponse refused = CODEC.decodeRevokeSigningProfile(Fixtures.context(), "MyProfile",
        bytes("{\"effectiveTime\":\"tomorrow\"}")).getLeft();

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("x-amzn-ErrorType")).isEqualTo("ValidationException");
  }

  @Test
  void a_revoked_profile_is_read_with_its_revocation_record_after_its_version_arn() {
    SigningProfile revoked = new SigningProfile(ARN, SigningPlatform.AWS_LAMBDA_SHA384_ECDSA, "a1B2c3D4e5",
        SigningProfileStatus.ACTIVE, null, SigningProfile.SignatureValidity.DEFAULT, null, Map.of(), Map.of())
        .revoke(new SigningProfile.RevocationRecord(Instant.parse("2018-11-01T00:00:00.123Z"),
            Instant.parse("2018-11-14T23:03:52Z"), "arn:aws:iam::123456789012:root"));

    assertThat(CODEC.encodeProfile(revoked).bodyAsString()).isEqualTo("{\"profileName\":\"MyProfile\","
        + "\"profileVersion\":\"a1B2c3D4e5\",\"profileVersionArn\":\"" + ARN + "/a1B2c3D4e5\","
        + "\"revocationRecord\":{\"revocationEffectiveFrom\":1541030400.123,\"revokedAt\":1542236632.000,"
        + "\"revokedBy\":\"arn:aws:iam::123456789012:root\"},"
        + "\"platformId\":\"AWSLambda-SHA384-ECDSA\",\"platformDisplayName\":\"AWS Lambda\","
        + "\"signatureValidityPeriod\":{\"value\":135,\"type\":\"MONTHS\"},\"status\":\"Revoked\",\"arn\":\"" + ARN
        + "\"}");
    assertThat(CODEC.encodeRevoked(revoked).status()).isEqualTo(200);
    assertThat(CODEC.encodeRevoked(revoked).body()).isEmpty();
  }

  @Test
  void the_refusals_of_revoke_have_their_code_status_and_text() {
    assertError(CODEC.encodeError(new GrantsError.ProfileVersionNotCurrent(ARN, "zzzzzzzzzz")), 400,
        "ValidationException", "{\"message\":\"Profile version zzzzzzzzzz is not the current version of signing "
            + "profile MyProfile.\",\"code\":\"ValidationException\"}");
    assertError(CODEC.encodeError(new GrantsError.ProfileNotRevocable(ARN, SigningProfileStatus.CANCELED)), 400,
        "ValidationException", "{\"message\":\"Cannot revoke a profile in Canceled state\","
            + "\"code\":\"ValidationException\"}");
  }

  @Test
  void tag_requests_become_their_commands() {
    assertThat(TAGS.decodeTagResource(Fixtures.context(), ARN.toString(), bytes("{\"tags\":{\"team\":\"a\"}}")).get())
        .isEqualTo(SignerTagResourceCommand.builder().context(Fixtures.context()).resourceArn(ARN.toString())
            .tags(Map.of("team", "a")).build());
    assertThat(TAGS.decodeUntagResource(Fixtures.context(), ARN.toString(), Map.of("tagKeys", List.of("a", "b")))
        .get()).isEqualTo(SignerUntagResourceCommand.builder().context(Fixtures.context())
            .resourceArn(ARN.toString()).tagKeys(List.of("a", "b")).build());
  }

  @Test
  void tags_are_answered_as_a_map_and_a_change_as_an_empty_object() {
    assertThat(TAGS.encodeTags(Map.of("team", "a")).bodyAsString()).isEqualTo("{\"tags\":{\"team\":\"a\"}}");
    assertThat(TAGS.encodeTags(Map.of()).bodyAsString()).isEqualTo("{\"tags\":{}}");
    assertThat(TAGS.encodeChanged(Map.of("team", "a")).bodyAsString()).isEqualTo("{}");
  }

  @Test
  void the_refusals_of_the_tag_operations_have_the_shapes_the_model_gives_them() {
    assertError(TAGS.encodeError(new GrantsError.InvalidRequest(List.of(
            new Violation("tagKeys", "[]", Constraint.minItems(1))))), 400, "BadRequestException",
        "{\"message\":\"1 validation error detected: Value '[]' at 'tagKeys' failed to satisfy constraint: Member "
            + "must have length greater than or equal to 1\",\"code\":\"BadRequestException\"}");
    assertError(TAGS.encodeError(new GrantsError.SigningProfileNotFound(ARN)), 404, "NotFoundException",
        "{\"message\":\"Resource " + ARN + " does not exist.\",\"code\":\"NotFoundException\"}");
    assertError(TAGS.encodeError(new GrantsError.InvalidSignerResourceArn("arn:x")), 400, "BadRequestException",
        "{\"message\":\"Resource ARN arn:x is not the ARN of a signing profile.\",\"code\":\"BadRequestException\"}");
    assertError(TAGS.encodeError(new GrantsError.TooManySignerTags(ARN, 200)), 400, "BadRequestException",
        "{\"message\":\"A signing profile can have at most 200 tags.\",\"code\":\"BadRequestException\"}");
    assertError(TAGS.decodeTagResource(Fixtures.context(), ARN.toString(), bytes("[")).getLeft(), 400,
        "BadRequestException", null);
  }

  private static void assertError(WireResponse response, int status, String code, String body) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("x-amzn-ErrorType")).isEqualTo(code);
    if (body != null) {
      assertThat(response.bodyAsString()).isEqualTo(body);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
