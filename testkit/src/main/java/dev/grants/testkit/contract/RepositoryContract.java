package dev.grants.testkit.contract;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every repository contract shares: a new repository before each test, and the capability hooks that
 * scale its concurrent cases to what an adapter's test environment bears. Extend one of the contracts, not this
 * class.
 *
 * <pre>{@code
 * class MyRepositoryTest extends ResourcePolicyRepositoryContract {
 *   @Override protected ResourcePolicyRepository createRepository() { return new MyRepository(fresh()); }
 *   @Override protected int concurrentWriters() { return 4; } // a slow shared database in CI
 * }
 * }</pre>
 *
 * @param <R> the repository port
 */
public abstract class RepositoryContract<R> {
  /** The repository under test, new for each test. */
  protected R repository;

  /** Creates the suite. */
  protected RepositoryContract() {}

  /** A new, empty repository; called before each test. */
  protected abstract R createRepository();

  /** How many threads write at once in the concurrent cases (default 16). */
  protected int concurrentWriters() {
    return 16;
  }

  /** How long each concurrent case may take (default 30 seconds). */
  protected Duration concurrencyTimeout() {
    return Duration.ofSeconds(30);
  }

  @BeforeEach
  final void createRepositoryUnderTest() {
    repository = createRepository();
  }
}
