package dev.grants.endpoint;

import dev.grants.adapters.http.GrantsEndpoint;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * The command line of the local endpoint, the main class of {@code grants-endpoint.jar}:
 * {@code java -jar grants-endpoint.jar [--port N] [--host H] [--account A] [--organization o-id=A1,A2 ...]
 * [--max-connections N]}. It serves a new wiring on the in-memory store (empty at start, gone at exit), prints its
 * URL once it accepts connections and stops cleanly on SIGTERM or Ctrl-C.
 *
 * <pre>{@code
 * $ java -jar endpoint/target/grants-endpoint.jar --port 9000
 * Grants endpoint listening on http://127.0.0.1:9000 (account 123456789012)
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
   *     {@code --max-connections N} (requests held at once, default 256)
   */
  public static void main(String[] args) {
    GrantsEndpoint endpoint;
    try {
      endpoint = configure(args).build();
    } catch (IllegalArgumentException bad) {
      System.err.println("grants-endpoint: " + bad.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    endpoint.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      endpoint.close();
      stopped.countDown();
    }, "grants-endpoint-shutdown"));
    PrintStream out = System.out;
    out.println("Grants endpoint listening on " + endpoint.uri() + " (account " + endpoint.account() + ")");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What the command line asks for: the endpoint's settings and the store its wiring runs on. */
  record Configuration(GrantsEndpoint.Builder endpoint, Store store) {
    /** The endpoint, not yet started, serving a new wiring on the store. */
    GrantsEndpoint build() {
      return endpoint.grants(store.open()).build();
    }
  }

  /**
   * The endpoint and store {@code args} ask for.
   *
   * @throws IllegalArgumentException for an unknown option, a missing or malformed value, or {@code --help}
   */
  static Configuration configure(String[] args) {
    GrantsEndpoint.Builder builder = GrantsEndpoint.builder().port(DEFAULT_PORT);
    Store store = Store.inMemory();
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
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return new Configuration(builder, store);
  }

  /** The port when none is given. */
  static final int DEFAULT_PORT = 9000;

  static String usage() {
    return "usage: java -jar grants-endpoint.jar [--port N (default " + DEFAULT_PORT + ", 0: any free port)]"
        + " [--host H (default 127.0.0.1)] [--account 12-digit-id (default " + GrantsEndpoint.DEFAULT_ACCOUNT + ")]"
        + " [--organization o-xxxxxxxxxx=111122223333,444455556666 (repeatable)]"
        + " [--max-connections N (requests held at once, default " + GrantsEndpoint.DEFAULT_MAX_CONNECTIONS + ")]\n"
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
