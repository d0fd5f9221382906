package dev.grants.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.testkit.Fixtures;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The schema's migrations: one explicit call, in a schema of the embedder's choosing, with a history of their own. */
class MigrationTest {
  @Test
  void migrating_creates_the_schema_once_and_again_changes_nothing() throws Exception {
    TestPostgres.execute("DROP SCHEMA IF EXISTS permissions_once CASCADE");
    PostgresStore store = PostgresStore.builder(TestPostgres.pool()).schema("permissions_once").build();

    assertThat(store.migrate()).isEqualTo(9); // V1, the tables; V2, the provisioning leases; V3, shared secrets;
    // V4, tags; V5, the index of layer listings; V6, a permission set's attached policies; V7, account assignments;
    // V8, signing profile revocations; V9, the index of signing profile listings
    assertThat(store.migrate()).isZero();

    assertThat(tables("permissions_once")).contains(PostgresStore.HISTORY_TABLE, "resource_policies",
        "layer_versions", "signing_profiles", "instances", "permission_sets", "provisioned_accounts",
        "provisioning_requests", "provisioning_request_accounts", "shared_secrets", "account_assignments",
        "account_assignment_operations");
    assertThat(tables("public")).doesNotContain(PostgresStore.HISTORY_TABLE, "resource_policies");
    assertThat(store.resourcePolicies().find(Fixtures.layerVersionArn(1).arn()))
        .isEqualTo(ResourcePolicy.none(Fixtures.layerVersionArn(1).arn()));
  }

  @Test
  void several_processes_migrating_at_once_all_succeed_and_each_migration_runs_once() {
    TestPostgres.execute("DROP SCHEMA IF EXISTS permissions_racing CASCADE");
    List<CompletableFuture<Integer>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(CompletableFuture.supplyAsync(() ->
          PostgresStore.builder(TestPostgres.pool()).schema("permissions_racing").build().migrate()));
    }

    assertThat(runs.stream().mapToInt(CompletableFuture::join).sum()).isEqualTo(9);
  }

  @Test
  void a_schema_that_is_no_plain_identifier_is_refused_before_anything_connects() {
    for (String bad : List.of("", "Grants", "1grants", "grants;drop", "g".repeat(64), "grants-x")) {
      assertThatThrownBy(() -> PostgresStore.builder(TestPostgres.pool()).schema(bad))
          .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowercase SQL identifier");
    }
  }

  private static List<String> tables(String schema) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection connection = TestPostgres.pool().getConnection();
         Statement statement = connection.createStatement();
         ResultSet row = statement.executeQuery(
             "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'")) {
      while (row.next()) {
        names.add(row.getString(1));
      }
    }
    return names;
  }
}
