package dev.grants.adapters.json.signer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Region;
import dev.grants.domain.revision.RevisionId;
import dev.grants.domain.signer.ProfilePermission;
import dev.grants.domain.signer.SigningPlatform;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.domain.signer.SigningProfileStatus;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.AddProfilePermissionCommand;
import dev.grants.ports.in.ListProfilePermissionsResult;
import dev.grants.ports.in.PutSigningProfileCommand;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignerCodecTest {
  private static final SignerCodec CODEC = SignerCodec.create();
  private static final SigningProfileArn ARN =
      SigningProfileArn.of(Region.of("us-east-2"), AccountId.of("123456789012"), "MyProfile");
  private static final RevisionId REVISION = RevisionId.of("35d87451-f796-4a3f-a618-95a3671b0a0c");

  @Test
  void an_add_request_becomes_its_command() {
    String body = "{\"profileVersion\":\"a1B2c3D4e5\",\"action\":\"signer:StartSigningJob\","
        + "\"principal\":\"223456789012\",\"revisionId\":\"r\",\"statementId\":\"cross\"}";

    assertThat(CODEC.decodeAddProfilePermission(Fixtures.context(), "MyProfile", bytes(body)))
        .isEqualTo(Either.right(AddProfilePermissionCommand.builder().context(Fixtures.context())
            .profileName("MyProfile").profileVersion("a1B2c3D4e5").action("signer:StartSigningJob")
            .principal("223456789012").revisionId("r").statementId("cross").build()));
  }

  @Test
  void a_put_request_becomes_its_command_with_every_structure() {
    String body = "{\"platformId\":\"AWSLambda-SHA384-ECDSA\",\"signingMaterial\":{\"certificateArn\":\"arn:cert\"},"
        + "\"signatureValidityPeriod\":{\"value\":12,\"type\":\"MONTHS\"},"
        + "\"overrides\":{\"signingConfiguration\":{\"encryptionAlgorithm\":\"ECDSA\",\"hashAlgorithm\":\"SHA256\"},"
        + "\"signingImageFormat\":\"JSONDetached\"},\"signingParameters\":{\"k\":\"v\"},\"tags\":{\"team\":\"a\"}}";

    PutSigningProfileCommand command = CODEC.decodePutSigningProfile(Fixtures.context(), "MyProfile", bytes(body)).get();

    assertThat(command.platformId()).isEqualTo("AWSLambda-SHA384-ECDSA");
    assertThat(command.signingMaterial()).isEqualTo(new PutSigningProfileCommand.SigningMaterial("arn:cert"));
    assertThat(command.signatureValidityValue()).isEqualTo(12);
    assertThat(command.signatureValidityType()).isEqualTo("MONTHS");
    assertThat(command.overrides()).isEqualTo(new SigningProfile.SigningOverrides("ECDSA", "SHA256", "JSONDetached"));
    assertThat(command.signingParameters()).isEqualTo(Map.of("k", "v"));
    assertThat(command.tags()).isEqualTo(Map.of("team", "a"));
  }

  @Test
  void a_body_of_the_wrong_shape_is_a_validation_exception_in_signers_format() {
    WireResponse refused = CODEC.decodeAddProfilePermission(Fixtures.context(), "MyProfile",
        bytes("{\"principal\":[\"223456789012\"]}")).getLeft();

    assertError(refused, 400, "ValidationException", "{\"message\":\"Could not parse request body into json: Member "
        + "'principal' must be a string, got an array\",\"code\":\"ValidationException\"}");
  }

  @Test
  void put_and_get_answers_are_exact() {
    SigningProfile profile = new SigningProfile(ARN, SigningPlatform.AWS_LAMBDA_SHA384_ECDSA, "a1B2c3D4e5",
        SigningProfileStatus.ACTIVE, null, SigningProfile.SignatureValidity.DEFAULT, null, Map.of(), Map.of("team", "a"));
    String arn = "arn:aws:signer:us-east-2:123456789012:/signing-profiles/MyProfile";

    assertThat(CODEC.encodePut(profile).bodyAsString()).isEqualTo("{\"arn\":\"" + arn + "\",\"profileVersion\":"
        + "\"a1B2c3D4e5\",\"profileVersionArn\":\"" + arn + "/a1B2c3D4e5\"}");
    assertThat(CODEC.encodeProfile(profile).bodyAsString()).isEqualTo("{\"profileName\":\"MyProfile\","
        + "\"profileVersion\":\"a1B2c3D4e5\",\"profileVersionArn\":\"" + arn + "/a1B2c3D4e5\","
        + "\"platformId\":\"AWSLambda-SHA384-ECDSA\",\"platformDisplayName\":\"AWS Lambda\","
        + "\"signatureValidityPeriod\":{\"value\":135,\"type\":\"MONTHS\"},\"status\":\"Active\",\"arn\":\"" + arn
        + "\",\"tags\":{\"team\":\"a\"}}");
    assertThat(CODEC.encodeCanceled(profile.cancel()).status()).isEqualTo(200);
  }

  @Test
  void a_list_answer_has_the_permissions_as_given_and_the_next_token() {
    ListProfilePermissionsResult page = new ListProfilePermissionsResult(REVISION, 410, List.of(
        new ProfilePermission(StatementId.of("a"), "signer:StartSigningJob", "223456789012", null),
        new ProfilePermission(StatementId.of("b"), "signer:GetSigningProfile", "arn:aws:iam::223456789012:role/r",
            "a1B2c3D4e5")), "next");

    assertThat(CODEC.encodeList(page).bodyAsString()).isEqualTo("{\"revisionId\":\"" + REVISION + "\","
        + "\"policySizeBytes\":410,\"permissions\":[{\"action\":\"signer:StartSigningJob\",\"principal\":"
        + "\"223456789012\",\"statementId\":\"a\"},{\"action\":\"signer:GetSigningProfile\",\"principal\":"
        + "\"arn:aws:iam::223456789012:role/r\",\"statementId\":\"b\",\"profileVersion\":\"a1B2c3D4e5\"}],"
        + "\"nextToken\":\"next\"}");
  }

  @Test
  void every_refusal_of_the_contract_has_its_code_status_and_text() {
    assertError(CODEC.encodeError(new GrantsError.InvalidSignerPrincipal("x")), 400, "ValidationException",
        "{\"message\":\"Principal is not a valid AWS account id or IAM Role Arn\",\"code\":\"ValidationException\"}");
    assertError(CODEC.encodeError(new GrantsError.ActionNotSupportedForPlatform("signer:SignPayload",
            "AWSLambda-SHA384-ECDSA", List.of("signer:StartSigningJob", "signer:GetSigningProfile",
                "signer:RevokeSignature"))), 400, "ValidationException",
        "{\"message\":\"Action signer:SignPayload not supported for platform AWSLambda-SHA384-ECDSA. Action must be "
            + "one of [signer:StartSigningJob, signer:GetSigningProfile, signer:RevokeSignature]\","
            + "\"code\":\"ValidationException\"}");
    assertError(CODEC.encodeError(new GrantsError.InvalidSignerStatementId("a b")), 400, "ValidationException",
        "{\"message\":\"Statement ID must contain only alphanumeric characters, underscores, and dashes, and be at "
            + "most 64 characters long\",\"code\":\"ValidationException\"}");
    assertError(CODEC.encodeError(new GrantsError.SigningProfileNotFound(ARN)), 404, "ResourceNotFoundException",
        "{\"message\":\"Signing profile MyProfile does not exist.\",\"code\":\"ResourceNotFoundException\"}");
    assertError(CODEC.encodeError(new GrantsError.ProfileNotActive(ARN, SigningProfileStatus.REVOKED)), 400,
        "ValidationException", "{\"message\":\"Cannot change permissions of a profile in Revoked state\","
            + "\"code\":\"ValidationException\"}");
    assertError(CODEC.encodeError(new GrantsError.StatementIdConflict(ARN.arn(), StatementId.of("cross"))), 409,
        "ConflictException", "{\"message\":\"A statement with statementId cross already exists in the policy.\","
            + "\"code\":\"ConflictException\"}");
    assertError(CODEC.encodeError(new GrantsError.RevisionMismatch(ARN.arn(), "old", REVISION)), 409,
        "ConflictException", "{\"message\":\"Specified revisionId (old) does not match the revisionId of the existing "
            + "policy (" + REVISION + ")\",\"code\":\"ConflictException\"}");
    assertError(CODEC.encodeError(new GrantsError.NoPolicy(ARN.arn())), 404, "ResourceNotFoundException",
        "{\"message\":\"No policies associated with profile MyProfile\",\"code\":\"ResourceNotFoundException\"}");
    assertError(CODEC.encodeError(new GrantsError.PolicyHasNoStatements(ARN.arn())), 404, "ResourceNotFoundException",
        "{\"message\":\"No policies associated with profile MyProfile\",\"code\":\"ResourceNotFoundException\"}");
    assertError(CODEC.encodeError(new GrantsError.StatementNotFound(ARN.arn(), StatementId.of("nope"))), 404,
        "ResourceNotFoundException", "{\"message\":\"No statement with statementId nope in the policy of profile "
            + "MyProfile\",\"code\":\"ResourceNotFoundException\"}");
    assertError(CODEC.encodeError(new GrantsError.PolicyTooLarge(ARN.arn(), 20500, 20480)), 402,
        "ServiceLimitExceededException", "{\"message\":\"The final policy size (20500) is bigger than the limit "
            + "(20480).\",\"code\":\"ServiceLimitExceededException\"}");
    assertError(CODEC.encodeError(new GrantsError.AccessDenied("444455556666", ARN.arn(), "signer:GetSigningProfile")),
        403, "AccessDeniedException", "{\"message\":\"User: arn:aws:iam::444455556666:root is not authorized to "
            + "perform: signer:GetSigningProfile on resource: " + ARN + "\",\"code\":\"AccessDeniedException\"}");
    assertError(CODEC.encodeError(new GrantsError.UnsupportedPlatform("Nope")), 400, "ValidationException",
        "{\"message\":\"Platform Nope is not supported.\",\"code\":\"ValidationException\"}");
    assertError(CODEC.encodeError(new GrantsError.InvalidRequest(List.of(
            new Violation("revisionId", null, Constraint.notNull())))), 400, "ValidationException",
        "{\"message\":\"1 validation error detected: Value null at 'revisionId' failed to satisfy constraint: Member "
            + "must not be null\",\"code\":\"ValidationException\"}");
    assertError(CODEC.internalError("An internal error occurred."), 500, "InternalServiceErrorException",
        "{\"message\":\"An internal error occurred.\",\"code\":\"InternalServiceErrorException\"}");
  }

  @Test
  void an_internal_failure_is_an_internal_service_error_that_tells_nothing_of_its_cause() {
    WireResponse response =
        CODEC.encodeError(new GrantsError.InternalFailure(new IllegalStateException("disk /var/secret is full")));

    assertError(response, 500, "InternalServiceErrorException",
        "{\"message\":\"An internal error occurred.\",\"code\":\"InternalServiceErrorException\"}");
  }

  private static void assertError(WireResponse response, int status, String code, String body) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("x-amzn-ErrorType")).isEqualTo(code);
    assertThat(response.bodyAsString()).isEqualTo(body);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
