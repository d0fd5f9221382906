package dev.grants.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.SequentialIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a store remembers of the policies it read or committed: it reads a policy's statements again exactly when
 * the stored revision is not the one it remembers, so another process's change is always seen.
 */
class RememberedPoliciesTest {
  private static final Arn RESOURCE = Fixtures.layerVersionArn(1).arn();

  private final SequentialIds ids = new SequentialIds();
  private PostgresStore first;
  private PostgresStore second;

  @BeforeEach
  void twoStores() {
    first = TestPostgres.emptyStore(getClass());
    second = TestPostgres.sameStore(getClass());
  }

  @Test
  void a_policy_another_store_changed_is_read_whole_again() {
    ResourcePolicy one = added(ResourcePolicy.none(RESOURCE), "a");
    first.resourcePolicies().commit(ResourcePolicy.none(RESOURCE), one).get();
    assertThat(first.resourcePolicies().find(RESOURCE)).isEqualTo(one);

    ResourcePolicy two = added(second.resourcePolicies().find(RESOURCE), "b");
    second.resourcePolicies().commit(one, two).get();

    assertThat(first.resourcePolicies().find(RESOURCE)).isEqualTo(two);
    assertThat(first.layerVersions().findPolicy(Fixtures.layerVersionArn(1), first.resourcePolicies()))
        .isEmpty(); // no such version: the join answers nothing, whatever is remembered
    second.resourcePolicies().delete(RESOURCE);
    assertThat(first.resourcePolicies().find(RESOURCE)).isEqualTo(ResourcePolicy.none(RESOURCE));
  }

  @Test
  void the_statements_of_an_unchanged_revision_are_not_read_again() {
    ResourcePolicy one = added(ResourcePolicy.none(RESOURCE), "a");
    first.resourcePolicies().commit(ResourcePolicy.none(RESOURCE), one).get();
    // Behind the stores' backs, the statements change but not the revision: only a store that remembers nothing
    // sees it. (Grants never does this: every change has a new revision.)
    TestPostgres.execute("UPDATE " + first.schema() + ".resource_policies SET statements = '[]'");

    assertThat(first.resourcePolicies().find(RESOURCE)).isSameAs(one);
    assertThat(second.resourcePolicies().find(RESOURCE).statements()).isEmpty();
  }

  private ResourcePolicy added(ResourcePolicy base, String sid) {
    return base.add(Fixtures.statement(sid), ExpectedRevision.any(), ids.newRevisionId()).get();
  }
}
