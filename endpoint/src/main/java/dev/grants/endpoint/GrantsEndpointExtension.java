package dev.grants.endpoint;

import dev.grants.adapters.http.GrantsEndpoint;
import dev.grants.ports.service.Grants;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts a {@link GrantsEndpoint} on a free loopback port for a consumer's test and
 * hands out its URI and ready-made client settings. Registered on a static field, one endpoint serves the
 * whole class; on an instance field, each test gets a fresh endpoint and a fresh wiring.
 *
 * <pre>{@code
 * class MyClientTest {
 *   @RegisterExtension
 *   static final GrantsEndpointExtension GRANTS = GrantsEndpointExtension.create();
 *
 *   @Test
 *   void grants_a_layer(ClientSettings settings) {
 *     LambdaClient lambda = LambdaClient.builder()
 *         .endpointOverride(settings.endpoint())
 *         .region(Region.of(settings.region()))
 *         .credentialsProvider(StaticCredentialsProvider.create(
 *             AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey())))
 *         .build();
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>To script what the endpoint's provisioning gateway answers, or to shorten its provisioning deadline, serve a
 * wiring built around a gateway the test keeps (adapters-memory's, or any {@code ProvisioningGateway}):
 *
 * <pre>{@code
 * static final InMemoryProvisioningGateway GATEWAY = InMemoryProvisioningGateway.embeddedDefault();
 *
 * @RegisterExtension
 * static final GrantsEndpointExtension GRANTS = GrantsEndpointExtension.serving(() -> InMemoryGrants.builder()
 *     .provisioningGateway(GATEWAY).provisioningDeadline(Duration.ofSeconds(2)).build());
 *
 * @Test
 * void reports_a_failed_provisioning(ClientSettings settings) {
 *   GATEWAY.script("111122223333", Outcome.fail("Account is suspended"));
 *   ...
 * }
 * }</pre>
 *
 * <p>The endpoint calls a request signed with a 12-digit access key id that account's; to act as two accounts, one
 * of them in an organization, give each client its own settings:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final GrantsEndpointExtension GRANTS =
 *     GrantsEndpointExtension.create().withOrganization("o-a1b2c3d4e5", "444455556666");
 *
 * @Test
 * void shares_a_layer_with_the_organization(ClientSettings settings) {
 *   LambdaClient owner = lambdaClient(settings.asAccount("111122223333"));
 *   LambdaClient member = lambdaClient(settings.asAccount("444455556666"));
 *   ...
 * }
 * }</pre>
 *
 * <p>Test methods may declare parameters of type {@link ClientSettings}, {@link GrantsEndpoint}, {@link URI} or
 * {@link Grants} (the wiring behind the endpoint, to arrange state through the Java API). It needs
 * {@code junit-jupiter-api} on the test class path, which every JUnit 5 test has.
 *
 * <p>The configuring methods return a new extension and leave this one as it was. A registered extension holds the
 * endpoint of the class (or test) it runs for, so each test class registers its own, as a field does; the endpoint
 * itself is thread-safe.
 */
public final class GrantsEndpointExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final Supplier<Grants> wiring;
  private final String region;
  private final String account;
  private final Map<String, List<String>> organizations;
  private final int maxConnections;
  private GrantsEndpoint endpoint;
  private boolean perClass;

  private GrantsEndpointExtension(Supplier<Grants> wiring, String region, String account,
      Map<String, List<String>> organizations, int maxConnections) {
    this.wiring = wiring;
    this.region = region;
    this.account = account;
    this.organizations = organizations;
    this.maxConnections = maxConnections;
  }

  /**
   * An extension serving the in-memory store (a new, empty wiring per endpoint started), region {@code us-east-1},
   * account 123456789012.
   */
  public static GrantsEndpointExtension create() {
    return new GrantsEndpointExtension(Store.inMemory()::open, GrantsEndpoint.DEFAULT_REGION,
        GrantsEndpoint.DEFAULT_ACCOUNT, Map.of(), GrantsEndpoint.DEFAULT_MAX_CONNECTIONS);
  }

  /** An extension serving the wirings {@code wiring} makes: one per endpoint started. */
  public static GrantsEndpointExtension serving(Supplier<Grants> wiring) {
    return new GrantsEndpointExtension(Objects.requireNonNull(wiring, "wiring"), GrantsEndpoint.DEFAULT_REGION,
        GrantsEndpoint.DEFAULT_ACCOUNT, Map.of(), GrantsEndpoint.DEFAULT_MAX_CONNECTIONS);
  }

  /** This extension, handing out settings for {@code region}. */
  public GrantsEndpointExtension inRegion(String region) {
    return new GrantsEndpointExtension(
        wiring, dev.grants.domain.principal.Region.of(region).name(), account, organizations, maxConnections);
  }

  /**
   * This extension, with {@code account} as the default caller: the account of requests not signed with a 12-digit
   * access key id (such as those made with {@link #settings()}).
   */
  public GrantsEndpointExtension asAccount(String account) {
    return new GrantsEndpointExtension(
        wiring, region, dev.grants.domain.principal.AccountId.of(account).value(), organizations, maxConnections);
  }

  /**
   * This extension, with {@code accounts} in the organization {@code organizationId} (see
   * {@link GrantsEndpoint.Builder#organization}); checked at once.
   *
   * @throws IllegalArgumentException for a malformed id, no account, or an account already in another organization
   */
  public GrantsEndpointExtension withOrganization(String organizationId, String... accounts) {
    Map<String, List<String>> more = new LinkedHashMap<>(organizations);
    more.merge(organizationId, List.of(accounts), (before, added) -> {
      List<String> all = new ArrayList<>(before);
      all.addAll(added);
      return List.copyOf(all);
    });
    GrantsEndpoint.Builder check = GrantsEndpoint.builder();
    more.forEach((id, members) -> check.organization(id, members.toArray(String[]::new)));
    return new GrantsEndpointExtension(wiring, region, account, Collections.unmodifiableMap(more), maxConnections);
  }

  /**
   * This extension, its endpoint holding at most {@code maxConnections} requests at once (see
   * {@link GrantsEndpoint.Builder#maxConnections}); to see how a client copes with throttling.
   */
  public GrantsEndpointExtension maxConnections(int maxConnections) {
    GrantsEndpoint.builder().maxConnections(maxConnections); // checks it now, not when the first test starts
    return new GrantsEndpointExtension(wiring, region, account, organizations, maxConnections);
  }

  /** The running endpoint. */
  public GrantsEndpoint endpoint() {
    if (endpoint == null) {
      throw new IllegalStateException("the endpoint runs only while a test of its class runs");
    }
    return endpoint;
  }

  /** The running endpoint's base URI. */
  public URI uri() {
    return endpoint().uri();
  }

  /** Settings for an AWS SDK client: URI, region, dummy credentials. */
  public ClientSettings settings() {
    return ClientSettings.of(uri(), region);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == ClientSettings.class || type == GrantsEndpoint.class || type == URI.class || type == Grants.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == ClientSettings.class) {
      return settings();
    }
    if (type == Grants.class) {
      return endpoint().grants();
    }
    return type == URI.class ? uri() : endpoint();
  }

  private void start() {
    GrantsEndpoint.Builder builder = GrantsEndpoint.builder().port(0).account(account).maxConnections(maxConnections);
    organizations.forEach((id, members) -> builder.organization(id, members.toArray(String[]::new)));
    endpoint = builder.grants(wiring.get()).build().start();
  }

  private void stop() {
    if (endpoint != null) {
      endpoint.close();
      endpoint = null;
    }
  }
}
