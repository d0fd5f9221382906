package dev.grants.adapters.postgres;

import com.zaxxer.hikari.HikariDataSource;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.principal.Arn;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.RevisionConflict;
import dev.grants.testkit.contract.ResourcePolicyRepositoryLinearizabilityContract;
import io.vavr.control.Either;
import org.junit.jupiter.api.AfterEach;

/**
 * The linearizability contract with its histories spread over two "service instances": each thread's calls go to
 * one of two stores, each on a pool of its own, on one database.
 */
class TwoInstancesLinearizabilityTest extends ResourcePolicyRepositoryLinearizabilityContract {
  private HikariDataSource poolA;
  private HikariDataSource poolB;

  @Override
  protected ResourcePolicyRepository createRepository() {
    String schema = TestPostgres.schemaOf(getClass());
    TestPostgres.emptyStore(getClass());
    poolA = TestPostgres.pool(TestPostgres.server().getPostgresDatabase(), 4, "instance-a");
    poolB = TestPostgres.pool(TestPostgres.server().getPostgresDatabase(), 4, "instance-b");
    ResourcePolicyRepository a = PostgresStore.builder(poolA).schema(schema).build().resourcePolicies();
    ResourcePolicyRepository b = PostgresStore.builder(poolB).schema(schema).build().resourcePolicies();
    return new ResourcePolicyRepository() {
      private ResourcePolicyRepository instance() {
        return (Thread.currentThread().getId() & 1) == 0 ? a : b;
      }

      @Override
      public ResourcePolicy find(Arn resource) {
        return instance().find(resource);
      }

      @Override
      public Either<RevisionConflict, ResourcePolicy> commit(ResourcePolicy base, ResourcePolicy next) {
        return instance().commit(base, next);
      }

      @Override
      public void delete(Arn resource) {
        instance().delete(resource);
      }
    };
  }

  @AfterEach
  void closePools() {
    poolA.close();
    poolB.close();
  }
}
