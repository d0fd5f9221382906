package dev.grants.endpoint;

import dev.grants.adapters.http.GrantsEndpoint;
import dev.grants.adapters.memory.InMemoryProvisioningGateway;
import dev.grants.adapters.postgres.PostgresStore;
import dev.grants.adapters.postgres.PostgresStoreException;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.service.Grants;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The command line of the local endpoint, the main class of {@code grants-endpoint.jar}:
 * {@code java -jar grants-endpoint.jar [--port N] [--host H] [--account A] [--organization o-id=A1,A2 ...]
 * [--max-connections N] [--jdbc-url URL [--schema S]] [--provisioning-delay D] [--provisioning-lease D]}. It serves a new wiring on the in-memory store (empty at
 * start, gone at exit), or, with {@code --jdbc-url} (or the environment variable {@value #JDBC_URL_VARIABLE}), on
 * PostgreSQL, whose schema it migrates first; prints its URL once it accepts connections and stops cleanly on
 * SIGTERM or Ctrl-C.
 *
 * <pre>{@code
 * $ java -jar endpoint/target/grants-endpoint.jar --port 9000
 * Grants endpoint listening on http://127.0.0.1:9000 (account 123456789012)
 * $ java -jar endpoint/target/grants-endpoint.jar --jdbc-url 'jdbc:postgresql://127.0.0.1:5432/grants?user=grants'
 * Grants endpoint listening on http://127.0.0.1:9000 (account 123456789012) on PostgreSQL jdbc:postgresql://...
 * }</pre>
 *
 * <p>Not instantiable; {@link #main} runs once per process, and the endpoint it starts is thread-safe.
 */
public final class EndpointMain {
  private EndpointMain() {}

  /**
   * Starts the endpoint and waits until the process is told to stop.
   *
   * @param args {@code --port N} (default 9000; 0 for any free port), {@code --host H}, {@code --account A} (the
   *     default caller), {@code --organization o-id=A1,A2} (repeatable: those accounts are in that organization),
   *     {@code --max-connections N} (requests held at once, default 256), {@code --jdbc-url URL} (PostgreSQL; default
   *     {@value #JDBC_URL_VARIABLE}, none: in memory), {@code --schema S} (default {@code grants}),
   *     {@code --provisioning-delay D} (how long the built-in gateway takes per account, default 200 ms),
   *     {@code --provisioning-lease D} (how long this instance holds its provisioning work, default 30 s)
   */
  public static void main(String[] args) {
    // One line per log record (the pool's and the migrations'), unless the user chose a format.
    if (System.getProperty(LOG_FORMAT) == null) {
      System.setProperty(LOG_FORMAT, "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
    }
    Configuration configuration;
    try {
      configuration = configure(args, System.getenv());
    } catch (IllegalArgumentException bad) {
      System.err.println("grants-endpoint: " + bad.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    Store store;
    Grants grants;
    GrantsEndpoint endpoint;
    try {
      store = configuration.store().get();
      grants = store.open(configuration.gateway(), configuration.provisioningLease());
      endpoint = configuration.endpoint().grants(grants).build();
    } catch (IllegalArgumentException | IllegalStateException | PostgresStoreException unusable) {
      System.err.println("grants-endpoint: " + unusable.getMessage());
      System.exit(1);
      return;
    }
    // Before it serves: what a stopped instance (or this one, before a crash) left is taken over now.
    ProvisioningRecoverySchedule recovery = ProvisioningRecoverySchedule.start(grants, configuration.provisioningLease());
    endpoint.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      endpoint.close();
      recovery.close();
      store.close();
      stopped.countDown();
    }, "grants-endpoint-shutdown"));
    PrintStream out = System.out;
    out.println("Grants endpoint listening on " + endpoint.uri() + " (account " + endpoint.account() + ")"
        + (configuration.inMemory() ? "" : " " + store.describe()));
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";

  /** The environment variable that gives the JDBC URL when {@code --jdbc-url} does not. */
  static final String JDBC_URL_VARIABLE = "GRANTS_JDBC_URL";

  /**
   * What the command line asks for: the endpoint's settings and the store its wiring runs on, opened (connected,
   * for PostgreSQL) only when asked.
   *
   * @param endpoint the endpoint's settings
   * @param jdbcUrl the PostgreSQL JDBC URL, or {@code null} for the in-memory store
   * @param schema the PostgreSQL schema
   * @param provisioningDelay how long the built-in gateway takes to provision each account
   * @param provisioningLease how long this instance holds the work it handed to its gateway
   */
  record Configuration(GrantsEndpoint.Builder endpoint, String jdbcUrl, String schema, Duration provisioningDelay,
      Duration provisioningLease) {
    /** The built-in gateway: every account succeeds {@link #provisioningDelay} after its work arrives. */
    ProvisioningGateway gateway() {
      return InMemoryProvisioningGateway.answering(provisioningDelay.isZero()
          ? InMemoryProvisioningGateway.Outcome.succeed()
          : InMemoryProvisioningGateway.Outcome.succeedAfter(provisioningDelay));
    }

    /** Whether the wiring runs in memory. */
    boolean inMemory() {
      return jdbcUrl == null;
    }

    /** Opens the store. */
    java.util.function.Supplier<Store> store() {
      return () -> inMemory() ? Store.inMemory() : Store.postgres(jdbcUrl, schema);
    }
  }

  /** {@link #configure(String[], Map)} without an environment. */
  static Configuration configure(String[] args) {
    return configure(args, Map.of());
  }

  /**
   * The endpoint and store {@code args} ask for; {@value #JDBC_URL_VARIABLE} in {@code environment} gives the JDBC
   * URL when {@code --jdbc-url} does not.
   *
   * @throws IllegalArgumentException for an unknown option, a missing or malformed value, or {@code --help}
   */
  static Configuration configure(String[] args, Map<String, String> environment) {
    GrantsEndpoint.Builder builder = GrantsEndpoint.builder().port(DEFAULT_PORT);
    String jdbcUrl = environment.get(JDBC_URL_VARIABLE);
    String schema = PostgresStore.DEFAULT_SCHEMA;
    Duration delay = DEFAULT_PROVISIONING_DELAY;
    Duration lease = Grants.Builder.DEFAULT_PROVISIONING_LEASE;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        throw new IllegalArgumentException("usage");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> builder.port(parsePort(value));
        case "--host" -> builder.host(value);
        case "--account" -> builder.account(value);
        case "--organization" -> organization(builder, value);
        case "--max-connections" -> builder.maxConnections(parseCount(option, value));
        case "--jdbc-url" -> jdbcUrl = value;
        case "--schema" -> schema = value;
        case "--provisioning-delay" -> delay = duration(option, value, false);
        case "--provisioning-lease" -> lease = duration(option, value, true);
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (jdbcUrl != null && jdbcUrl.isEmpty()) {
      jdbcUrl = null; // GRANTS_JDBC_URL= (set, but empty) means no database
    }
    if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--jdbc-url takes a PostgreSQL JDBC URL"
          + " (jdbc:postgresql://host:port/database?user=...&password=...), not " + Store.redacted(jdbcUrl));
    }
    PostgresStore.requireSchemaName(schema);
    return new Configuration(builder, jdbcUrl, schema, delay, lease);
  }

  /**
   * How long the built-in gateway takes per account when none is given: the embedded default's 200 ms, so that a
   * provisioning is first seen IN_PROGRESS, as before the option existed.
   */
  static final Duration DEFAULT_PROVISIONING_DELAY = Duration.ofMillis(200);

  private static final java.util.regex.Pattern SHORT_DURATION = java.util.regex.Pattern.compile("(\\d+)(ms|s|m)");

  /** {@code value} as a duration: {@code 0}, a whole number of ms, s or m ({@code 250ms}), or ISO-8601 ({@code PT2.5S}). */
  static Duration duration(String option, String value, boolean positive) {
    Duration parsed;
    java.util.regex.Matcher simple = SHORT_DURATION.matcher(value);
    try {
      if (value.equals("0")) {
        parsed = Duration.ZERO;
      } else if (simple.matches()) {
        long amount = Long.parseLong(simple.group(1));
        parsed = switch (simple.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          default -> Duration.ofMinutes(amount);
        };
      } else {
        parsed = Duration.parse(value);
      }
    } catch (RuntimeException notADuration) {
      throw new IllegalArgumentException(option + " takes a duration (0, 250ms, 3s, 1m or ISO-8601 such as PT2.5S), not "
          + value);
    }
    if (parsed.isNegative() || (positive && parsed.isZero())) {
      throw new IllegalArgumentException(option + " takes a " + (positive ? "positive" : "non-negative")
          + " duration, not " + value);
    }
    return parsed;
  }

  /** The port when none is given. */
  static final int DEFAULT_PORT = 9000;

  static String usage() {
    return "usage: java -jar grants-endpoint.jar [--port N (default " + DEFAULT_PORT + ", 0: any free port)]"
        + " [--host H (default 127.0.0.1)] [--account 12-digit-id (default " + GrantsEndpoint.DEFAULT_ACCOUNT + ")]"
        + " [--organization o-xxxxxxxxxx=111122223333,444455556666 (repeatable)]"
        + " [--max-connections N (requests held at once, default " + GrantsEndpoint.DEFAULT_MAX_CONNECTIONS + ")]"
        + " [--jdbc-url jdbc:postgresql://host:port/db?user=U&password=P (default: $" + JDBC_URL_VARIABLE
        + "; none: in memory)] [--schema S (default " + PostgresStore.DEFAULT_SCHEMA + ")]"
        + " [--provisioning-delay D (each account's provisioning, default 200ms)]"
        + " [--provisioning-lease D (how long an instance holds its provisioning work, default 30s)]\n"
        + "A request signed with a 12-digit access key id calls as that account; any other key calls as --account.";
  }

  /** {@code o-xxxxxxxxxx=111122223333,444455556666}: those accounts are in that organization. */
  private static void organization(GrantsEndpoint.Builder builder, String value) {
    int equals = value.indexOf('=');
    if (equals < 0) {
      throw new IllegalArgumentException("--organization takes o-<id>=<account>[,<account>...], not " + value);
    }
    builder.organization(value.substring(0, equals), value.substring(equals + 1).split(",", -1));
  }

  private static int parseCount(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number: " + value);
    }
  }

  private static int parsePort(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a port: " + value);
    }
  }
}
