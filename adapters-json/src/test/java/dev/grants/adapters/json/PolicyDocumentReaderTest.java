package dev.grants.adapters.json;

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
