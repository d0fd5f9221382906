package dev.grants.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.grants.adapters.memory.InMemoryAccountAssignmentRepository;
import dev.grants.adapters.memory.InMemoryLayerVersionRepository;
import dev.grants.adapters.memory.InMemoryPermissionSetRepository;
import dev.grants.adapters.memory.InMemoryProvisioningGateway;
import dev.grants.adapters.memory.InMemoryProvisioningRequestRepository;
import dev.grants.adapters.memory.InMemoryResourcePolicyRepository;
import dev.grants.adapters.memory.InMemorySigningProfileRepository;
import dev.grants.adapters.memory.RandomRevisionIds;
import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.ports.out.LayerVersionRepository;
import dev.grants.ports.service.Grants;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.signer.SignerClient;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;

/**
 * The connection limit: requests beyond {@code maxConnections} are answered at once with the family's throttling
 * error (never queued without bound, never a 5xx), SDK clients read that error as their throttling exception,
 * a flood of raw connections leaves the endpoint serving, and every held request gives its place back.
 *
 * <p>Workers are held deterministically: the wiring's layer version store makes every lookup of layer
 * {@value #SLOW} wait at a gate that the test opens. How the command line and the JUnit extension offer the limit
 * is the endpoint module's {@code ConnectionLimitOptionsTest}.
 */
class ConnectionLimitTest {
  private static final String SLOW = "slow";
  private static final String SLOW_GET = "GET /2018-10-31/layers/" + SLOW + "/versions/1 HTTP/1.1\r\n"
      + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int THREADS = 2;
  private static final int LIMIT = 4;

  private final GatedLayerVersions layerVersions = new GatedLayerVersions();
  private final ExecutorService readers = Executors.newCachedThreadPool();
  private final List<Socket> sockets = new ArrayList<>();

  @AfterEach
  void closeEverything() throws IOException {
    layerVersions.gate.get().open.countDown();
    for (Socket socket : sockets) {
      socket.close();
    }
    readers.shutdownNow();
  }

  @Test
  void requests_over_the_limit_get_their_familys_throttling_error_at_once_and_the_held_ones_are_served()
      throws Exception {
    try (GrantsEndpoint endpoint = gatedEndpoint().start()) {
      List<CompletableFuture<Reply>> held = holdEveryPlace(endpoint);

      CompletableFuture<Reply> lambda = send(endpoint, "DELETE /2018-10-31/layers/other/versions/3 HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n");
      CompletableFuture<Reply> signer = send(endpoint, "GET /signing-profiles/Other/permissions HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n");
      CompletableFuture<Reply> sso = send(endpoint, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
          + "X-Amz-Target: SWBExternalService.ListInstances\r\nContent-Length: 2\r\n\r\n{}");
      // A body is never read for a refusal: the endpoint answers while most of it is still unsent.
      CompletableFuture<Reply> big = send(endpoint, "POST /2018-10-31/layers/other/versions HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\nContent-Length: 10000000\r\n\r\n{\"Content\":");

      // Answered while every place is still held: without the limit they would wait behind the gate.
      Reply lambdaReply = lambda.get(30, TimeUnit.SECONDS);
      assertThat(lambdaReply.status()).as("%s", lambdaReply).isEqualTo(429);
      assertThat(lambdaReply.header("x-amzn-ErrorType")).isEqualTo("TooManyRequestsException");
      assertThat(lambdaReply.header("Retry-After")).isEqualTo("1");
      assertThat(lambdaReply.json().get("Type").asText()).isEqualTo("User");
      assertThat(lambdaReply.json().get("message").asText())
          .isEqualTo("The endpoint is holding its limit of " + LIMIT + " requests; retry the request.");
      Reply signerReply = signer.get(30, TimeUnit.SECONDS);
      assertThat(signerReply.status()).as("%s", signerReply).isEqualTo(429);
      assertThat(signerReply.header("x-amzn-ErrorType")).isEqualTo("TooManyRequestsException");
      assertThat(signerReply.json().get("code").asText()).isEqualTo("TooManyRequestsException");
      assertThat(signerReply.json().fieldNames()).toIterable().containsExactly("message", "code");
      Reply ssoReply = sso.get(30, TimeUnit.SECONDS);
      assertThat(ssoReply.status()).as("%s", ssoReply).isEqualTo(400);
      assertThat(ssoReply.header("x-amzn-ErrorType")).isEqualTo("ThrottlingException");
      assertThat(ssoReply.json().get("__type").asText()).isEqualTo("ThrottlingException");
      assertThat(ssoReply.json().fieldNames()).toIterable().containsExactly("__type", "Message");
      Reply bigReply = big.get(30, TimeUnit.SECONDS);
      assertThat(bigReply.status()).as("%s", bigReply).isEqualTo(429);
      assertThat(bigReply.header("Connection")).isEqualToIgnoringCase("close");

      layerVersions.gate.get().open.countDown();
      for (CompletableFuture<Reply> reply : held) {
        // The gated lookups and the requests lined up behind them are served: the layer does not exist.
        Reply answer = reply.get(30, TimeUnit.SECONDS);
        assertThat(answer.status()).as("%s", answer).isEqualTo(404);
        assertThat(answer.header("x-amzn-ErrorType")).isEqualTo("ResourceNotFoundException");
      }
      assertThat(send(endpoint, SLOW_GET).get(30, TimeUnit.SECONDS).status()).isEqualTo(404);
    }
  }

  @Test
  void sdk_clients_read_the_refusal_as_their_services_throttling_exception() throws Exception {
    try (GrantsEndpoint endpoint = gatedEndpoint().start()) {
      List<CompletableFuture<Reply>> held = holdEveryPlace(endpoint);

      try (LambdaClient lambda = sdkClient(LambdaClient.builder()
              .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())), endpoint);
          SignerClient signer = sdkClient(SignerClient.builder()
              .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())), endpoint);
          SsoAdminClient sso = sdkClient(SsoAdminClient.builder()
              .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())), endpoint)) {
        assertThatThrownBy(() -> lambda.getLayerVersionPolicy(r -> r.layerName("other").versionNumber(1L)))
            .isInstanceOf(software.amazon.awssdk.services.lambda.model.TooManyRequestsException.class)
            .satisfies(e -> assertThat(((software.amazon.awssdk.services.lambda.model.LambdaException) e)
                .isThrottlingException()).isTrue());
        assertThatThrownBy(() -> signer.listProfilePermissions(r -> r.profileName("Other")))
            .isInstanceOf(software.amazon.awssdk.services.signer.model.TooManyRequestsException.class);
        assertThatThrownBy(() -> sso.listInstances(r -> { }))
            .isInstanceOf(software.amazon.awssdk.services.ssoadmin.model.ThrottlingException.class)
            .satisfies(e -> assertThat(((software.amazon.awssdk.services.ssoadmin.model.SsoAdminException) e)
                .isThrottlingException()).isTrue());
      }

      layerVersions.gate.get().open.countDown();
      for (CompletableFuture<Reply> reply : held) {
        assertThat(reply.get(30, TimeUnit.SECONDS).status()).isEqualTo(404);
      }
    }
  }

  @Test
  void a_flood_of_connections_never_gets_a_5xx_and_the_endpoint_keeps_serving_with_every_place_given_back()
      throws Exception {
    int flood = 300;
    layerVersions.gate.get().open.countDown();
    try (GrantsEndpoint endpoint = gatedEndpoint().start()) {
      List<String> requests = List.of(
          SLOW_GET,
          "GET /2018-10-31/layers/other/versions/1/policy HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
          withBody("PUT /signing-profiles/Flood", "", "{\"platformId\":\"AWSLambda-SHA384-ECDSA\"}"),
          withBody("POST /", "X-Amz-Target: SWBExternalService.ListInstances\r\n", "{}"),
          withBody("POST /2018-10-31/layers/flood/versions", "", "{\"Content\":{\"ZipFile\":\"UEsFBg==\"}}"));
      // Every connection is open before any request is sent, then every request is sent before any is read.
      List<Socket> open = new ArrayList<>();
      for (int i = 0; i < flood; i++) {
        open.add(connect(endpoint));
      }
      for (int i = 0; i < flood; i++) {
        try {
          open.get(i).getOutputStream().write(requests.get(i % requests.size()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException closedByTheEndpoint) {
          // A refused connection may be closed before its request is written whole.
        }
      }
      Map<String, Integer> outcomes = new LinkedHashMap<>();
      for (Socket socket : open) {
        Reply reply = read(socket);
        outcomes.merge(reply.status() == null ? "closed" : String.valueOf(reply.status()), 1, Integer::sum);
        if (reply.status() != null) {
          assertThat(reply.status()).as("%s", reply).isBetween(200, 499);
        }
      }
      assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(flood);
      awaitHeld(endpoint, 0);

      // Every place was given back: exactly LIMIT requests are held again, and one more is refused.
      List<CompletableFuture<Reply>> held = holdEveryPlace(endpoint);
      layerVersions.gate.get().open.countDown();
      for (CompletableFuture<Reply> reply : held) {
        assertThat(reply.get(30, TimeUnit.SECONDS).status()).isEqualTo(404);
      }
    }
  }

  // --- helpers --------------------------------------------------------------------------------------------

  /**
   * {@code builder} aimed at {@code endpoint}, signing for us-east-1 with the dummy keys the endpoint module's
   * {@code ClientSettings} hands out (its tests' {@code SdkClients} does the same for every other SDK test).
   */
  private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C sdkClient(
      B builder, GrantsEndpoint endpoint) {
    return builder
        .endpointOverride(endpoint.uri())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
            "AKIAGRANTSLOCAL00000", "grants-local-endpoint-does-not-check-signatures")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  /**
   * Fills every place: {@value #THREADS} requests waiting at the gate (they hold the workers), the rest of the
   * {@value #LIMIT} lined up behind them; then checks that one more is refused, which also shows that the ones
   * before it were all taken in. Returns the held requests' answers to come.
   */
  private List<CompletableFuture<Reply>> holdEveryPlace(GrantsEndpoint endpoint) throws Exception {
    Gate gate = new Gate();
    layerVersions.gate.set(gate);
    List<CompletableFuture<Reply>> held = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      held.add(send(endpoint, SLOW_GET));
    }
    assertThat(gate.entered.tryAcquire(THREADS, 30, TimeUnit.SECONDS)).as("every worker waits at the gate").isTrue();
    // Lined up one at a time, so that the one over the limit is the probe and no other.
    for (int i = THREADS; i < LIMIT; i++) {
      held.add(send(endpoint, SLOW_GET));
      awaitHeld(endpoint, i + 1);
    }
    Reply probe = send(endpoint, SLOW_GET).get(30, TimeUnit.SECONDS);
    assertThat(probe.status()).as("one more than the limit: %s", probe).isEqualTo(429);
    return held;
  }

  /** Waits until the endpoint holds {@code count} requests (the server takes each in on its own thread). */
  private static void awaitHeld(GrantsEndpoint endpoint, int count) throws InterruptedException {
    for (int i = 0; i < 30_000 && endpoint.heldRequests() != count; i++) {
      Thread.sleep(1);
    }
    assertThat(endpoint.heldRequests()).as("requests held").isEqualTo(count);
  }

  private static String withBody(String requestLine, String headers, String body) {
    return requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers + "Content-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
  }

  private GrantsEndpoint gatedEndpoint() {
    InMemoryPermissionSetRepository directory = new InMemoryPermissionSetRepository();
    Grants grants = Grants.builder().resourcePolicies(new InMemoryResourcePolicyRepository())
        .layerVersions(layerVersions).signingProfiles(new InMemorySigningProfileRepository())
        .permissionSets(directory)
        .provisioningRequests(new InMemoryProvisioningRequestRepository())
        .accountAssignments(new InMemoryAccountAssignmentRepository(directory))
        .provisioningGateway(InMemoryProvisioningGateway.embeddedDefault())
        .ids(new RandomRevisionIds()).clock(Clock.systemUTC()).build();
    return GrantsEndpoint.builder().grants(grants).threads(THREADS).maxConnections(LIMIT).build();
  }

  private CompletableFuture<Reply> send(GrantsEndpoint endpoint, String request) throws IOException {
    Socket socket = connect(endpoint);
    socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
    return CompletableFuture.supplyAsync(() -> read(socket), readers);
  }

  private Socket connect(GrantsEndpoint endpoint) throws IOException {
    Socket socket = new Socket();
    sockets.add(socket);
    socket.setSoTimeout(60_000); // a bound on a hang, not a measurement
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), endpoint.port()));
    return socket;
  }

  /** The answer on {@code socket}, read to the end of the connection; no status when it was closed unanswered. */
  private static Reply read(Socket socket) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try {
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      int read;
      while ((read = in.read(buffer)) != -1) {
        all.write(buffer, 0, read);
        if (complete(all.toByteArray())) {
          break;
        }
      }
    } catch (SocketException reset) {
      // Closed by the endpoint: what arrived before is the answer, if any.
    } catch (IOException e) {
      throw new AssertionError("no answer on " + socket, e);
    }
    return Reply.parse(all.toByteArray());
  }

  /** Whether {@code bytes} hold a whole answer (headers and Content-Length bytes of body). */
  private static boolean complete(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)")
        .matcher(text.substring(0, end));
    return !length.find() || bytes.length >= end + 4 + Integer.parseInt(length.group(1));
  }

  record Reply(Integer status, Map<String, String> headers, String body) {
    static Reply parse(byte[] bytes) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      if (end < 0) {
        return new Reply(null, Map.of(), text);
      }
      String[] lines = text.substring(0, end).split("\r\n");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
      }
      return new Reply(Integer.parseInt(lines[0].substring(9, 12)), headers, text.substring(end + 4));
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  /** Where lookups of the slow layer wait. */
  static final class Gate {
    final CountDownLatch open = new CountDownLatch(1);
    final Semaphore entered = new Semaphore(0);
  }

  /** The in-memory store, but a lookup of layer {@value #SLOW} waits until the current gate opens. */
  static final class GatedLayerVersions implements LayerVersionRepository {
    final AtomicReference<Gate> gate = new AtomicReference<>(new Gate());
    private final InMemoryLayerVersionRepository delegate = new InMemoryLayerVersionRepository();

    @Override
    public LayerVersion publishNext(LayerArn layer, LongFunction<LayerVersion> build) {
      return delegate.publishNext(layer, build);
    }

    @Override
    public Option<LayerVersion> find(LayerVersionArn arn) {
      if (arn.layer().name().equals(SLOW)) {
        Gate current = gate.get();
        current.entered.release();
        try {
          current.open.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return delegate.find(arn);
    }

    @Override
    public java.util.List<LayerVersion> versions(
        LayerArn layer, dev.grants.domain.layer.LayerVersionFilter filter, long below, int limit) {
      return delegate.versions(layer, filter, below, limit);
    }

    @Override
    public java.util.List<LayerVersion> latestVersions(dev.grants.domain.principal.Partition partition, String region,
        dev.grants.domain.principal.AccountId account, dev.grants.domain.layer.LayerVersionFilter filter, String after,
        int limit) {
      return delegate.latestVersions(partition, region, account, filter, after, limit);
    }

    @Override
    public boolean delete(LayerVersionArn arn) {
      return delegate.delete(arn);
    }
  }
}
