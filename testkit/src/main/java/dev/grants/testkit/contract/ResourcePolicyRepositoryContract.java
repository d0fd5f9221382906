package dev.grants.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.domain.revision.RevisionId;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.RevisionConflict;
import dev.grants.testkit.Concurrently;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ResourcePolicyRepository}: storage, compare-and-set on the revision, and no lost or
 * doubled update under concurrent writers. Extend it with your adapter:
 *
 * <pre>{@code
 * class JdbcResourcePolicyRepositoryTest extends ResourcePolicyRepositoryContract {
 *   @Override
 *   protected ResourcePolicyRepository createRepository() {
 *     return new JdbcResourcePolicyRepository(freshDataSource());
 *   }
 * }
 * }</pre>
 *
 * <p>Capability hooks scale the concurrent cases to what an adapter's test environment bears:
 * {@link #concurrentWriters()}, {@link #statementsPerWriter()} and {@link #concurrencyTimeout()}.
 */
public abstract class ResourcePolicyRepositoryContract extends RepositoryContract<ResourcePolicyRepository> {
  private static final Arn RESOURCE = Fixtures.layerVersionArn(1).arn();
  private static final Arn OTHER_RESOURCE = Fixtures.layerVersionArn(2).arn();

  private final SequentialIds ids = new SequentialIds();

  /** Creates the suite. */
  protected ResourcePolicyRepositoryContract() {}

  /** How many distinct statements each concurrent writer adds (default 10). */
  protected int statementsPerWriter() {
    return 10;
  }

  @Test
  void a_resource_without_a_policy_reads_as_none() {
    ResourcePolicy found = repository.find(RESOURCE);

    assertThat(found).isEqualTo(ResourcePolicy.none(RESOURCE));
    assertThat(found.exists()).isFalse();
  }

  @Test
  void the_first_commit_from_none_is_stored_and_read_back() {
    ResourcePolicy first = added(ResourcePolicy.none(RESOURCE), "a");

    assertThat(repository.commit(ResourcePolicy.none(RESOURCE), first)).isEqualTo(Either.right(first));
    assertThat(repository.find(RESOURCE)).isEqualTo(first);
  }

  @Test
  void statements_are_read_back_in_insertion_order() {
    ResourcePolicy policy = ResourcePolicy.none(RESOURCE);
    for (String sid : List.of("c", "a", "b", "z", "m")) {
      ResourcePolicy next = added(policy, sid);
      assertThat(repository.commit(policy, next).isRight()).isTrue();
      policy = next;
    }

    assertThat(repository.find(RESOURCE).statements())
        .extracting(statement -> statement.sid().value())
        .containsExactly("c", "a", "b", "z", "m");
    assertThat(repository.find(RESOURCE).compactJsonLength()).isEqualTo(policy.compactJsonLength());
  }

  @Test
  void a_commit_from_the_current_revision_replaces_the_policy() {
    ResourcePolicy first = committed(ResourcePolicy.none(RESOURCE), "a");
    ResourcePolicy second = added(first, "b");

    assertThat(repository.commit(first, second)).isEqualTo(Either.right(second));
    assertThat(repository.find(RESOURCE)).isEqualTo(second);
  }

  @Test
  void a_commit_from_none_when_a_policy_exists_conflicts_and_changes_nothing() {
    ResourcePolicy stored = committed(ResourcePolicy.none(RESOURCE), "a");

    Either<RevisionConflict, ResourcePolicy> outcome =
        repository.commit(ResourcePolicy.none(RESOURCE), added(ResourcePolicy.none(RESOURCE), "b"));

    assertThat(outcome).isEqualTo(Either.left(new RevisionConflict(stored)));
    assertThat(repository.find(RESOURCE)).isEqualTo(stored);
  }

  @Test
  void a_commit_from_a_stale_revision_conflicts_with_the_current_policy_and_changes_nothing() {
    ResourcePolicy first = committed(ResourcePolicy.none(RESOURCE), "a");
    ResourcePolicy current = committed(first, "b");

    Either<RevisionConflict, ResourcePolicy> outcome = repository.commit(first, added(first, "c"));

    assertThat(outcome).isEqualTo(Either.left(new RevisionConflict(current)));
    assertThat(repository.find(RESOURCE)).isEqualTo(current);
  }

  @Test
  void a_policy_whose_statements_were_all_removed_is_kept_with_its_revision() {
    ResourcePolicy first = committed(ResourcePolicy.none(RESOURCE), "a");
    ResourcePolicy emptied =
        first.remove(StatementId.of("a"), ExpectedRevision.any(), ids.newRevisionId()).get();

    assertThat(repository.commit(first, emptied).isRight()).isTrue();

    ResourcePolicy found = repository.find(RESOURCE);
    assertThat(found.exists()).isTrue();
    assertThat(found.statements()).isEmpty();
    assertThat(found.revision()).isEqualTo(emptied.revision());
  }

  @Test
  void policies_of_different_resources_are_independent() {
    ResourcePolicy one = committed(ResourcePolicy.none(RESOURCE), "a");
    ResourcePolicy other = committed(ResourcePolicy.none(OTHER_RESOURCE), "a");

    assertThat(repository.find(RESOURCE)).isEqualTo(one);
    assertThat(repository.find(OTHER_RESOURCE)).isEqualTo(other);
  }

  @Test
  void a_deleted_policy_reads_as_none_and_a_commit_from_its_old_state_conflicts() {
    ResourcePolicy stored = committed(ResourcePolicy.none(RESOURCE), "a");

    repository.delete(RESOURCE);

    assertThat(repository.find(RESOURCE)).isEqualTo(ResourcePolicy.none(RESOURCE));
    assertThat(repository.commit(stored, added(stored, "b")))
        .isEqualTo(Either.left(new RevisionConflict(ResourcePolicy.none(RESOURCE))));
    assertThat(repository.find(RESOURCE)).isEqualTo(ResourcePolicy.none(RESOURCE));
  }

  @Test
  void deleting_a_resource_without_a_policy_does_nothing() {
    repository.delete(RESOURCE);

    assertThat(repository.find(RESOURCE)).isEqualTo(ResourcePolicy.none(RESOURCE));
  }

  @Test
  void a_commit_of_another_resources_policy_is_refused() {
    ResourcePolicy elsewhere = added(ResourcePolicy.none(OTHER_RESOURCE), "a");

    assertThatThrownBy(() -> repository.commit(ResourcePolicy.none(RESOURCE), elsewhere))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(repository.find(RESOURCE)).isEqualTo(ResourcePolicy.none(RESOURCE));
  }

  @Test
  void concurrent_writers_of_distinct_statements_lose_nothing_and_each_commit_is_a_new_revision() {
    int writers = concurrentWriters();
    int each = statementsPerWriter();

    List<List<RevisionId>> revisionsByWriter = Concurrently.run(writers, concurrencyTimeout(), writer -> () -> {
      List<RevisionId> mine = new ArrayList<>(each);
      for (int i = 0; i < each; i++) {
        Statement statement = tiny("w" + writer + "s" + i);
        while (true) {
          ResourcePolicy base = repository.find(RESOURCE);
          ResourcePolicy next = base.add(statement, ExpectedRevision.any(), ids.newRevisionId()).get();
          if (repository.commit(base, next).isRight()) {
            mine.add(next.revision().get());
            break;
          }
        }
      }
      return mine;
    });

    ResourcePolicy finalPolicy = repository.find(RESOURCE);
    List<String> sids = finalPolicy.statements().stream().map(s -> s.sid().value()).toList();
    assertThat(sids).hasSize(writers * each).doesNotHaveDuplicates();
    for (int writer = 0; writer < writers; writer++) {
      String prefix = "w" + writer + "s";
      List<String> ownOrder = sids.stream().filter(sid -> sid.startsWith(prefix)).toList();
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < each; i++) {
        expected.add(prefix + i);
      }
      assertThat(ownOrder).as("statements of writer %d keep their order", writer).isEqualTo(expected);
    }
    Set<RevisionId> revisions = new HashSet<>();
    revisionsByWriter.forEach(revisions::addAll);
    assertThat(revisions).hasSize(writers * each);
    assertThat(revisions).contains(finalPolicy.revision().get());
  }

  @Test
  void of_concurrent_writers_from_one_revision_exactly_one_wins() {
    ResourcePolicy base = committed(ResourcePolicy.none(RESOURCE), "base");
    int writers = concurrentWriters();

    List<Either<RevisionConflict, ResourcePolicy>> outcomes =
        Concurrently.run(writers, concurrencyTimeout(), writer -> () -> repository.commit(base, added(base, "w" + writer)));

    List<ResourcePolicy> winners = outcomes.stream().filter(Either::isRight).map(Either::get).toList();
    assertThat(winners).hasSize(1);
    ResourcePolicy winner = winners.get(0);
    assertThat(repository.find(RESOURCE)).isEqualTo(winner);
    assertThat(outcomes.stream().filter(Either::isLeft).map(Either::getLeft).collect(Collectors.toSet()))
        .containsExactly(new RevisionConflict(winner));
  }

  private ResourcePolicy added(ResourcePolicy base, String sid) {
    return base.add(tiny(sid), ExpectedRevision.any(), ids.newRevisionId()).get();
  }

  private ResourcePolicy committed(ResourcePolicy base, String sid) {
    ResourcePolicy next = added(base, sid);
    assertThat(repository.commit(base, next)).isEqualTo(Either.right(next));
    return next;
  }

  /** A small statement, so that many fit under the policy size limit. */
  private static Statement tiny(String sid) {
    return Statement.allow(StatementId.of(sid), Principal.any(), Action.of("s:A"), "*");
  }
}
