package dev.grants.domain.layer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.ReferenceJson;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.OrganizationId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import org.junit.jupiter.api.Test;
import io.vavr.control.Either;

class LayerPermissionStatementTest {
  private static final AccountId OWNER = AccountId.of("123456789012");
  private static final LayerVersionArn SEED_VERSION =
      new LayerArn(Partition.AWS, "us-east-2", OWNER, "my-layer").version(1);
  private static final LayerVersionArn CN_VERSION =
      new LayerArn(Partition.AWS_CN, "cn-north-1", OWNER, "my-layer").version(3);

  private static LayerPermission permission(String sid, String principal, String organizationId) {
    return LayerPermission.validate(sid, "lambda:GetLayerVersion", principal, organizationId).get();
  }

  private static String json(Statement statement) {
    return ReferenceJson.statement(statement);
  }

  @Test
  void the_seed_permission_becomes_the_seed_statement() {
    Statement statement = permission("xaccount", "223456789012", null).toStatement(SEED_VERSION);
    String expected =
        "{\"Sid\":\"xaccount\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::223456789012:root\"},"
            + "\"Action\":\"lambda:GetLayerVersion\","
            + "\"Resource\":\"arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1\"}";

    assertThat(json(statement)).isEqualTo(expected);
    assertThat(statement.compactJsonLength()).isEqualTo(expected.length());
  }

  @Test
  void an_account_id_is_written_as_the_accounts_root_in_the_layers_partition() {
    Statement statement = permission("cn", "223456789012", null).toStatement(CN_VERSION);

    assertThat(statement.principals())
        .containsExactly(Principal.account(AccountId.of("223456789012"), Partition.AWS_CN));
    assertThat(json(statement))
        .isEqualTo("{\"Sid\":\"cn\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws-cn:iam::223456789012:root\"},"
            + "\"Action\":\"lambda:GetLayerVersion\","
            + "\"Resource\":\"arn:aws-cn:lambda:cn-north-1:123456789012:layer:my-layer:3\"}");
  }

  @Test
  void a_root_arn_keeps_its_own_partition() {
    Statement statement =
        permission("gov", "arn:aws-us-gov:iam::223456789012:root", null).toStatement(SEED_VERSION);

    assertThat(statement.principals())
        .containsExactly(Principal.account(AccountId.of("223456789012"), Partition.AWS_US_GOV));
    assertThat(json(statement)).contains("\"Principal\":{\"AWS\":\"arn:aws-us-gov:iam::223456789012:root\"}");
  }

  /** Regression: a partition over 32 characters passed the pattern, then threw (a 500 on the endpoint). */
  @Test
  void a_root_arn_in_a_partition_longer_than_any_partition_has_keeps_it_too() {
    String partition = "aws" + "a".repeat(30);
    Statement statement =
        permission("long", "arn:" + partition + ":iam::223456789012:root", null).toStatement(SEED_VERSION);

    assertThat(statement.principals())
        .containsExactly(Principal.account(AccountId.of("223456789012"), Partition.of(partition)));
  }

  @Test
  void a_root_arn_in_the_layers_partition_renders_like_the_account_id() {
    Statement byId = permission("s", "223456789012", null).toStatement(SEED_VERSION);
    Statement byArn = permission("s", "arn:aws:iam::223456789012:root", null).toStatement(SEED_VERSION);

    assertThat(json(byArn)).isEqualTo(json(byId));
    assertThat(byArn).isEqualTo(byId);
  }

  @Test
  void star_is_a_bare_string() {
    Statement statement = permission("public", "*", null).toStatement(SEED_VERSION);

    assertThat(json(statement))
        .isEqualTo("{\"Sid\":\"public\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"lambda:GetLayerVersion\","
            + "\"Resource\":\"arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1\"}");
  }

  @Test
  void star_with_an_organization_gets_a_string_equals_principal_org_id_condition() {
    Statement statement = permission("org", "*", "o-a1b2c3d4e5").toStatement(SEED_VERSION);
    String expected =
        "{\"Sid\":\"org\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"lambda:GetLayerVersion\","
            + "\"Resource\":\"arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1\","
            + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-a1b2c3d4e5\"}}}";

    assertThat(statement.conditions())
        .containsExactly(Condition.principalOrgId(OrganizationId.of("o-a1b2c3d4e5")));
    assertThat(json(statement)).isEqualTo(expected);
    assertThat(statement.compactJsonLength()).isEqualTo(expected.length());
  }

  @Test
  void the_resource_is_always_the_layer_version_arn() {
    assertThat(permission("s", "*", null).toStatement(CN_VERSION).resources())
        .containsExactly("arn:aws-cn:lambda:cn-north-1:123456789012:layer:my-layer:3");
  }

  @Test
  void an_organization_only_goes_with_star() {
    LayerPermission withAccount = permission("s", "223456789012", "o-a1b2c3d4e5");
    LayerPermission withRoot = permission("s", "arn:aws:iam::223456789012:root", "o-a1b2c3d4e5");
    LayerPermission withStar = permission("s", "*", "o-a1b2c3d4e5");
    LayerPermission without = permission("s", "223456789012", null);

    assertThat(withAccount.checkOrganization())
        .isEqualTo(Either.left(new GrantsError.OrganizationRequiresAnyPrincipal("223456789012", "o-a1b2c3d4e5")));
    assertThat(withRoot.checkOrganization())
        .isEqualTo(Either.left(new GrantsError.OrganizationRequiresAnyPrincipal(
            "arn:aws:iam::223456789012:root", "o-a1b2c3d4e5")));
    assertThat(withStar.checkOrganization()).isEqualTo(Either.right(withStar));
    assertThat(without.checkOrganization()).isEqualTo(Either.right(without));
    assertThat(withStar.organization()).contains(OrganizationId.of("o-a1b2c3d4e5"));
  }
}
