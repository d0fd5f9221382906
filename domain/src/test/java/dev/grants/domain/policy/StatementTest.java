package dev.grants.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.OrganizationId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementTest {
  private static final String SEED_JSON =
      "{\"Sid\":\"xaccount\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::223456789012:root\"},"
          + "\"Action\":\"lambda:GetLayerVersion\","
          + "\"Resource\":\"arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1\"}";
  private static final String LAYER_VERSION = "arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1";
  private static final Principal GRANTEE = Principal.account(AccountId.of("223456789012"), Partition.AWS);

  private static Statement seed() {
    return Statement.allow(StatementId.of("xaccount"), GRANTEE, Action.LAMBDA_GET_LAYER_VERSION, LAYER_VERSION);
  }

  private static Principal.Role role(String arn) {
    return Principal.role(Arn.parse(arn).get());
  }

  @Test
  void principals_and_conditions_are_kept_in_document_order_so_equal_documents_are_equal_statements() {
    Principal service = Principal.named("Service", "lambda.amazonaws.com");
    Principal account = Principal.account(AccountId.of("223456789012"), Partition.AWS);
    Principal user = Principal.named("AWS", "arn:aws:iam::223456789012:user/alice");
    Condition org = Condition.stringEquals("aws:PrincipalOrgID", "o-a1b2c3d4e5");
    Condition notVersion = new Condition("StringNotEquals", "signer:ProfileVersion", List.of("x"));
    Condition version = Condition.stringEquals("signer:ProfileVersion", "abcdefghij");

    Statement interleaved = Statement.of(StatementId.of("s"), Effect.ALLOW, List.of(account, service, user),
        List.of(Action.of("s:A")), List.of("*"), List.of(org, notVersion, version));
    Statement grouped = Statement.of(StatementId.of("s"), Effect.ALLOW, List.of(account, user, service),
        List.of(Action.of("s:A")), List.of("*"), List.of(org, version, notVersion));

    assertThat(interleaved.principals()).containsExactly(account, user, service);
    assertThat(interleaved.conditions()).containsExactly(org, version, notVersion);
    assertThat(interleaved).isEqualTo(grouped);
    assertThat(interleaved.principalBlock()).isEqualTo(Map.of(
        "AWS", List.of("arn:aws:iam::223456789012:root", "arn:aws:iam::223456789012:user/alice"),
        "Service", List.of("lambda.amazonaws.com")));
  }

  @Test
  void a_statement_sharing_another_ones_parts_equals_the_one_built_from_all_its_parts() {
    Condition org = Condition.principalOrgId(OrganizationId.of("o-a1b2c3d4e5"));
    Statement shared = Statement.of(StatementId.of("first"), Effect.DENY, List.of(Principal.any()),
        List.of(Action.LAMBDA_GET_LAYER_VERSION), List.of(LAYER_VERSION, "*"), List.of(org));
    Principal user = Principal.named("AWS", "arn:aws:iam::223456789012:user/alice");
    Principal service = Principal.named("Service", "lambda.amazonaws.com");

    Statement sharing = shared.withSidAndPrincipals(StatementId.of("second"), List.of(user, service, GRANTEE));

    Statement whole = Statement.of(StatementId.of("second"), Effect.DENY, List.of(user, service, GRANTEE),
        List.of(Action.LAMBDA_GET_LAYER_VERSION), List.of(LAYER_VERSION, "*"), List.of(org));
    assertThat(sharing).isEqualTo(whole);
    assertThat(sharing.principals()).containsExactly(user, GRANTEE, service); // grouped by type, as of does
    assertThat(sharing.compactJsonLength()).isEqualTo(whole.compactJsonLength());

    Statement renamed = seed().withSidAndPrincipals(StatementId.of("another-id"), List.of(GRANTEE));
    String renamedJson = SEED_JSON.replace("xaccount", "another-id");
    assertThat(ReferenceJson.statement(renamed)).isEqualTo(renamedJson);
    assertThat(renamed.compactJsonLength()).isEqualTo(renamedJson.length());
  }

  @Test
  void a_statement_sharing_another_ones_parts_checks_its_own_principals_as_of_does() {
    Statement shared = seed();
    assertThatThrownBy(() -> shared.withSidAndPrincipals(StatementId.of("none"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one principal");
    assertThatThrownBy(() -> shared.withSidAndPrincipals(StatementId.of("any"), List.of(Principal.any(), GRANTEE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stands alone");
    assertThatThrownBy(() -> shared.withSidAndPrincipals(StatementId.of("quote"),
            List.of(Principal.named("Service", "a\"b"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("printable ASCII");
  }

  @Test
  void the_seed_statement_is_exactly_as_long_as_its_compact_json() {
    assertThat(seed().compactJsonLength()).isEqualTo(SEED_JSON.getBytes(StandardCharsets.UTF_8).length);
    assertThat(seed().compactJsonLength()).isEqualTo(190);
  }

  @Test
  void the_reference_writer_writes_the_seed_statement_byte_for_byte() {
    assertThat(ReferenceJson.statement(seed())).isEqualTo(SEED_JSON);
  }

  @Test
  void several_principals_actions_resources_and_grouped_conditions_have_the_length_of_their_json() {
    Statement statement = Statement.of(
        StatementId.of("multi"),
        Effect.ALLOW,
        List.of(GRANTEE, role("arn:aws:iam::323456789012:role/reader")),
        List.of(Action.of("lambda:GetLayerVersion"), Action.of("lambda:ListLayerVersions")),
        List.of("arn:aws:lambda:us-east-2:123456789012:layer:a:1", "arn:aws:lambda:us-east-2:123456789012:layer:b:2"),
        List.of(
            Condition.stringEquals("aws:PrincipalOrgID", "o-a1b2c3d4e5"),
            new Condition("StringNotEquals", "aws:SourceAccount", List.of("111111111111", "222222222222")),
            Condition.stringEquals("aws:SourceRegion", "us-east-2")));
    String json =
        "{\"Sid\":\"multi\",\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":[\"arn:aws:iam::223456789012:root\",\"arn:aws:iam::323456789012:role/reader\"]},"
            + "\"Action\":[\"lambda:GetLayerVersion\",\"lambda:ListLayerVersions\"],"
            + "\"Resource\":[\"arn:aws:lambda:us-east-2:123456789012:layer:a:1\","
            + "\"arn:aws:lambda:us-east-2:123456789012:layer:b:2\"],"
            + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-a1b2c3d4e5\",\"aws:SourceRegion\":\"us-east-2\"},"
            + "\"StringNotEquals\":{\"aws:SourceAccount\":[\"111111111111\",\"222222222222\"]}}}";

    assertThat(ReferenceJson.statement(statement)).isEqualTo(json);
    assertThat(statement.compactJsonLength()).isEqualTo(json.length());
  }

  @Test
  void anyone_is_a_bare_star_and_deny_is_written_deny() {
    Statement statement = Statement.of(
        StatementId.of("nobody"), Effect.DENY, List.of(Principal.any()), List.of(Action.of("*")), List.of("*"),
        List.of());
    String json = "{\"Sid\":\"nobody\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}";

    assertThat(ReferenceJson.statement(statement)).isEqualTo(json);
    assertThat(statement.compactJsonLength()).isEqualTo(json.length());
  }

  @Test
  void a_condition_added_later_is_appended_to_the_json() {
    Statement statement = Statement.allow(
            StatementId.of("everyone"), Principal.any(), Action.LAMBDA_GET_LAYER_VERSION, LAYER_VERSION)
        .withCondition(Condition.principalOrgId(dev.grants.domain.principal.OrganizationId.of("o-a1b2c3d4e5")));
    String json =
        "{\"Sid\":\"everyone\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"lambda:GetLayerVersion\","
            + "\"Resource\":\"arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1\","
            + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-a1b2c3d4e5\"}}}";

    assertThat(ReferenceJson.statement(statement)).isEqualTo(json);
    assertThat(statement.compactJsonLength()).isEqualTo(json.length());
  }

  @Test
  void the_condition_block_groups_keys_by_operator_in_first_given_order() {
    Statement statement = seed()
        .withCondition(new Condition("StringNotEquals", "k1", List.of("a")))
        .withCondition(Condition.stringEquals("k2", "b"))
        .withCondition(new Condition("StringNotEquals", "k3", List.of("c", "d")));

    assertThat(statement.conditionBlock()).containsExactly(
        Map.entry("StringNotEquals", Map.of("k1", List.of("a"), "k3", List.of("c", "d"))),
        Map.entry("StringEquals", Map.of("k2", List.of("b"))));
    assertThat(statement.conditionBlock().get("StringNotEquals").keySet()).containsExactly("k1", "k3");
  }

  @Test
  void the_same_key_may_appear_under_different_operators() {
    Statement statement = seed()
        .withCondition(Condition.stringEquals("aws:SourceAccount", "111111111111"))
        .withCondition(new Condition("StringNotEquals", "aws:SourceAccount", List.of("222222222222")));

    assertThat(statement.conditions()).hasSize(2);
  }

  @Test
  void a_key_may_appear_only_once_under_one_operator() {
    Statement once = seed().withCondition(Condition.stringEquals("aws:SourceAccount", "111111111111"));

    assertThatThrownBy(() -> once.withCondition(Condition.stringEquals("aws:SourceAccount", "222222222222")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"arn:aws:lambda:us-east-2:123456789012:layer:caf\u00e9:1", "quote\"d", "back\\slash",
      "new\nline", "tab\there", "del\u007f", "\uD83D\uDE00"})
  void a_resource_that_is_not_printable_ascii_without_quote_or_backslash_is_refused(String resource) {
    assertThatThrownBy(() -> Statement.allow(StatementId.of("s"), GRANTEE, Action.LAMBDA_GET_LAYER_VERSION, resource))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_principal_that_is_not_policy_safe_is_refused() {
    assertThatThrownBy(() -> Statement.allow(
            StatementId.of("s"), role("arn:aws:iam::223456789012:role/r\u00f4le"), Action.LAMBDA_GET_LAYER_VERSION,
            LAYER_VERSION))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Statement.allow(
            StatementId.of("s"), role("arn:aws:iam::223456789012:role/a\"b"), Action.LAMBDA_GET_LAYER_VERSION,
            LAYER_VERSION))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_condition_that_is_not_policy_safe_is_refused() {
    assertThatThrownBy(() -> Condition.stringEquals("aws:PrincipalOrgID", "o-\u00e9"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Condition.stringEquals("aws:Principal\\OrgID", "o-a1b2c3d4e5"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Condition("String\"Equals", "k", List.of("v")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_condition_has_an_operator_a_key_and_at_least_one_value() {
    assertThatThrownBy(() -> new Condition("", "k", List.of("v"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Condition("StringEquals", "", List.of("v")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Condition("StringEquals", "k", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void star_stands_alone() {
    assertThatThrownBy(() -> Statement.of(
            StatementId.of("s"), Effect.ALLOW, List.of(Principal.any(), GRANTEE), List.of(Action.LAMBDA_GET_LAYER_VERSION),
            List.of(LAYER_VERSION), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Statement.of(
            StatementId.of("s"), Effect.ALLOW, List.of(GRANTEE, Principal.any()), List.of(Action.LAMBDA_GET_LAYER_VERSION),
            List.of(LAYER_VERSION), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_statement_has_at_least_one_principal_action_and_resource() {
    assertThatThrownBy(() -> Statement.of(
            StatementId.of("s"), Effect.ALLOW, List.of(), List.of(Action.LAMBDA_GET_LAYER_VERSION),
            List.of(LAYER_VERSION), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Statement.of(
            StatementId.of("s"), Effect.ALLOW, List.of(GRANTEE), List.of(), List.of(LAYER_VERSION), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Statement.of(
            StatementId.of("s"), Effect.ALLOW, List.of(GRANTEE), List.of(Action.LAMBDA_GET_LAYER_VERSION), List.of(),
            List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void statements_with_equal_parts_are_equal() {
    assertThat(seed()).isEqualTo(seed()).hasSameHashCodeAs(seed());
    assertThat(seed()).isNotEqualTo(seed().withCondition(Condition.stringEquals("k", "v")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b", "caf\u00e9", "semi;colon"})
  void a_statement_id_is_one_to_a_hundred_letters_digits_dashes_or_underscores(String text) {
    assertThatThrownBy(() -> StatementId.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_longest_statement_id_is_a_hundred_characters() {
    assertThat(StatementId.of("a-_9".repeat(25)).value()).hasSize(100);
    assertThatThrownBy(() -> StatementId.of("a".repeat(101))).isInstanceOf(IllegalArgumentException.class);
  }
}
