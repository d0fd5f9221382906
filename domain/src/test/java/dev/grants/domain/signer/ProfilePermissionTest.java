package dev.grants.domain.signer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.principal.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfilePermissionTest {
  private static final SigningProfileArn PROFILE =
      SigningProfileArn.of(Region.of("us-east-2"), AccountId.of("123456789012"), "MyProfile");

  /**
   * Regression: the role ARN pattern admits a partition of any length ({@code arn:aws[a-zA-Z-]*:iam::...}), but
   * a partition over 32 characters could not be parsed, so making the statement threw: the endpoint answered
   * AddProfilePermission with 500 InternalServiceErrorException.
   */
  @ParameterizedTest
  @ValueSource(strings = {"arn:awsaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:iam::223456789012:role/a",
      "arn:awsxXby-Zz--za-babybYYyXyy-bXX-yZ:iam::223456789012:role/signer"})
  void a_role_arn_in_a_partition_of_any_length_is_a_principal_and_becomes_a_statement(String role) {
    ProfilePermission permission = ProfilePermission.validate("s", "signer:StartSigningJob", role, null).get();

    Statement statement = permission.toStatement(PROFILE, SignerAction.START_SIGNING_JOB);

    assertThat(statement.principals()).containsExactly(Principal.role(Arn.parse(role).get()));
    assertThat(ProfilePermission.fromStatement(statement).principal()).isEqualTo(role);
  }

  @Test
  void a_role_arn_with_a_path_is_not_a_principal() {
    assertThat(ProfilePermission.validate("s", "signer:StartSigningJob",
            "arn:aws:iam::223456789012:role/path/signer", null).getLeft())
        .isInstanceOf(GrantsError.InvalidSignerPrincipal.class);
  }
}
