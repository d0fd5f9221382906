package dev.grants.endpoint;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.grants.adapters.memory.InMemoryGrants;
import dev.grants.adapters.memory.InMemoryProvisioningGateway;
import dev.grants.adapters.postgres.PostgresGrants;
import dev.grants.adapters.postgres.PostgresStore;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.service.Grants;
import java.time.Duration;

/**
 * The store the endpoint's wiring runs on, and the one place the endpoint module picks it: {@link EndpointMain}
 * opens the store its command line asks for ({@link #inMemory()} by default, {@link #postgres} with
 * {@code --jdbc-url}) and {@link GrantsEndpointExtension#create()} the in-memory one.
 *
 * <pre>{@code
 * Store store = Store.postgres("jdbc:postgresql://127.0.0.1:5432/grants?user=grants", "grants");
 * GrantsEndpoint endpoint = GrantsEndpoint.builder().grants(store.open()).build();
 * ...
 * store.close();
 * }</pre>
 *
 * <p>Implementations are thread-safe; each {@link #open()} is a wiring of its own.
 */
interface Store extends AutoCloseable {

  /** A new wiring on this store, around the embedded default's gateway (each account succeeds 200 ms later). */
  default Grants open() {
    return open(InMemoryProvisioningGateway.embeddedDefault(), Grants.Builder.DEFAULT_PROVISIONING_LEASE);
  }

  /** A new wiring on this store, doing provisioning work through {@code gateway} under leases of {@code lease}. */
  Grants open(ProvisioningGateway gateway, Duration lease);

  /** What the endpoint prints of it when it starts. */
  String describe();

  /** Releases what the store holds (its connections); the wirings it opened must not be used after. */
  @Override
  default void close() {}

  /**
   * The in-memory store, adapters-memory's embedded default ({@link InMemoryGrants}): each wiring starts empty
   * and is gone when the process ends.
   */
  static Store inMemory() {
    return new Store() {
      @Override
      public Grants open(ProvisioningGateway gateway, Duration lease) {
        return InMemoryGrants.builder().provisioningGateway(gateway).provisioningLease(lease).build();
      }

      @Override
      public String describe() {
        return "in memory";
      }
    };
  }

  /**
   * PostgreSQL at {@code jdbcUrl} (user and password as the driver takes them, in the URL), schema {@code schema}:
   * a HikariCP pool of its own, the schema migrated at once (created if missing). Several endpoints on one
   * database serve the same grants; each recovers the provisioning work another one left ({@link Grants#recoverProvisioning()}).
   *
   * @throws IllegalArgumentException if the URL is not a PostgreSQL JDBC URL or the schema not an identifier
   * @throws IllegalStateException if the database cannot be reached
   * @throws dev.grants.adapters.postgres.PostgresStoreException if the schema cannot be migrated
   */
  static Store postgres(String jdbcUrl, String schema) {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + (jdbcUrl == null ? null : redacted(jdbcUrl)));
    }
    PostgresStore.requireSchemaName(schema); // before a connection is made
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setDriverClassName(org.postgresql.Driver.class.getName());
    config.setMaximumPoolSize(32);
    config.setPoolName("grants-endpoint");
    // Fail at start, with the driver's reason, when the database cannot be reached.
    config.setInitializationFailTimeout(3_000);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException unreachable) {
      throw new IllegalStateException("cannot connect to " + redacted(jdbcUrl) + ": " + rootMessage(unreachable),
          unreachable);
    }
    try {
      PostgresStore.builder(pool).schema(schema).build().migrate();
    } catch (RuntimeException failed) {
      pool.close();
      throw failed;
    }
    String described = "on PostgreSQL " + redacted(jdbcUrl) + ", schema " + schema;
    return new Store() {
      @Override
      public Grants open(ProvisioningGateway gateway, Duration lease) {
        return PostgresGrants.builder(pool).schema(schema).provisioningGateway(gateway).provisioningLease(lease)
            .build();
      }

      @Override
      public String describe() {
        return described;
      }

      @Override
      public void close() {
        pool.close();
      }
    };
  }

  /** {@code jdbcUrl} without its password, for messages. */
  static String redacted(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
