package dev.grants.adapters.json.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.Effect;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import dev.grants.testkit.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyDocumentReaderTest {

  @Test
  void the_seed_policy_reads_back_as_the_seed_statement() {
    String json = "{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":[" + Fixtures.SEED_STATEMENT_JSON + "]}";

    PolicyDocument document = PolicyDocumentReader.read(json).get();

    assertThat(document.version()).isEqualTo("2012-10-17");
    assertThat(document.id()).isEqualTo("default");
    assertThat(document.statements()).containsExactly(Fixtures.statement(Fixtures.STATEMENT_ID));
    assertThat(PolicyDocumentWriter.write(document)).isEqualTo(json);
  }

  @Test
  void statements_that_share_their_action_resource_and_condition_with_earlier_ones_are_read_as_written() {
    // Grants to accounts and to an organization, alternating, as a layer version's policy has them, then a Deny
    // and another resource: the fast path builds the later ones from the earlier ones it read.
    String layer = "arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1";
    Condition org = Condition.stringEquals("aws:PrincipalOrgID", "o-a1b2c3d4e5");
    Condition otherOrg = Condition.stringEquals("aws:PrincipalOrgID", "o-f6g7h8i9j0");
    List<Statement> statements = new java.util.ArrayList<>();
    for (int i = 0; i < 9; i++) {
      statements.add(i % 3 == 2
          ? Statement.allow(StatementId.of("org-" + i), Principal.any(), Action.LAMBDA_GET_LAYER_VERSION, layer)
              .withCondition(org)
          : Statement.allow(StatementId.of("account-" + i),
              Principal.account(AccountId.of("22345678901" + i), Partition.AWS), Action.LAMBDA_GET_LAYER_VERSION,
              layer));
    }
    statements.add(Statement.of(StatementId.of("deny"), Effect.DENY,
        List.of(Principal.account(AccountId.of("223456789019"), Partition.AWS)),
        List.of(Action.LAMBDA_GET_LAYER_VERSION), List.of(layer), List.of()));
    statements.add(Statement.allow(StatementId.of("org-after-deny"), Principal.any(), Action.LAMBDA_GET_LAYER_VERSION,
        layer).withCondition(org));
    statements.add(Statement.allow(StatementId.of("other-org"), Principal.any(), Action.LAMBDA_GET_LAYER_VERSION,
        layer).withCondition(otherOrg));
    statements.add(Statement.allow(StatementId.of("org-again"), Principal.any(), Action.LAMBDA_GET_LAYER_VERSION,
        layer).withCondition(org));
    statements.add(Statement.allow(StatementId.of("other-version"),
        Principal.account(AccountId.of("223456789018"), Partition.AWS), Action.LAMBDA_GET_LAYER_VERSION,
        "arn:aws:lambda:us-east-2:123456789012:layer:my-layer:2"));
    statements.add(Statement.allow(StatementId.of("account-last"),
        Principal.account(AccountId.of("223456789017"), Partition.AWS), Action.LAMBDA_GET_LAYER_VERSION, layer));
    String json = PolicyDocumentWriter.write(new PolicyDocument("2012-10-17", "default", statements));

    assertThat(PolicyDocumentScanner.read(json).get().statements()).containsExactlyElementsOf(statements);
    assertThat(PolicyDocumentReader.read(json)).isEqualTo(PolicyDocumentTreeReader.read(json));
  }

  @Test
  void every_form_iam_allows_for_principal_action_resource_and_condition_is_read() {
    String json = "{\"Version\":\"2008-10-17\",\"Statement\":{\"Sid\":\"all\",\"Effect\":\"Deny\","
        + "\"Principal\":{\"AWS\":[\"223456789012\",\"arn:aws-cn:iam::223456789012:root\","
        + "\"arn:aws:iam::223456789012:role/path/deployer\",\"arn:aws:iam::223456789012:user/alice\"],"
        + "\"Service\":\"lambda.amazonaws.com\"},"
        + "\"Action\":[\"lambda:GetLayerVersion\",\"lambda:List*\"],\"Resource\":\"*\","
        + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":[\"o-a1b2c3d4e5\",\"o-f6g7h8i9j0\"]},"
        + "\"Bool\":{\"aws:SecureTransport\":true},\"NumericLessThan\":{\"s3:max-keys\":10}}}}";

    PolicyDocument document = PolicyDocumentReader.read(json).get();

    assertThat(document.id()).isNull();
    Statement statement = document.statements().get(0);
    assertThat(statement.sid()).isEqualTo(StatementId.of("all"));
    assertThat(statement.effect()).isEqualTo(Effect.DENY);
    assertThat(statement.principals()).containsExactly(
        Principal.account(AccountId.of("223456789012"), Partition.AWS),
        Principal.account(AccountId.of("223456789012"), Partition.AWS_CN),
        Principal.role(Arn.parse("arn:aws:iam::223456789012:role/path/deployer").get()),
        Principal.named("AWS", "arn:aws:iam::223456789012:user/alice"),
        Principal.named("Service", "lambda.amazonaws.com"));
    assertThat(statement.actions()).containsExactly(Action.of("lambda:GetLayerVersion"), Action.of("lambda:List*"));
    assertThat(statement.resources()).containsExactly("*");
    assertThat(statement.conditions()).containsExactly(
        new Condition("StringEquals", "aws:PrincipalOrgID", List.of("o-a1b2c3d4e5", "o-f6g7h8i9j0")),
        new Condition("Bool", "aws:SecureTransport", List.of("true")),
        new Condition("NumericLessThan", "s3:max-keys", List.of("10")));
    assertThat(PolicyDocumentWriter.write(document)).isEqualTo("{\"Version\":\"2008-10-17\",\"Statement\":[{\"Sid\":"
        + "\"all\",\"Effect\":\"Deny\",\"Principal\":{\"AWS\":[\"arn:aws:iam::223456789012:root\","
        + "\"arn:aws-cn:iam::223456789012:root\",\"arn:aws:iam::223456789012:role/path/deployer\","
        + "\"arn:aws:iam::223456789012:user/alice\"],\"Service\":\"lambda.amazonaws.com\"},"
        + "\"Action\":[\"lambda:GetLayerVersion\",\"lambda:List*\"],\"Resource\":\"*\","
        + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":[\"o-a1b2c3d4e5\",\"o-f6g7h8i9j0\"]},"
        + "\"Bool\":{\"aws:SecureTransport\":\"true\"},\"NumericLessThan\":{\"s3:max-keys\":\"10\"}}}]}");
  }

  @Test
  void an_aws_star_principal_is_anyone() {
    PolicyDocument document = PolicyDocumentReader.read("{\"Statement\":[{\"Sid\":\"a\",\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":\"*\"},\"Action\":\"s:A\",\"Resource\":\"*\"}]}").get();

    assertThat(document.statements().get(0).principals()).containsExactly(Principal.any());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "not json|Not JSON: ",
      "[]|A policy document is a JSON object",
      "{}|Statement is missing",
      "{\"Statement\":5}|Statement must be an object or an array of objects",
      "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s:A\",\"Resource\":\"*\"}]}|statement 1 has no Sid",
      "{\"Statement\":[{\"Sid\":\"a\",\"Effect\":\"Maybe\",\"Principal\":\"*\",\"Action\":\"s:A\",\"Resource\":\"*\"}]}|statement 1: Effect must be Allow or Deny",
      "{\"Statement\":[{\"Sid\":\"a\",\"Effect\":\"Allow\",\"NotPrincipal\":\"*\",\"Action\":\"s:A\",\"Resource\":\"*\"}]}|statement 1: NotPrincipal is not supported",
      "{\"Statement\":[{\"Sid\":\"a\",\"Effect\":\"Allow\",\"Principal\":\"someone\",\"Action\":\"s:A\",\"Resource\":\"*\"}]}|statement 1: Principal must be",
      "{\"Statement\":[{\"Sid\":\"a\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":[],\"Resource\":\"*\"}]}|statement 1: Action must be a string or a non-empty array of strings",
      "{\"Statement\":[{\"Sid\":\"a\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s:A\"}]}|statement 1: Resource is missing",
      "{\"Statement\":[{\"Sid\":\"a\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s:A\",\"Resource\":\"caf\u00e9\"}]}|statement 1: resource must be printable ASCII",
      "{\"Statement\":[{\"Sid\":\"a\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s:A\",\"Resource\":\"*\"},{\"Sid\":\"a\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s:A\",\"Resource\":\"*\"}]}|Two statements share a Sid",
      "{\"Statement\":[],\"Statement\":[]}|Not JSON: Duplicate field 'Statement'",
  })
  void what_cannot_be_read_is_refused_with_a_reason(String json, String reason) {
    assertThat(PolicyDocumentReader.read(json).getLeft().reason()).startsWith(reason);
  }
}
