package dev.grants.adapters.json.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.Effect;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.OrganizationId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.domain.revision.RevisionId;
import dev.grants.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyDocumentWriterTest {
  private static final String RESOURCE = "arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1";

  @Test
  void the_seed_statement_is_written_byte_for_byte() {
    assertThat(PolicyDocumentWriter.write(Fixtures.statement("xaccount"))).isEqualTo(Fixtures.SEED_STATEMENT_JSON);
  }

  @Test
  void a_star_grant_narrowed_to_an_organization_has_a_condition_block() {
    Statement statement = Statement.allow(StatementId.of("org"), Principal.any(), Action.LAMBDA_GET_LAYER_VERSION,
        RESOURCE).withCondition(Condition.principalOrgId(OrganizationId.of("o-a1b2c3d4e5")));

    assertThat(PolicyDocumentWriter.write(statement)).isEqualTo(
        "{\"Sid\":\"org\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"lambda:GetLayerVersion\","
            + "\"Resource\":\"" + RESOURCE + "\","
            + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-a1b2c3d4e5\"}}}");
  }

  @Test
  void several_principals_actions_resources_and_values_are_arrays_and_conditions_group_by_operator() {
    Statement statement = Statement.of(StatementId.of("many"), Effect.DENY,
        List.of(Principal.account(AccountId.of("223456789012"), Partition.AWS),
            Principal.role(Arn.parse("arn:aws:iam::223456789012:role/deployer").get())),
        List.of(Action.of("lambda:GetLayerVersion"), Action.of("lambda:*")),
        List.of("arn:a", "arn:b"),
        List.of(Condition.stringEquals("aws:PrincipalOrgID", "o-a1b2c3d4e5"),
            new Condition("StringNotEquals", "k", List.of("x", "y")),
            Condition.stringEquals("signer:ProfileVersion", "abcdefghij")));

    assertThat(PolicyDocumentWriter.write(statement)).isEqualTo("{\"Sid\":\"many\",\"Effect\":\"Deny\","
        + "\"Principal\":{\"AWS\":[\"arn:aws:iam::223456789012:root\",\"arn:aws:iam::223456789012:role/deployer\"]},"
        + "\"Action\":[\"lambda:GetLayerVersion\",\"lambda:*\"],\"Resource\":[\"arn:a\",\"arn:b\"],"
        + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-a1b2c3d4e5\","
        + "\"signer:ProfileVersion\":\"abcdefghij\"},\"StringNotEquals\":{\"k\":[\"x\",\"y\"]}}}");
    assertThat(PolicyDocumentWriter.write(statement).getBytes(StandardCharsets.UTF_8))
        .hasSize(statement.compactJsonLength());
  }

  @Test
  void a_policy_is_the_envelope_around_its_statements_in_order() {
    ResourcePolicy policy = ResourcePolicy.none(Fixtures.layerVersionArn(1).arn())
        .add(Fixtures.statement("b"), ExpectedRevision.any(), RevisionId.fromBits(0, 1)).get()
        .add(Fixtures.statement("a"), ExpectedRevision.any(), RevisionId.fromBits(0, 2)).get();

    String written = PolicyDocumentWriter.write(policy);

    assertThat(written).isEqualTo("{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":["
        + Fixtures.SEED_STATEMENT_JSON.replace("xaccount", "b") + ","
        + Fixtures.SEED_STATEMENT_JSON.replace("xaccount", "a") + "]}");
    assertThat(written.getBytes(StandardCharsets.UTF_8)).hasSize(policy.compactJsonLength());
  }
}
