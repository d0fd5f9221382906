package dev.grants.adapters.postgres;

import dev.grants.domain.revision.RevisionId;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.service.Grants;
import dev.grants.ports.service.WiringSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * {@link Grants} on PostgreSQL in one call: every store in the schema {@value PostgresStore#DEFAULT_SCHEMA} (or
 * another) of the embedder's {@link DataSource}, random revision ids, the system clock in UTC. Migrate the schema
 * first, once, with {@link #migrate(DataSource)} (or {@link PostgresStore#migrate()}).
 *
 * <pre>{@code
 * PostgresGrants.migrate(dataSource);
 * Grants grants = PostgresGrants.create(dataSource);
 * // or, with a schema of its own and the service's provisioning gateway:
 * Grants grants = PostgresGrants.builder(dataSource).schema("permissions").provisioningGateway(gateway).build();
 * }</pre>
 *
 * <p>A wiring keeps no state of its own apart from what it remembers to read less: several wirings (in one
 * process or many) on one database serve the same grants, and a new wiring reads what an earlier one wrote.
 */
public final class PostgresGrants {
  /** The shared secret the wirings sign page tokens with. */
  static final String PAGE_TOKENS = "page-tokens";

  private PostgresGrants() {}

  /**
   * Migrates the schema {@value PostgresStore#DEFAULT_SCHEMA} of {@code dataSource}'s database.
   *
   * @return how many migrations it applied
   * @throws PostgresStoreException if the database refused them
   */
  public static int migrate(DataSource dataSource) {
    return PostgresStore.create(dataSource).migrate();
  }

  /** The PostgreSQL wiring on the schema {@value PostgresStore#DEFAULT_SCHEMA} of {@code dataSource}'s database. */
  public static Grants create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /** A builder for the PostgreSQL wiring on {@code dataSource}. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(PostgresStore.builder(dataSource), null);
  }

  /** A builder for the PostgreSQL wiring on {@code store}, whose schema and settings it keeps. */
  public static Builder builder(PostgresStore store) {
    return new Builder(null, Objects.requireNonNull(store, "store"));
  }

  /**
   * Builds a PostgreSQL {@link Grants}; every setting is optional (see {@link WiringSettings}). By default the clock
   * is the system clock in UTC, the provisioning gateway {@link ProvisioningGateway#succeedingAtOnce()}, which has
   * nothing to do (a service gives the gateway that provisions its accounts), and revision ids are 122 random bits
   * from {@link ThreadLocalRandom} per id (ids must be distinct across every wiring on the database, not only within
   * one). Not thread-safe.
   */
  public static final class Builder extends WiringSettings<Builder> {
    private final PostgresStore.Builder storeBuilder;
    private final PostgresStore store;

    private Builder(PostgresStore.Builder storeBuilder, PostgresStore store) {
      super(Clock.systemUTC(), Builder::randomRevision);
      this.storeBuilder = storeBuilder;
      this.store = store;
    }

    private PostgresStore.Builder storeBuilder() {
      if (storeBuilder == null) {
        throw new IllegalStateException("the store was given, with its own settings");
      }
      return storeBuilder;
    }

    private static RevisionId randomRevision() {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      return RevisionId.fromBits(random.nextLong(), random.nextLong());
    }

    /**
     * The schema of Grants' tables (default {@value PostgresStore#DEFAULT_SCHEMA}); see {@link PostgresStore.Builder#schema}.
     *
     * @throws IllegalStateException on a builder of a given store (here and for the other store settings)
     */
    public Builder schema(String schema) {
      storeBuilder().schema(schema);
      return this;
    }

    /** How long one statement may run; see {@link PostgresStore.Builder#statementTimeout}. */
    public Builder statementTimeout(Duration timeout) {
      storeBuilder().statementTimeout(timeout);
      return this;
    }

    /** How many times a statement failing with 40001 or 40P01 is tried; see {@link PostgresStore.Builder#maxAttempts}. */
    public Builder maxAttempts(int attempts) {
      storeBuilder().maxAttempts(attempts);
      return this;
    }

    /**
     * The wiring, signing page tokens with the secret its schema keeps, so that every wiring on the schema takes
     * the tokens of every other (this reads it, the one statement building makes); run
     * {@link Grants#recoverProvisioning()} at start and on a schedule.
     *
     * @throws PostgresStoreException if the database cannot be read
     */
    public Grants build() {
      PostgresStore stores = store != null ? store : storeBuilder.build();
      return wiring(ProvisioningGateway::succeedingAtOnce)
          .resourcePolicies(stores.resourcePolicies())
          .layerVersions(stores.layerVersions())
          .signingProfiles(stores.signingProfiles())
          .permissionSets(stores.permissionSets())
          .provisioningRequests(stores.provisioningRequests())
          .accountAssignments(stores.accountAssignments())
          .pageTokenSecret(stores.sharedSecret(PAGE_TOKENS))
          .build();
    }
  }
}
