package dev.grants.adapters.postgres;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Grants' tables in one schema of a PostgreSQL database (15 or later), reached through the embedder's
 * {@link DataSource} (the embedder owns the pool): the five repositories on it, and the migrations that make the
 * schema. Migrating is one explicit call, {@link #migrate()}, run where the embedder runs its own migrations;
 * Grants' have their own history table ({@value #HISTORY_TABLE}) in their own schema (default
 * {@value #DEFAULT_SCHEMA}), so they live beside the embedder's.
 *
 * <pre>{@code
 * PostgresStore store = PostgresStore.builder(dataSource).schema("grants").build();
 * store.migrate();                                   // creates or upgrades the schema; safe to run again
 * ResourcePolicyRepository policies = store.resourcePolicies();
 * }</pre>
 *
 * <p>Failures: every repository method throws {@link PostgresStoreException} when the database fails (the
 * services turn it into an internal error); serialization failures and deadlocks are retried first, up to
 * {@link Builder#maxAttempts} times in all. Nothing is half written: a write is one statement or one transaction.
 *
 * <p>Immutable and thread-safe; several stores (in one process or many) may share one schema.
 */
public final class PostgresStore {
  /** The schema used when none is given. */
  public static final String DEFAULT_SCHEMA = "grants";
  /** The table in the schema that records which migrations ran. */
  public static final String HISTORY_TABLE = "grants_schema_history";
  /** How many times a statement or transaction is tried when it keeps failing with 40001 or 40P01, by default. */
  public static final int DEFAULT_MAX_ATTEMPTS = 8;

  private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private final Database database;
  private final PostgresResourcePolicyRepository resourcePolicies;
  private final PostgresLayerVersionRepository layerVersions;
  private final PostgresSigningProfileRepository signingProfiles;
  private final PostgresPermissionSetRepository permissionSets;
  private final PostgresAccountAssignmentRepository accountAssignments;
  private final PostgresProvisioningRequestRepository provisioningRequests;

  private PostgresStore(Builder builder) {
    int timeout = builder.statementTimeout.isZero()
        ? 0
        : (int) Math.min(Integer.MAX_VALUE, ceilSeconds(builder.statementTimeout));
    this.database = new Database(builder.dataSource, builder.schema, timeout, builder.maxAttempts);
    this.resourcePolicies = new PostgresResourcePolicyRepository(database);
    this.layerVersions = new PostgresLayerVersionRepository(database, resourcePolicies);
    this.signingProfiles = new PostgresSigningProfileRepository(database);
    this.permissionSets = new PostgresPermissionSetRepository(database);
    this.provisioningRequests = new PostgresProvisioningRequestRepository(database);
    this.accountAssignments = new PostgresAccountAssignmentRepository(database);
  }

  private static long ceilSeconds(Duration duration) {
    return duration.getNano() == 0 ? duration.getSeconds() : duration.getSeconds() + 1;
  }

  /** A store in the schema {@value #DEFAULT_SCHEMA} of {@code dataSource}'s database. */
  public static PostgresStore create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /** A builder for a store on {@code dataSource}. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * Creates the schema if it is missing and applies every migration it has not had, in one Flyway run recorded
   * in {@value #HISTORY_TABLE}; safe to run again, and from several processes at once (Flyway takes a lock).
   *
   * @return how many migrations it applied (0 when the schema was current)
   * @throws PostgresStoreException if the database refused them
   */
  public int migrate() {
    try {
      MigrateResult result = Flyway.configure(PostgresStore.class.getClassLoader())
          .dataSource(database.dataSource())
          .schemas(database.schema())
          .table(HISTORY_TABLE)
          .locations("classpath:dev/grants/adapters/postgres/migration")
          .failOnMissingLocations(true)
          .load()
          .migrate();
      return result.migrationsExecuted;
    } catch (RuntimeException failed) {
      throw new PostgresStoreException("migrating the schema " + database.schema() + " failed: " + failed.getMessage(),
          failed);
    }
  }

  /**
   * {@code schema}, if it is a name a store takes: a lowercase SQL identifier ({@code [a-z_][a-z0-9_]*}, at most 63
   * characters), so that it needs no quoting.
   *
   * @throws IllegalArgumentException if it is not one
   */
  public static String requireSchemaName(String schema) {
    if (schema == null || !SCHEMA.matcher(schema).matches()) {
      throw new IllegalArgumentException("a schema is a lowercase SQL identifier ([a-z_][a-z0-9_]*, at most"
          + " 63 characters): " + schema);
    }
    return schema;
  }

  /**
   * The secret named {@code name} every store on this schema shares: 32 random bytes, made by whichever store asks
   * first ({@code INSERT ... ON CONFLICT DO NOTHING}) and read by every other.
   *
   * @throws PostgresStoreException if the database fails
   */
  public byte[] sharedSecret(String name) {
    String table = database.table("shared_secrets");
    byte[] made = new byte[32];
    new java.security.SecureRandom().nextBytes(made);
    String candidate = java.util.Base64.getEncoder().encodeToString(made);
    return database.autoCommit("reading the shared secret " + name, connection -> {
      try (java.sql.PreparedStatement insert = database.prepare(connection,
          "INSERT INTO " + table + " (secret_name, secret_value) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
        insert.setString(1, name);
        insert.setString(2, candidate);
        insert.executeUpdate();
      }
      try (java.sql.PreparedStatement select = database.prepare(connection,
          "SELECT secret_value FROM " + table + " WHERE secret_name = ?")) {
        select.setString(1, name);
        try (java.sql.ResultSet row = select.executeQuery()) {
          row.next();
          return java.util.Base64.getDecoder().decode(row.getString(1));
        }
      }
    });
  }

  /** The schema the tables are in. */
  public String schema() {
    return database.schema();
  }

  /** Resource policies, compare-and-set on their revision. */
  public PostgresResourcePolicyRepository resourcePolicies() {
    return resourcePolicies;
  }

  /** Layer versions; {@code findPolicy} with {@link #resourcePolicies()} reads a version and its policy at once. */
  public PostgresLayerVersionRepository layerVersions() {
    return layerVersions;
  }

  /** Signing profiles. */
  public PostgresSigningProfileRepository signingProfiles() {
    return signingProfiles;
  }

  /** Identity Center instances, permission sets and their provisioning to accounts. */
  public PostgresPermissionSetRepository permissionSets() {
    return permissionSets;
  }

  /** Provisioning requests. */
  public PostgresProvisioningRequestRepository provisioningRequests() {
    return provisioningRequests;
  }

  /** Account assignments and their operation statuses. */
  public PostgresAccountAssignmentRepository accountAssignments() {
    return accountAssignments;
  }

  /** Builds a {@link PostgresStore}; every setting but the data source is optional. Not thread-safe. */
  public static final class Builder {
    private final DataSource dataSource;
    private String schema = DEFAULT_SCHEMA;
    private Duration statementTimeout = Duration.ZERO;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The schema of Grants' tables (default {@value #DEFAULT_SCHEMA}): a lowercase SQL identifier.
     *
     * @throws IllegalArgumentException if it is not one
     */
    public Builder schema(String schema) {
      this.schema = requireSchemaName(schema);
      return this;
    }

    /**
     * How long one statement may run before the driver cancels it, a failure of the operation (default: no limit
     * beyond the database's own {@code statement_timeout}); rounded up to whole seconds, as JDBC counts them.
     *
     * @throws IllegalArgumentException if it is negative
     */
    public Builder statementTimeout(Duration timeout) {
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("a timeout is not negative: " + timeout);
      }
      this.statementTimeout = timeout;
      return this;
    }

    /**
     * How many times in all a statement or transaction is tried while it fails with a serialization failure
     * (40001) or a deadlock (40P01), which the database rolled back whole (default {@value #DEFAULT_MAX_ATTEMPTS}).
     *
     * @throws IllegalArgumentException if it is below 1
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("at least one attempt: " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /** The store. Connects to nothing yet. */
    public PostgresStore build() {
      return new PostgresStore(this);
    }
  }
}
