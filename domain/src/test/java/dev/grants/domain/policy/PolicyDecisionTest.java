package dev.grants.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.OrganizationId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.domain.revision.RevisionId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyDecisionTest {
  private static final Arn RESOURCE = Arn.parse("arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1").get();
  private static final Action GET = Action.LAMBDA_GET_LAYER_VERSION;
  private static final Principal.Account GRANTEE = Principal.account(AccountId.of("223456789012"), Partition.AWS);
  private static final Principal.Account STRANGER = Principal.account(AccountId.of("323456789012"), Partition.AWS);
  private static final Principal.Role GRANTEE_READER = role("arn:aws:iam::223456789012:role/reader");
  private static final Principal.Role GRANTEE_WRITER = role("arn:aws:iam::223456789012:role/writer");
  private static final Principal.Role STRANGER_READER = role("arn:aws:iam::323456789012:role/reader");
  private static final OrganizationId ORG = OrganizationId.of("o-a1b2c3d4e5");
  private static final OrganizationId OTHER_ORG = OrganizationId.of("o-zzzzzzzzzz");

  private static Principal.Role role(String arn) {
    return Principal.role(Arn.parse(arn).get());
  }

  private static Statement allow(String sid, Principal principal, Action action) {
    return Statement.allow(StatementId.of(sid), principal, action, RESOURCE.toString());
  }

  private static Statement deny(String sid, Principal principal, Action action) {
    return Statement.of(
        StatementId.of(sid), Effect.DENY, List.of(principal), List.of(action), List.of(RESOURCE.toString()),
        List.of());
  }

  private static ResourcePolicy policyOf(Statement... statements) {
    ResourcePolicy policy = ResourcePolicy.none(RESOURCE);
    long n = 0;
    for (Statement statement : statements) {
      policy = policy.add(statement, ExpectedRevision.any(), RevisionId.fromBits(0, ++n)).get();
    }
    return policy;
  }

  private static Decision.Allowed allowedBy(String sid) {
    return new Decision.Allowed(StatementId.of(sid));
  }

  @Test
  void a_policy_that_never_existed_denies_by_default() {
    assertThat(ResourcePolicy.none(RESOURCE).decide(GRANTEE, GET)).isSameAs(Decision.ImplicitlyDenied.INSTANCE);
    assertThat(Decision.ImplicitlyDenied.INSTANCE.isAllowed()).isFalse();
  }

  @Test
  void a_policy_whose_statements_were_all_removed_denies_by_default() {
    ResourcePolicy emptied =
        policyOf(allow("a", GRANTEE, GET)).remove(StatementId.of("a"), ExpectedRevision.any(), RevisionId.fromBits(0, 9))
            .get();

    assertThat(emptied.decide(GRANTEE, GET)).isSameAs(Decision.ImplicitlyDenied.INSTANCE);
  }

  @Test
  void an_account_principal_allows_the_account_and_every_role_in_it() {
    ResourcePolicy policy = policyOf(allow("xaccount", GRANTEE, GET));

    assertThat(policy.decide(GRANTEE, GET)).isEqualTo(allowedBy("xaccount"));
    assertThat(policy.decide(GRANTEE_READER, GET)).isEqualTo(allowedBy("xaccount"));
    assertThat(policy.decide(GRANTEE_WRITER, GET)).isEqualTo(allowedBy("xaccount"));
    assertThat(policy.decide(GRANTEE, GET).isAllowed()).isTrue();
  }

  @Test
  void an_account_principal_denies_other_accounts_their_roles_and_other_partitions() {
    ResourcePolicy policy = policyOf(allow("xaccount", GRANTEE, GET));

    assertThat(policy.decide(STRANGER, GET)).isSameAs(Decision.ImplicitlyDenied.INSTANCE);
    assertThat(policy.decide(STRANGER_READER, GET)).isSameAs(Decision.ImplicitlyDenied.INSTANCE);
    assertThat(policy.decide(Principal.account(AccountId.of("223456789012"), Partition.AWS_CN), GET))
        .isSameAs(Decision.ImplicitlyDenied.INSTANCE);
  }

  @Test
  void a_role_principal_allows_only_that_role() {
    ResourcePolicy policy = policyOf(allow("reader", GRANTEE_READER, GET));

    assertThat(policy.decide(GRANTEE_READER, GET)).isEqualTo(allowedBy("reader"));
    assertThat(policy.decide(GRANTEE_WRITER, GET)).isSameAs(Decision.ImplicitlyDenied.INSTANCE);
    assertThat(policy.decide(GRANTEE, GET)).isSameAs(Decision.ImplicitlyDenied.INSTANCE);
    assertThat(policy.decide(STRANGER_READER, GET)).isSameAs(Decision.ImplicitlyDenied.INSTANCE);
  }

  @Test
  void anyone_allows_every_caller() {
    ResourcePolicy policy = policyOf(allow("public", Principal.any(), GET));

    assertThat(policy.decide(GRANTEE, GET)).isEqualTo(allowedBy("public"));
    assertThat(policy.decide(STRANGER_READER, GET)).isEqualTo(allowedBy("public"));
    assertThat(policy.decide(STRANGER, GET, OTHER_ORG)).isEqualTo(allowedBy("public"));
  }

  @Test
  void anyone_narrowed_to_an_organization_allows_only_callers_in_it() {
    ResourcePolicy policy =
        policyOf(allow("org", Principal.any(), GET).withCondition(Condition.principalOrgId(ORG)));

    assertThat(policy.decide(STRANGER, GET, ORG)).isEqualTo(allowedBy("org"));
    assertThat(policy.decide(GRANTEE_READER, GET, ORG)).isEqualTo(allowedBy("org"));
    assertThat(policy.decide(STRANGER, GET, OTHER_ORG)).isSameAs(Decision.ImplicitlyDenied.INSTANCE);
    assertThat(policy.decide(STRANGER, GET)).isSameAs(Decision.ImplicitlyDenied.INSTANCE);
  }

  @Test
  void condition_keys_match_case_insensitively_and_values_exactly() {
    ResourcePolicy policy =
        policyOf(allow("org", Principal.any(), GET).withCondition(Condition.principalOrgId(ORG)));

    assertThat(policy.decide(AccessRequest.of(STRANGER, GET).withContext("AWS:principalorgid", ORG.value())))
        .isEqualTo(allowedBy("org"));
    assertThat(policy.decide(AccessRequest.of(STRANGER, GET).withContext("aws:PrincipalOrgID", "O-A1B2C3D4E5")))
        .isSameAs(Decision.ImplicitlyDenied.INSTANCE);
  }

  @Test
  void string_equals_with_several_values_holds_for_any_of_them() {
    ResourcePolicy policy = policyOf(allow("orgs", Principal.any(), GET)
        .withCondition(new Condition(Condition.STRING_EQUALS, Condition.PRINCIPAL_ORG_ID,
            List.of(ORG.value(), OTHER_ORG.value()))));

    assertThat(policy.decide(STRANGER, GET, ORG)).isEqualTo(allowedBy("orgs"));
    assertThat(policy.decide(STRANGER, GET, OTHER_ORG)).isEqualTo(allowedBy("orgs"));
    assertThat(policy.decide(STRANGER, GET, OrganizationId.of("o-0000000000")))
        .isSameAs(Decision.ImplicitlyDenied.INSTANCE);
  }

  @Test
  void string_not_equals_holds_when_the_key_is_absent_or_different() {
    ResourcePolicy policy = policyOf(allow("not-other", Principal.any(), GET)
        .withCondition(new Condition(Condition.STRING_NOT_EQUALS, Condition.PRINCIPAL_ORG_ID,
            List.of(OTHER_ORG.value()))));

    assertThat(policy.decide(STRANGER, GET)).isEqualTo(allowedBy("not-other"));
    assertThat(policy.decide(STRANGER, GET, ORG)).isEqualTo(allowedBy("not-other"));
    assertThat(policy.decide(STRANGER, GET, OTHER_ORG)).isSameAs(Decision.ImplicitlyDenied.INSTANCE);
  }

  @Test
  void an_operator_that_is_not_evaluated_never_holds_so_it_only_narrows() {
    ResourcePolicy policy = policyOf(allow("like", Principal.any(), GET)
        .withCondition(new Condition("StringLike", Condition.PRINCIPAL_ORG_ID, List.of("o-*"))));

    assertThat(policy.decide(STRANGER, GET, ORG)).isSameAs(Decision.ImplicitlyDenied.INSTANCE);
  }

  @Test
  void every_condition_of_a_statement_must_hold() {
    ResourcePolicy policy = policyOf(allow("both", Principal.any(), GET)
        .withCondition(Condition.principalOrgId(ORG))
        .withCondition(Condition.stringEquals("aws:SourceRegion", "us-east-2")));

    assertThat(policy.decide(STRANGER, GET, ORG)).isSameAs(Decision.ImplicitlyDenied.INSTANCE);
    assertThat(policy.decide(AccessRequest.of(STRANGER, GET).inOrganization(ORG)
            .withContext("aws:SourceRegion", "us-east-2")))
        .isEqualTo(allowedBy("both"));
  }

  @Test
  void an_explicit_deny_wins_over_any_allow_before_or_after_it() {
    ResourcePolicy denyLast = policyOf(allow("public", Principal.any(), GET), deny("no-stranger", STRANGER, GET));
    ResourcePolicy denyFirst = policyOf(deny("no-stranger", STRANGER, GET), allow("public", Principal.any(), GET));

    assertThat(denyLast.decide(STRANGER, GET)).isEqualTo(new Decision.ExplicitlyDenied(StatementId.of("no-stranger")));
    assertThat(denyFirst.decide(STRANGER, GET)).isEqualTo(new Decision.ExplicitlyDenied(StatementId.of("no-stranger")));
    assertThat(denyLast.decide(STRANGER, GET).isAllowed()).isFalse();
    assertThat(denyLast.decide(GRANTEE, GET)).isEqualTo(allowedBy("public"));
  }

  @Test
  void a_deny_of_an_account_denies_its_roles_too() {
    ResourcePolicy policy = policyOf(allow("public", Principal.any(), GET), deny("no-grantee", GRANTEE, GET));

    assertThat(policy.decide(GRANTEE_READER, GET))
        .isEqualTo(new Decision.ExplicitlyDenied(StatementId.of("no-grantee")));
  }

  @Test
  void the_first_applicable_allow_is_the_one_reported() {
    ResourcePolicy policy = policyOf(
        allow("reader", GRANTEE_READER, GET), allow("account", GRANTEE, GET), allow("public", Principal.any(), GET));

    assertThat(policy.decide(GRANTEE_READER, GET)).isEqualTo(allowedBy("reader"));
    assertThat(policy.decide(GRANTEE_WRITER, GET)).isEqualTo(allowedBy("account"));
    assertThat(policy.decide(STRANGER, GET)).isEqualTo(allowedBy("public"));
  }

  @Test
  void action_wildcards_allow_what_they_match_case_insensitively() {
    ResourcePolicy lambdaAll = policyOf(allow("all-lambda", GRANTEE, Action.of("lambda:*")));
    ResourcePolicy everything = policyOf(allow("all", GRANTEE, Action.of("*")));
    ResourcePolicy shouting = policyOf(allow("loud", GRANTEE, Action.of("LAMBDA:GETLAYERVERSION")));

    assertThat(lambdaAll.decide(GRANTEE, GET)).isEqualTo(allowedBy("all-lambda"));
    assertThat(lambdaAll.decide(GRANTEE, Action.of("s3:GetObject"))).isSameAs(Decision.ImplicitlyDenied.INSTANCE);
    assertThat(everything.decide(GRANTEE, Action.of("s3:GetObject"))).isEqualTo(allowedBy("all"));
    assertThat(shouting.decide(GRANTEE, GET)).isEqualTo(allowedBy("loud"));
  }

  @Test
  void a_statement_for_another_action_does_not_apply() {
    ResourcePolicy policy = policyOf(allow("xaccount", GRANTEE, GET));

    assertThat(policy.decide(GRANTEE, Action.of("lambda:DeleteLayerVersion")))
        .isSameAs(Decision.ImplicitlyDenied.INSTANCE);
  }
}
