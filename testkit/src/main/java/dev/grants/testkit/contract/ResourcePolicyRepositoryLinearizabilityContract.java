package dev.grants.testkit.contract;

import static org.assertj.core.api.Assertions.fail;

import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.RevisionConflict;
import dev.grants.testkit.Concurrently;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The concurrent contract of {@link ResourcePolicyRepository}: every history of concurrent {@code find},
 * {@code commit} and {@code delete} calls on one resource is linearizable against the sequential model of the
 * repository, as {@link LinearizabilityChecker} decides. Extend it with your adapter, next to
 * {@link ResourcePolicyRepositoryContract}:
 *
 * <pre>{@code
 * class JdbcResourcePolicyRepositoryLinearizabilityTest extends ResourcePolicyRepositoryLinearizabilityContract {
 *   @Override
 *   protected ResourcePolicyRepository createRepository() {
 *     return new JdbcResourcePolicyRepository(freshDataSource());
 *   }
 *
 *   @Override
 *   protected int histories() {
 *     return 50; // a slow shared database in CI
 *   }
 * }
 * }</pre>
 *
 * <p>Each history runs {@link #historyThreads()} threads of {@link #operationsPerThread()} operations, each
 * picked at random: a {@code find}; a {@code commit} from the policy the thread last saw (from a find or a
 * commit's outcome) that adds a small statement or removes one; a stale {@code commit} from an older policy the
 * thread saw; or, rarely, a {@code delete}. Every history uses a resource of its own, and its seed is printed
 * with it if it is not linearizable. Hooks: {@link #histories()}, {@link #historyThreads()},
 * {@link #operationsPerThread()} and {@link #concurrencyTimeout()} (per history).
 */
public abstract class ResourcePolicyRepositoryLinearizabilityContract
    extends RepositoryContract<ResourcePolicyRepository> {
  private final SequentialIds ids = new SequentialIds();

  /** Creates the suite. */
  protected ResourcePolicyRepositoryLinearizabilityContract() {}

  /** How many random histories are run and checked (default 300). */
  protected int histories() {
    return 300;
  }

  /** How many threads run at once in each history (default 4). */
  protected int historyThreads() {
    return 4;
  }

  /** How many operations each thread runs in each history (default 6). */
  protected int operationsPerThread() {
    return 6;
  }

  /** The seed of the first history; history {@code i} uses {@code seed() + i} (default: a new one each run). */
  protected long seed() {
    return System.nanoTime();
  }

  @Test
  void every_concurrent_history_of_find_commit_and_delete_is_linearizable() {
    long seed = seed();
    for (int h = 0; h < histories(); h++) {
      Arn resource = Fixtures.layerVersionArn(1000L + h).arn();
      LinearizabilityChecker checker = LinearizabilityChecker.forResource(resource);
      ResourcePolicyRepository recorded = checker.recording(repository);
      long historySeed = seed + h;
      Concurrently.run(historyThreads(), concurrencyTimeout(), thread -> () -> {
        runThread(recorded, resource, new Random(historySeed * 31 + thread), thread);
        return null;
      });
      Either<LinearizabilityChecker.NotLinearizable, List<LinearizabilityChecker.Operation>> verdict = checker.check();
      if (verdict.isLeft()) {
        fail("history %d (seed %d) is %s", h, historySeed, verdict.getLeft());
      }
    }
  }

  private void runThread(ResourcePolicyRepository recorded, Arn resource, Random random, int thread) {
    List<ResourcePolicy> seen = new ArrayList<>();
    ResourcePolicy last = ResourcePolicy.none(resource);
    seen.add(last);
    for (int i = 0; i < operationsPerThread(); i++) {
      pause(random);
      int pick = random.nextInt(100);
      if (pick < 40) {
        last = recorded.find(resource);
        seen.add(last);
      } else if (pick < 85) {
        last = outcome(recorded.commit(last, changed(last, random, "t" + thread + "o" + i)));
        seen.add(last);
      } else if (pick < 96) {
        ResourcePolicy stale = seen.get(random.nextInt(seen.size()));
        recorded.commit(stale, changed(stale, random, "t" + thread + "o" + i));
      } else {
        recorded.delete(resource);
      }
    }
  }

  /** {@code base} with a statement added or, sometimes and if it has any, one removed; under a new revision. */
  private ResourcePolicy changed(ResourcePolicy base, Random random, String newSid) {
    List<Statement> statements = base.statements();
    if (!statements.isEmpty() && random.nextInt(3) == 0) {
      StatementId sid = statements.get(random.nextInt(statements.size())).sid();
      return base.remove(sid, ExpectedRevision.any(), ids.newRevisionId()).get();
    }
    Statement tiny = Statement.allow(StatementId.of(newSid), Principal.any(), Action.of("s:A"), "*");
    return base.add(tiny, ExpectedRevision.any(), ids.newRevisionId()).get();
  }

  private static ResourcePolicy outcome(Either<RevisionConflict, ResourcePolicy> outcome) {
    return outcome.fold(RevisionConflict::current, stored -> stored);
  }

  /** A short random spin, so that the threads' operations overlap in varied ways. */
  private static void pause(Random random) {
    int spins = random.nextInt(200);
    for (int i = 0; i < spins; i++) {
      Thread.onSpinWait();
    }
  }
}
