package dev.grants.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.RevisionConflict;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.contract.LinearizabilityChecker.Commit;
import dev.grants.testkit.contract.LinearizabilityChecker.Delete;
import dev.grants.testkit.contract.LinearizabilityChecker.Find;
import dev.grants.testkit.contract.LinearizabilityChecker.NotLinearizable;
import dev.grants.testkit.contract.LinearizabilityChecker.Operation;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;

class LinearizabilityCheckerTest {
  private static final Arn RESOURCE = Fixtures.layerVersionArn(1).arn();
  private static final ResourcePolicy NONE = ResourcePolicy.none(RESOURCE);

  private final SequentialIds ids = new SequentialIds();
  private final ResourcePolicy a = added(NONE, "a");
  private final ResourcePolicy b = added(NONE, "b");
  private final ResourcePolicy ac = added(a, "c");

  @Test
  void two_overlapping_commits_from_none_where_one_wins_and_a_find_sees_the_winner_are_linearizable() {
    List<Operation> history = List.of(
        new Commit("t1", 1, 4, NONE, a, Either.right(a)),
        new Commit("t2", 2, 5, NONE, b, Either.left(new RevisionConflict(a))),
        new Find("t3", 3, 6, a),
        new Commit("t1", 7, 8, a, ac, Either.right(ac)));

    Either<NotLinearizable, List<Operation>> verdict = LinearizabilityChecker.check(NONE, history);

    assertThat(verdict.isRight()).as("%s", verdict).isTrue();
    assertThat(verdict.get()).hasSize(4).endsWith(history.get(3));
    assertThat(verdict.get().indexOf(history.get(0))).isLessThan(verdict.get().indexOf(history.get(1)));
  }

  @Test
  void a_find_may_see_the_state_before_or_after_an_overlapping_commit() {
    List<Operation> before = List.of(new Commit("t1", 1, 4, NONE, a, Either.right(a)), new Find("t2", 2, 3, NONE));
    List<Operation> after = List.of(new Commit("t1", 1, 4, NONE, a, Either.right(a)), new Find("t2", 2, 3, a));

    assertThat(LinearizabilityChecker.check(NONE, before).isRight()).isTrue();
    assertThat(LinearizabilityChecker.check(NONE, after).isRight()).isTrue();
  }

  @Test
  void two_commits_from_the_same_base_that_both_succeed_are_not_linearizable() {
    List<Operation> history = List.of(
        new Commit("t1", 1, 3, NONE, a, Either.right(a)),
        new Commit("t2", 2, 4, NONE, b, Either.right(b)));

    Either<NotLinearizable, List<Operation>> verdict = LinearizabilityChecker.check(NONE, history);

    assertThat(verdict.isLeft()).isTrue();
    assertThat(verdict.getLeft().longestExplained()).hasSize(1);
    assertThat(verdict.getLeft().toString()).contains("not linearizable", "t1 [1..3] commit(none, @", "t2 [2..4]");
  }

  @Test
  void a_find_that_returns_a_policy_never_committed_is_not_linearizable() {
    List<Operation> history = List.of(
        new Commit("t1", 1, 3, NONE, a, Either.right(a)),
        new Find("t2", 2, 4, b));

    assertThat(LinearizabilityChecker.check(NONE, history).isLeft()).isTrue();
  }

  @Test
  void a_find_after_a_successful_commit_responded_that_still_sees_the_old_state_is_not_linearizable() {
    List<Operation> history = List.of(
        new Commit("t1", 1, 2, NONE, a, Either.right(a)),
        new Find("t2", 3, 4, NONE));

    assertThat(LinearizabilityChecker.check(NONE, history).isLeft()).isTrue();
  }

  @Test
  void a_conflict_that_reports_a_policy_other_than_the_stored_one_is_not_linearizable() {
    List<Operation> history = List.of(
        new Commit("t1", 1, 2, NONE, a, Either.right(a)),
        new Commit("t2", 3, 4, NONE, b, Either.left(new RevisionConflict(NONE))));

    assertThat(LinearizabilityChecker.check(NONE, history).isLeft()).isTrue();
  }

  @Test
  void a_commit_from_none_after_a_delete_succeeds_and_the_history_starts_from_the_given_policy() {
    List<Operation> history = List.of(
        new Find("t1", 1, 2, a),
        new Delete("t2", 3, 4, RESOURCE),
        new Commit("t1", 5, 6, NONE, b, Either.right(b)),
        new Commit("t2", 7, 8, a, ac, Either.left(new RevisionConflict(b))));

    assertThat(LinearizabilityChecker.check(a, history).isRight()).isTrue();
    assertThat(LinearizabilityChecker.check(NONE, history).isLeft()).isTrue();
  }

  @Test
  void a_recorded_history_of_an_atomic_repository_is_linearizable_and_of_a_lossy_one_is_not() {
    LinearizabilityChecker atomic = LinearizabilityChecker.forResource(RESOURCE);
    ResourcePolicyRepository recorded = atomic.recording(new MapRepository(true));
    recorded.commit(NONE, a);
    recorded.commit(NONE, b);
    recorded.find(RESOURCE);
    recorded.find(Fixtures.layerVersionArn(2).arn());

    assertThat(atomic.history()).hasSize(3);
    assertThat(atomic.check().isRight()).isTrue();

    LinearizabilityChecker lossy = LinearizabilityChecker.forResource(RESOURCE);
    ResourcePolicyRepository blind = lossy.recording(new MapRepository(false));
    blind.commit(NONE, a);
    blind.commit(NONE, b);

    assertThat(lossy.check().isLeft()).isTrue();
  }

  @Test
  void a_long_sequential_history_is_checked_quickly() {
    ResourcePolicy stored = NONE;
    List<Operation> history = new java.util.ArrayList<>();
    long tick = 0;
    for (int i = 0; i < 2000; i++) {
      ResourcePolicy next = stored.touched(ids.newRevisionId());
      history.add(new Commit("t" + (i % 4), ++tick, ++tick, stored, next, Either.right(next)));
      history.add(new Find("t" + (i % 3), ++tick, ++tick, next));
      stored = next;
    }

    assertThat(LinearizabilityChecker.check(NONE, history).isRight()).isTrue();
  }

  private ResourcePolicy added(ResourcePolicy base, String sid) {
    Statement tiny = Statement.allow(StatementId.of(sid), Principal.any(), Action.of("s:A"), "*");
    return base.add(tiny, ExpectedRevision.any(), ids.newRevisionId()).get();
  }

  /** A map of policies; compare-and-set when {@code atomic}, else every commit overwrites (a lost update). */
  private static final class MapRepository implements ResourcePolicyRepository {
    private final ConcurrentMap<Arn, ResourcePolicy> policies = new ConcurrentHashMap<>();
    private final boolean atomic;

    MapRepository(boolean atomic) {
      this.atomic = atomic;
    }

    @Override
    public ResourcePolicy find(Arn resource) {
      return policies.getOrDefault(resource, ResourcePolicy.none(resource));
    }

    @Override
    public synchronized Either<RevisionConflict, ResourcePolicy> commit(ResourcePolicy base, ResourcePolicy next) {
      ResourcePolicy current = find(base.resource());
      if (atomic && !current.revision().equals(base.revision())) {
        return Either.left(new RevisionConflict(current));
      }
      policies.put(next.resource(), next);
      return Either.right(next);
    }

    @Override
    public void delete(Arn resource) {
      policies.remove(resource);
    }
  }
}
