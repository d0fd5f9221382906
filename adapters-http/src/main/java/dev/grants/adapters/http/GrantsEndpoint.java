package dev.grants.adapters.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.grants.adapters.json.WireResponse;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.OrganizationId;
import dev.grants.domain.principal.Region;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.service.DefaultWiring;
import dev.grants.ports.service.Grants;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
    // The JDK server writes headers and body as separate segments; with Nagle's algorithm on, each answer then
    // waits for the client's delayed ACK (about 40 ms on Linux). The server reads this once, when it loads.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    // A client that stops sending mid-request would otherwise hold a worker for ever: the server cuts off a
    // request not read whole within this many seconds (also read once).
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(DEFAULT_MAX_REQUEST_SECONDS));
    }
  }

  private final Builder settings;
  private final Grants grants;
  private final LambdaRoutes lambda;
  private final SignerRoutes signer;
  private final SsoAdminRoutes sso;
  private final Callers callers;
  private HttpServer server;
  private Admission workers;

  private GrantsEndpoint(Builder settings) {
    this.settings = settings;
    this.grants = settings.grants != null ? settings.grants : DefaultWiring.load().create();
    this.lambda = new LambdaRoutes(grants);
    this.signer = new SignerRoutes(grants);
    this.sso = new SsoAdminRoutes(grants);
    this.callers = new Callers(settings.account, settings.organizations);
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
    server.createContext("/", this::exchange);
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

  private void exchange(HttpExchange exchange) {
    try (exchange) {
      WireResponse response;
      try {
        response = Admission.refusing() ? overLimit(rawPathOf(exchange)) : answer(exchange);
      } catch (RuntimeException | Error fault) {
        response = internalError(rawPathOf(exchange));
      }
      send(exchange, response);
    } catch (IOException clientWentAway) {
      // The caller closed the connection; there is nobody left to answer.
    }
  }

  private WireResponse answer(HttpExchange exchange) throws IOException {
    Headers headers = exchange.getRequestHeaders();
    URI uri = exchange.getRequestURI();
    String rawPath = rawPathOf(exchange);
    Map<String, List<String>> query = PercentDecoding.query(uri.getRawQuery());
    long declared = declaredLength(headers);
    byte[] body;
    try {
      body = declared > settings.maxBodyBytes
          ? null
          : readAtMost(exchange.getRequestBody(), declared, settings.maxBodyBytes);
    } catch (IndexOutOfBoundsException chunkSizeOverflow) {
      // The JDK server's chunked stream throws this for a chunk size past 2^31 - 1 (for the other broken
      // framings it sees it throws IOException, and the connection is closed unanswered).
      return unreadableBody(rawPath);
    }
    if (body == null) {
      return requestTooLarge(rawPath);
    }
    List<String> credentials = query.get("X-Amz-Credential");
    String authorization = headers.getFirst("Authorization");
    String credential = credentials == null ? null : credentials.get(0);
    CallContext context = callers.context(SigV4Scope.accessKeyId(authorization, credential),
        SigV4Scope.region(authorization, credential, settings.region));
    EndpointRequest request = new EndpointRequest(exchange.getRequestMethod(), rawPath, query,
        headers.getFirst("X-Amz-Target"), body, context);
    if (lambda.owns(rawPath)) {
      return lambda.handle(request);
    }
    if (signer.owns(rawPath)) {
      return signer.handle(request);
    }
    if (sso.owns(rawPath)) {
      return sso.handle(request);
    }
    return lambda.unknown(request);
  }

  /** 500 in the format of the family that owns {@code rawPath} (Lambda's for a path no family owns). */
  private WireResponse internalError(String rawPath) {
    String message = "An internal error occurred.";
    if (signer.owns(rawPath)) {
      return signer.codec().internalError(message);
    }
    return sso.owns(rawPath) ? sso.codec().internalError(message) : lambda.codec().serviceException(message);
  }

  /** The throttling error of the family that owns {@code rawPath}, for a request over the connection limit. */
  private WireResponse overLimit(String rawPath) {
    String message = "The endpoint is holding its limit of " + settings.maxConnections
        + " requests; retry the request.";
    WireResponse throttled = signer.owns(rawPath) ? signer.codec().tooManyRequests(message)
        : sso.owns(rawPath) ? sso.codec().throttling(message) : lambda.codec().tooManyRequests(message);
    // The body was not read: the connection cannot carry another request.
    return closing(throttled);
  }

  /**
   * 400 in the format of the family that owns {@code rawPath}, for a body whose framing is broken: the body cannot
   * be parsed, and the connection cannot carry another request.
   */
  private WireResponse unreadableBody(String rawPath) {
    String detail = "the request body could not be read: its framing is broken";
    WireResponse refused = signer.owns(rawPath) ? signer.codec().invalidRequestContent(detail)
        : sso.owns(rawPath) ? sso.codec().serializationException(detail) : lambda.codec().invalidRequestContent(detail);
    return closing(refused);
  }

  private static WireResponse closing(WireResponse response) {
    Map<String, String> headers = new java.util.LinkedHashMap<>(response.headers());
    headers.put("Connection", "close");
    return new WireResponse(response.status(), headers, response.body());
  }

  /** 413 in the format of the family that owns {@code rawPath} (Lambda's for a path no family owns). */
  private WireResponse requestTooLarge(String rawPath) {
    if (signer.owns(rawPath)) {
      return signer.codec().requestTooLarge(settings.maxBodyBytes);
    }
    return sso.owns(rawPath)
        ? sso.codec().requestTooLarge(settings.maxBodyBytes)
        : lambda.codec().requestTooLarge(settings.maxBodyBytes);
  }

  private static String rawPathOf(HttpExchange exchange) {
    String rawPath = exchange.getRequestURI().getRawPath();
    return rawPath == null ? "" : rawPath;
  }

  private static long declaredLength(Headers headers) {
    String value = headers.getFirst("Content-Length");
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * The whole body, or null when it is longer than {@code limit}. A body of a declared length (at most the
   * limit, checked before) is first read as that many bytes into one array, the common case.
   */
  private static byte[] readAtMost(InputStream in, long declared, long limit) throws IOException {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(0);
    long total = 0;
    if (declared >= 0 && declared <= Integer.MAX_VALUE - 8) {
      byte[] expected = in.readNBytes((int) declared);
      int next = in.read();
      if (next == -1) {
        return expected;
      }
      // More than declared: the JDK server refuses a chunked body that declares a length, so this is only
      // defence in depth; go on in steps from what was read, against the same limit.
      body.write(expected);
      body.write(next);
      total = expected.length + 1L;
      if (total > limit) {
        return null;
      }
    }
    byte[] buffer = new byte[8192];
    int read;
    while ((read = in.read(buffer)) != -1) {
      total += read;
      if (total > limit) {
        return null;
      }
      body.write(buffer, 0, read);
    }
    return body.toByteArray();
  }

  private static void send(HttpExchange exchange, WireResponse response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    response.headers().forEach(headers::set);
    headers.set("x-amzn-RequestId", requestId());
    // An answer to HEAD has no body: the JDK server refuses to write one (and logs a warning for a length).
    if (response.body().length == 0 || exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), response.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(response.body());
    }
  }

  /**
   * A new request id in UUID v4 form, from {@link ThreadLocalRandom}: a request id needs to be distinct, not
   * secret, and {@code UUID.randomUUID()} draws every id from one shared {@code SecureRandom}.
   */
  static String requestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(most, least).toString();
  }

  /** Configures a {@link GrantsEndpoint}. Not thread-safe. */
  public static final class Builder {
    private Grants grants;
    private String host = "127.0.0.1";
    private int port;
    private AccountId account = AccountId.of(DEFAULT_ACCOUNT);
    private Map<AccountId, OrganizationId> organizations = Map.of();
    private Region region = Region.of(DEFAULT_REGION);
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int threads = DEFAULT_THREADS;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private int backlog = 128;

    private Builder() {}

    /**
     * The wiring to serve, which the launcher gives (default: the {@link DefaultWiring} found on the class path, such
     * as adapters-memory's).
     */
    public Builder grants(Grants grants) {
      this.grants = Objects.requireNonNull(grants, "grants");
      return this;
    }

    /** The address to listen on (default {@code 127.0.0.1}). */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port (default 0: any free port, see {@link GrantsEndpoint#port()}). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("not a port: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The default account: the caller of requests not signed with a 12-digit access key id (default
     * {@value GrantsEndpoint#DEFAULT_ACCOUNT}).
     */
    public Builder account(String account) {
      this.account = AccountId.of(account);
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
      this.organizations = Callers.place(organizations, organizationId, List.of(accounts));
      return this;
    }

    /** The region of requests without a credential scope (default {@value GrantsEndpoint#DEFAULT_REGION}). */
    public Builder defaultRegion(String region) {
      this.region = Region.of(region);
      return this;
    }

    /** The largest request body accepted; larger ones get 413 (default 64 MiB). */
    public Builder maxBodyBytes(long maxBodyBytes) {
      if (maxBodyBytes < 0) {
        throw new IllegalArgumentException("not a size: " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** How many requests are served at once (default {@value GrantsEndpoint#DEFAULT_THREADS}). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("at least one thread: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * How many requests are held at once: up to {@link #threads} served, the rest waiting for a worker (default
     * {@value GrantsEndpoint#DEFAULT_MAX_CONNECTIONS}). Each is one connection with a request in progress;
     * idle kept-alive connections are not counted. A request beyond the limit gets its family's throttling
     * error at once, or its connection is closed when even those answers fall behind.
     */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new IllegalArgumentException("at least one connection: " + maxConnections);
      }
      this.maxConnections = maxConnections;
      return this;
    }

    /** The endpoint, not yet started. */
    public GrantsEndpoint build() {
      return new GrantsEndpoint(this);
    }
  }
}
