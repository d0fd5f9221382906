package dev.grants.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.domain.revision.RevisionId;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.testkit.contract.ResourcePolicyRepositoryContract;
import io.vavr.control.Either;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryResourcePolicyRepositoryTest extends ResourcePolicyRepositoryContract {
  private static final Arn RESOURCE = Arn.of(
      Partition.AWS, "lambda", "us-east-2", "123456789012", "layer:l:1");
  private static final RevisionId FIRST = RevisionId.of("35d87451-f796-4a3f-a618-95a3671b0a0c");
  private static final RevisionId SECOND = RevisionId.of("45d87451-f796-4a3f-a618-95a3671b0a0c");

  @Override
  protected ResourcePolicyRepository createRepository() {
    return new InMemoryResourcePolicyRepository();
  }

  private static Statement statement(String sid) {
    return Statement.allow(StatementId.of(sid), Principal.any(), Action.LAMBDA_GET_LAYER_VERSION, "r");
  }

  // The commit's shortcut (replace when the stored policy equals the base) must not change what decides:
  // the revision alone, as ResourcePolicyRepository states.

  @Test
  void a_base_with_the_stored_revision_commits_even_when_it_is_another_equal_object() {
    InMemoryResourcePolicyRepository policies = new InMemoryResourcePolicyRepository();
    ResourcePolicy stored =
        ResourcePolicy.none(RESOURCE).add(statement("a"), ExpectedRevision.any(), FIRST).get();
    policies.commit(ResourcePolicy.none(RESOURCE), stored).get();
    ResourcePolicy copy = ResourcePolicy.restore(RESOURCE, List.of(statement("a")), FIRST);
    ResourcePolicy next = copy.add(statement("b"), ExpectedRevision.any(), SECOND).get();

    assertThat(policies.commit(copy, next)).isEqualTo(Either.right(next));
    assertThat(policies.find(RESOURCE)).isSameAs(next);
  }

  @Test
  void a_base_with_the_stored_revision_commits_even_when_its_statements_differ() {
    InMemoryResourcePolicyRepository policies = new InMemoryResourcePolicyRepository();
    ResourcePolicy stored =
        ResourcePolicy.none(RESOURCE).add(statement("a"), ExpectedRevision.any(), FIRST).get();
    policies.commit(ResourcePolicy.none(RESOURCE), stored).get();
    ResourcePolicy sameRevisionOtherStatements = ResourcePolicy.restore(RESOURCE, List.of(statement("z")), FIRST);
    ResourcePolicy next = sameRevisionOtherStatements.add(statement("b"), ExpectedRevision.any(), SECOND).get();

    assertThat(policies.commit(sameRevisionOtherStatements, next)).isEqualTo(Either.right(next));
    assertThat(policies.find(RESOURCE)).isSameAs(next);
  }
}
