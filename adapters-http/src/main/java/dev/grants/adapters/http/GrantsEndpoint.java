package dev.grants.adapters.http;

import com.sun.net.httpserver.HttpServer;
import dev.grants.ports.service.DefaultWiring;
import dev.grants.ports.service.Grants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;

/**
 * A local endpoint that real AWS SDK clients talk to unchanged: the Lambda layer paths and the Signer profile
 * paths (rest-json) and the sso-admin operations ({@code POST /} by {@code X-Amz-Target}, json 1.1) on the JDK's
 * HTTP server, in front of any {@link Grants} wiring. A launcher gives it the wiring ({@link Builder#grants}): the
 * endpoint module's command line and JUnit 5 extension wire it to a store, as an embedder's own launcher may; given
 * none, it serves the {@link DefaultWiring} found on the class path. The region of each call is taken from the SigV4
 * credential scope of its {@code Authorization} header (default {@code us-east-1}); signatures are not
 * verified. The caller is the account whose id is the access key id the call was signed with, when that is exactly
 * 12 digits; any other key (or no signature) calls as the configured default account (default
 * {@code 123456789012}). Accounts placed in an organization ({@link Builder#organization}) call with it as their
 * {@code aws:PrincipalOrgID}.
 *
 * <pre>{@code
 * Grants grants = InMemoryGrants.create();   // or any wiring: Grants.builder()...build()
 * try (GrantsEndpoint endpoint = GrantsEndpoint.builder().grants(grants).port(0).build().start()) {
 *   LambdaClient lambda = LambdaClient.builder()
 *       .endpointOverride(endpoint.uri())
 *       .region(Region.US_EAST_2)
 *       .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET")))
 *       .build();
 *   ...
 * }
 * }</pre>
 *
 * <p>Two accounts, one of them in an organization, each with its own credentials:
 *
 * <pre>{@code
 * GrantsEndpoint endpoint = GrantsEndpoint.builder().grants(grants)
 *     .organization("o-a1b2c3d4e5", "444455556666").build().start();
 * AwsBasicCredentials owner = AwsBasicCredentials.create("111122223333", "any");  // calls as 111122223333
 * AwsBasicCredentials member = AwsBasicCredentials.create("444455556666", "any"); // 444455556666, in o-a1b2c3d4e5
 * }</pre>
 *
 * <p>A request body over {@link Builder#maxBodyBytes} gets 413; an unknown path gets 404 in the Lambda error
 * format; anything that escapes the codec and the services is a 500 in the format of the family that owns the
 * path (ServiceException, InternalServiceErrorException, InternalServerException).
 *
 * <p>At most {@link Builder#maxConnections} requests are held at once, {@link Builder#threads} of them served
 * and the rest waiting for a worker; one more is answered at once, without its body being read, with the
 * throttling error of the family that owns its path (Lambda and Signer 429 TooManyRequestsException, sso-admin
 * 400 ThrottlingException; SDKs retry them), and when even those answers fall behind the connection is closed.
 * Thread-safe.
 */
public final class GrantsEndpoint implements AutoCloseable {
  /** The owner account when none is configured. */
  public static final String DEFAULT_ACCOUNT = "123456789012";
  /** The region when a request carries no credential scope. */
  public static final String DEFAULT_REGION = "us-east-1";
  /**
   * How long, in seconds, a client may take to send one request before the connection is cut, unless the system
   * property {@code sun.net.httpserver.maxReqTime} says otherwise before the first endpoint starts.
   */
  public static final int DEFAULT_MAX_REQUEST_SECONDS = 30;
  /** The largest request body read, by default: 64 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 64L * 1024 * 1024;
  /** How many requests are served at once, by default. */
  public static final int DEFAULT_THREADS = 16;
  /** How many requests are held at once (served, or waiting for a worker), by default. */
  public static final int DEFAULT_MAX_CONNECTIONS = 256;

  static {
    JdkServerDefaults.apply(DEFAULT_MAX_REQUEST_SECONDS);
  }

  private final EndpointOptions settings;
  private final Grants grants;
  private final Exchanges exchanges;
  private HttpServer server;
  private Admission workers;

  private GrantsEndpoint(EndpointOptions settings) {
    this.settings = settings;
    this.grants = settings.grants != null ? settings.grants : DefaultWiring.load().create();
    this.exchanges = new Exchanges(grants, settings);
  }

  /** A builder: loopback, an ephemeral port, the default wiring, account and limits. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts listening; returns once the endpoint accepts connections.
   *
   * @throws UncheckedIOException if the address cannot be bound
   * @throws IllegalStateException if it was started before
   */
  public synchronized GrantsEndpoint start() {
    if (server != null) {
      throw new IllegalStateException("already started");
    }
    try {
      server = HttpServer.create(new InetSocketAddress(settings.host, settings.port), settings.backlog);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + settings.host + ':' + settings.port, e);
    }
    workers = new Admission(settings.threads, settings.maxConnections);
    server.setExecutor(workers);
    server.createContext("/", exchanges);
    server.start();
    return this;
  }

  /** The base URI clients use, such as {@code http://127.0.0.1:49152}. */
  public URI uri() {
    InetSocketAddress address = requireServer().getAddress();
    String host = address.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? '[' + host + ']' : host) + ':' + address.getPort());
  }

  /** The port listened on. */
  public int port() {
    return requireServer().getAddress().getPort();
  }

  /** The wiring behind this endpoint. */
  public Grants grants() {
    return grants;
  }

  /** The default account: the caller of every request not signed with a 12-digit access key id. */
  public String account() {
    return settings.account.value();
  }

  /** Requests held now (being served, or waiting for a worker); 0 when not started. */
  int heldRequests() {
    Admission admission = workers;
    return admission == null ? 0 : admission.held();
  }

  /** Stops listening and ends the worker threads; calls in progress get up to one second to finish. */
  @Override
  public synchronized void close() {
    if (server == null) {
      return;
    }
    server.stop(0);
    workers.stop();
    server = null;
  }

  private HttpServer requireServer() {
    HttpServer running = server;
    if (running == null) {
      throw new IllegalStateException("not started");
    }
    return running;
  }

  /** Configures a {@link GrantsEndpoint}. Not thread-safe. */
  public static final class Builder {
    private final EndpointOptions options = new EndpointOptions();

    private Builder() {}

    /**
     * The wiring to serve, which the launcher gives (default: the {@link DefaultWiring} found on the class path, such
     * as adapters-memory's).
     */
    public Builder grants(Grants grants) {
      options.grants(grants);
      return this;
    }

    /** The address to listen on (default {@code 127.0.0.1}). */
    public Builder host(String host) {
      options.host(host);
      return this;
    }

    /** The port (default 0: any free port, see {@link GrantsEndpoint#port()}). */
    public Builder port(int port) {
      options.port(port);
      return this;
    }

    /**
     * The default account: the caller of requests not signed with a 12-digit access key id (default
     * {@value GrantsEndpoint#DEFAULT_ACCOUNT}).
     */
    public Builder account(String account) {
      options.account(account);
      return this;
    }

    /**
     * Places {@code accounts} in the organization {@code organizationId}: their calls carry it as
     * {@code aws:PrincipalOrgID}, which a grant to anyone narrowed to that organization admits. May be called once
     * per organization or several times; an account belongs to at most one organization.
     *
     * @throws IllegalArgumentException if the organization id is not {@code o-} and 10 to 32 lowercase letters or
     *     digits, an account is not 12 digits, none is given, or one is already in another organization
     */
    public Builder organization(String organizationId, String... accounts) {
      options.organization(organizationId, List.of(accounts));
      return this;
    }

    /** The region of requests without a credential scope (default {@value GrantsEndpoint#DEFAULT_REGION}). */
    public Builder defaultRegion(String region) {
      options.region(region);
      return this;
    }

    /** The largest request body accepted; larger ones get 413 (default 64 MiB). */
    public Builder maxBodyBytes(long maxBodyBytes) {
      options.maxBodyBytes(maxBodyBytes);
      return this;
    }

    /** How many requests are served at once (default {@value GrantsEndpoint#DEFAULT_THREADS}). */
    public Builder threads(int threads) {
      options.threads(threads);
      return this;
    }

    /**
     * How many requests are held at once: up to {@link #threads} served, the rest waiting for a worker (default
     * {@value GrantsEndpoint#DEFAULT_MAX_CONNECTIONS}). Each is one connection with a request in progress;
     * idle kept-alive connections are not counted. A request beyond the limit gets its family's throttling
     * error at once, or its connection is closed when even those answers fall behind.
     */
    public Builder maxConnections(int maxConnections) {
      options.maxConnections(maxConnections);
      return this;
    }

    /** The endpoint, not yet started. */
    public GrantsEndpoint build() {
      return new GrantsEndpoint(options);
    }
  }
}
