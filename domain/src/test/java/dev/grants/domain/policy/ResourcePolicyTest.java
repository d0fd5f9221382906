package dev.grants.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.domain.revision.RevisionId;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.vavr.control.Either;

class ResourcePolicyTest {
  private static final Arn RESOURCE = Arn.parse("arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1").get();
  private static final RevisionId R1 = RevisionId.fromBits(0, 1);
  private static final RevisionId R2 = RevisionId.fromBits(0, 2);
  private static final RevisionId R3 = RevisionId.fromBits(0, 3);
  private static final RevisionId R4 = RevisionId.fromBits(0, 4);
  private static final String EMPTY_POLICY_JSON = "{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":[]}";

  private static Statement statement(String sid) {
    return statement(sid, RESOURCE.toString());
  }

  private static Statement statement(String sid, String resource) {
    return Statement.allow(
        StatementId.of(sid), Principal.account(AccountId.of("223456789012"), Partition.AWS),
        Action.LAMBDA_GET_LAYER_VERSION, resource);
  }

  private static ResourcePolicy policyOf(String... sids) {
    ResourcePolicy policy = ResourcePolicy.none(RESOURCE);
    long n = 100;
    for (String sid : sids) {
      policy = policy.add(statement(sid), ExpectedRevision.any(), RevisionId.fromBits(0, ++n)).get();
    }
    return policy;
  }

  private static List<String> sids(ResourcePolicy policy) {
    return policy.statements().stream().map(s -> s.sid().value()).toList();
  }

  @Test
  void a_resource_that_never_had_a_policy_has_no_statements_and_no_revision() {
    ResourcePolicy none = ResourcePolicy.none(RESOURCE);

    assertThat(none.resource()).isEqualTo(RESOURCE);
    assertThat(none.statements()).isEmpty();
    assertThat(none.revision()).isEmpty();
    assertThat(none.exists()).isFalse();
    assertThat(none.compactJsonLength()).isEqualTo(EMPTY_POLICY_JSON.length());
  }

  @Test
  void a_policy_that_never_existed_reads_as_no_policy() {
    assertThat(ResourcePolicy.none(RESOURCE).readable()).isEqualTo(Either.left(new GrantsError.NoPolicy(RESOURCE)));
  }

  @Test
  void adding_appends_the_statement_under_the_new_revision() {
    ResourcePolicy policy = ResourcePolicy.none(RESOURCE).add(statement("a"), ExpectedRevision.any(), R1).get();

    assertThat(policy.statements()).containsExactly(statement("a"));
    assertThat(policy.revision()).contains(R1);
    assertThat(policy.exists()).isTrue();
    assertThat(policy.readable()).isEqualTo(Either.right(policy));
    assertThat(policy.statement(StatementId.of("a"))).contains(statement("a"));
    assertThat(policy.statement(StatementId.of("b"))).isEmpty();
  }

  @Test
  void statements_keep_insertion_order_also_after_a_removal() {
    ResourcePolicy policy = policyOf("c", "a", "b", "d")
        .remove(StatementId.of("a"), ExpectedRevision.any(), R1).get()
        .add(statement("a"), ExpectedRevision.any(), R2).get();

    assertThat(sids(policy)).containsExactly("c", "b", "d", "a");
  }

  @Test
  void the_statements_cannot_be_changed_from_outside() {
    ResourcePolicy policy = policyOf("a");

    assertThatThrownBy(() -> policy.statements().add(statement("b")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> policy.statements().set(0, statement("b")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> policy.statements().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> policy.statements().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void the_statements_are_a_list_like_any_other() {
    ResourcePolicy policy = policyOf("a", "b", "c").remove(StatementId.of("b"), ExpectedRevision.any(), R4).get();
    List<Statement> expected = List.of(statement("a"), statement("c"));

    assertThat(policy.statements()).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(expected).isEqualTo(policy.statements());
    assertThat(policy.statements()).hasToString(expected.toString());
    assertThat(policy.statements()).isEqualTo(policyOf("a", "c").statements());
    assertThat(policy.statements()).isNotEqualTo(policyOf("c", "a").statements());
  }

  @Test
  void a_mutation_leaves_the_original_policy_as_it_was() {
    ResourcePolicy before = policyOf("a");
    RevisionId revision = before.revision().get();

    before.add(statement("b"), ExpectedRevision.any(), R1);
    before.remove(StatementId.of("a"), ExpectedRevision.any(), R2);

    assertThat(sids(before)).containsExactly("a");
    assertThat(before.revision()).contains(revision);
  }

  @Test
  void adding_with_the_current_revision_succeeds_and_with_another_is_a_revision_mismatch() {
    ResourcePolicy policy = policyOf("a");
    String current = policy.revision().get().value();

    assertThat(policy.add(statement("b"), ExpectedRevision.exactly(current), R1).map(ResourcePolicy::revision))
        .isEqualTo(Either.right(io.vavr.control.Option.some(R1)));
    assertThat(policy.add(statement("b"), ExpectedRevision.exactly(R4.value()), R1))
        .isEqualTo(Either.left(new GrantsError.RevisionMismatch(RESOURCE, R4.value(), policy.revision().get())));
  }

  @Test
  void adding_with_a_revision_to_a_policy_that_never_existed_is_a_mismatch_with_no_current_revision() {
    GrantsError error =
        ResourcePolicy.none(RESOURCE).add(statement("a"), ExpectedRevision.exactly(R1.value()), R1).getLeft();

    assertThat(error).isEqualTo(new GrantsError.RevisionMismatch(RESOURCE, R1.value(), null));
    assertThat(((GrantsError.RevisionMismatch) error).currentRevision()).isEmpty();
  }

  @Test
  void adding_an_existing_statement_id_is_a_conflict_before_the_revision_is_checked() {
    ResourcePolicy policy = policyOf("a");

    assertThat(policy.add(statement("a"), ExpectedRevision.exactly("stale"), R1))
        .isEqualTo(Either.left(new GrantsError.StatementIdConflict(RESOURCE, StatementId.of("a"))));
  }

  @Test
  void adding_checks_the_revision_before_the_size() {
    ResourcePolicy policy = policyOf("a");
    Statement huge = statement("huge", "r".repeat(ResourcePolicy.SIZE_LIMIT));

    assertThat(policy.add(huge, ExpectedRevision.exactly("stale"), R1))
        .isEqualTo(Either.left(new GrantsError.RevisionMismatch(RESOURCE, "stale", policy.revision().get())));
    assertThat(policy.add(huge, ExpectedRevision.any(), R1).getLeft())
        .isInstanceOf(GrantsError.PolicyTooLarge.class);
  }

  @Test
  void a_conflict_is_reported_even_when_the_statement_would_also_be_too_large() {
    ResourcePolicy policy = policyOf("a");

    assertThat(policy.add(statement("a", "r".repeat(ResourcePolicy.SIZE_LIMIT)), ExpectedRevision.any(), R1))
        .isEqualTo(Either.left(new GrantsError.StatementIdConflict(RESOURCE, StatementId.of("a"))));
  }

  @Test
  void a_policy_of_exactly_the_limit_is_accepted_and_one_byte_more_is_too_large_with_its_exact_size() {
    ResourcePolicy policy = policyOf("a");
    // The reference size of the policy with a one-character resource in "b"; pad that resource to the limit.
    int base = ReferenceJson.utf8Length(ReferenceJson.policy(List.of(statement("a"), statement("b", "r"))));
    String fits = "r".repeat(1 + ResourcePolicy.SIZE_LIMIT - base);

    ResourcePolicy full = policy.add(statement("b", fits), ExpectedRevision.any(), R1).get();
    assertThat(full.compactJsonLength()).isEqualTo(20480);
    assertThat(ReferenceJson.utf8Length(ReferenceJson.policy(full.statements()))).isEqualTo(20480);

    assertThat(policy.add(statement("b", fits + "r"), ExpectedRevision.any(), R1))
        .isEqualTo(Either.left(new GrantsError.PolicyTooLarge(RESOURCE, 20481, 20480)));
    assertThat(full.add(statement("c"), ExpectedRevision.any(), R2))
        .isEqualTo(Either.left(new GrantsError.PolicyTooLarge(
            RESOURCE, 20480 + 1 + statement("c").compactJsonLength(), 20480)));
  }

  @Test
  void the_size_limit_is_20480_bytes() {
    assertThat(ResourcePolicy.SIZE_LIMIT).isEqualTo(20480);
  }

  @Test
  void removing_takes_out_the_statement_under_the_new_revision() {
    ResourcePolicy policy = policyOf("a", "b").remove(StatementId.of("a"), ExpectedRevision.any(), R1).get();

    assertThat(sids(policy)).containsExactly("b");
    assertThat(policy.revision()).contains(R1);
    assertThat(policy.compactJsonLength()).isEqualTo(ReferenceJson.utf8Length(ReferenceJson.policy(List.of(statement("b")))));
  }

  @Test
  void removing_checks_the_revision_before_the_statement_exists() {
    ResourcePolicy policy = policyOf("a");

    assertThat(policy.remove(StatementId.of("missing"), ExpectedRevision.exactly("stale"), R1))
        .isEqualTo(Either.left(new GrantsError.RevisionMismatch(RESOURCE, "stale", policy.revision().get())));
    assertThat(policy.remove(StatementId.of("missing"), ExpectedRevision.any(), R1))
        .isEqualTo(Either.left(new GrantsError.StatementNotFound(RESOURCE, StatementId.of("missing"))));
    assertThat(policy.remove(StatementId.of("missing"), ExpectedRevision.exactly(policy.revision().get().value()), R1))
        .isEqualTo(Either.left(new GrantsError.StatementNotFound(RESOURCE, StatementId.of("missing"))));
  }

  @Test
  void removing_from_a_policy_that_never_existed() {
    ResourcePolicy none = ResourcePolicy.none(RESOURCE);

    assertThat(none.remove(StatementId.of("a"), ExpectedRevision.any(), R1))
        .isEqualTo(Either.left(new GrantsError.StatementNotFound(RESOURCE, StatementId.of("a"))));
    assertThat(none.remove(StatementId.of("a"), ExpectedRevision.exactly(R1.value()), R1))
        .isEqualTo(Either.left(new GrantsError.RevisionMismatch(RESOURCE, R1.value(), null)));
  }

  @Test
  void removing_the_last_statement_leaves_an_existing_policy_that_reads_as_having_no_statements() {
    ResourcePolicy emptied = policyOf("a").remove(StatementId.of("a"), ExpectedRevision.any(), R1).get();

    assertThat(emptied.statements()).isEmpty();
    assertThat(emptied.exists()).isTrue();
    assertThat(emptied.revision()).contains(R1);
    assertThat(emptied.readable()).isEqualTo(Either.left(new GrantsError.PolicyHasNoStatements(RESOURCE)));
    assertThat(emptied.compactJsonLength()).isEqualTo(EMPTY_POLICY_JSON.length());
  }

  @Test
  void an_emptied_policy_still_checks_the_revision_and_takes_statements_again() {
    ResourcePolicy emptied = policyOf("a").remove(StatementId.of("a"), ExpectedRevision.any(), R1).get();

    assertThat(emptied.add(statement("b"), ExpectedRevision.exactly(R2.value()), R3))
        .isEqualTo(Either.left(new GrantsError.RevisionMismatch(RESOURCE, R2.value(), R1)));
    ResourcePolicy refilled = emptied.add(statement("a"), ExpectedRevision.exactly(R1.value()), R2).get();
    assertThat(sids(refilled)).containsExactly("a");
    assertThat(refilled.compactJsonLength())
        .isEqualTo(ReferenceJson.utf8Length(ReferenceJson.policy(List.of(statement("a")))));
  }

  @Test
  void the_length_tracks_the_json_through_adds_and_removes() {
    ResourcePolicy policy = policyOf("a", "b", "c");
    assertThat(policy.compactJsonLength()).isEqualTo(ReferenceJson.utf8Length(ReferenceJson.policy(policy.statements())));

    policy = policy.remove(StatementId.of("b"), ExpectedRevision.any(), R1).get();
    assertThat(policy.compactJsonLength()).isEqualTo(ReferenceJson.utf8Length(ReferenceJson.policy(policy.statements())));

    policy = policy.remove(StatementId.of("a"), ExpectedRevision.any(), R2).get();
    assertThat(policy.compactJsonLength()).isEqualTo(ReferenceJson.utf8Length(ReferenceJson.policy(policy.statements())));
  }

  @Test
  void restoring_recomputes_the_length_and_keeps_order_and_revision() {
    ResourcePolicy built = policyOf("c", "a", "b");

    ResourcePolicy restored = ResourcePolicy.restore(RESOURCE, built.statements(), built.revision().get());

    assertThat(restored).isEqualTo(built);
    assertThat(restored.compactJsonLength()).isEqualTo(built.compactJsonLength());
    assertThat(sids(restored)).containsExactly("c", "a", "b");
    assertThat(restored.revision()).isEqualTo(built.revision());
  }

  @Test
  void restoring_no_statements_gives_an_existing_policy_that_reads_as_having_no_statements() {
    ResourcePolicy restored = ResourcePolicy.restore(RESOURCE, List.of(), R1);

    assertThat(restored.compactJsonLength()).isEqualTo(EMPTY_POLICY_JSON.length());
    assertThat(restored.readable()).isEqualTo(Either.left(new GrantsError.PolicyHasNoStatements(RESOURCE)));
  }

  @Test
  void restoring_refuses_duplicate_statement_ids() {
    assertThatThrownBy(() -> ResourcePolicy.restore(RESOURCE, List.of(statement("a"), statement("b"), statement("a")), R1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void restoring_needs_a_revision() {
    assertThatThrownBy(() -> ResourcePolicy.restore(RESOURCE, List.of(statement("a")), null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void policies_are_equal_when_resource_statements_and_revision_are() {
    assertThat(policyOf("a", "b")).isEqualTo(policyOf("a", "b")).hasSameHashCodeAs(policyOf("a", "b"));
    assertThat(policyOf("a", "b")).isNotEqualTo(policyOf("b", "a"));
    assertThat(ResourcePolicy.restore(RESOURCE, List.of(statement("a")), R1))
        .isNotEqualTo(ResourcePolicy.restore(RESOURCE, List.of(statement("a")), R2));
  }
}
