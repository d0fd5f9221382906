package dev.grants.adapters.http;

import static dev.grants.adapters.http.RawRequests.TIMEOUT_MILLIS;
import static dev.grants.adapters.http.RawRequests.bytes;
import static dev.grants.adapters.http.RawRequests.concat;
import static dev.grants.adapters.http.RawRequests.jsonString;
import static dev.grants.adapters.http.RawRequests.latin1;
import static dev.grants.adapters.http.RawRequests.object;
import static dev.grants.adapters.http.RawRequests.printable;
import static dev.grants.adapters.http.RawRequests.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.http.RawRequests.Answer;
import dev.grants.adapters.http.RawRequests.Wire;

import dev.grants.adapters.json.lambda.LambdaLayerCodec;
import dev.grants.adapters.json.lambda.LambdaOperation;
import dev.grants.adapters.json.signer.SignerCodec;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.principal.Region;
import dev.grants.adapters.json.ssoadmin.SsoAdminOperation;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.CreateInstanceCommand;
import dev.grants.ports.in.CreatePermissionSetCommand;
import dev.grants.ports.in.GetLayerVersionPolicyCommand;
import dev.grants.ports.in.GetSigningProfileCommand;
import dev.grants.ports.in.ListProfilePermissionsCommand;
import dev.grants.ports.in.ListProfilePermissionsResult;
import dev.grants.ports.in.ProvisionPermissionSetCommand;
import dev.grants.testkit.Fixtures;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ExhaustiveGenerator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.statistics.Statistics;

/**
 * Hostile input over raw sockets: whatever bytes arrive (odd methods, broken percent-escapes, invalid UTF-8,
 * invalid unicode escapes, huge, many or repeated headers, repeated and conflicting query parameters and JSON
 * members, numbers out of range, malformed, deeply nested or oversized JSON), the endpoint never answers 500 or
 * above, never hangs, keeps answering, answers in the form of the family that owns the path, and never changes
 * a policy it was not legitimately asked to change. All three families are attacked. Of every 165 requests, 55
 * go to Lambda's layer paths and 45 to Signer's profile paths (in each family 3 in 5 aimed at one operation,
 * mostly sane parts and one or two hostile ones, and 2 in 5 scattered, every part drawn on its own), 15 are
 * aimed at sso-admin, and 50 are {@link EdgeRequests}: each of the 23 routes of the three families with one edge
 * (invalid UTF-8, invalid unicode escapes, JSON nested 10,000 levels deep, numbers out of range, repeated and
 * conflicting query parameters, a member twice with different types, oversized headers); a default run checks
 * that every route met every edge.
 *
 * <p>One endpoint with a small body limit (256 KiB, so that 413 is cheap) serves the whole class. Guarded
 * resources, whose names no generator can produce (requests naming anything "guarded" are filtered out), are
 * seeded through the endpoint: a layer version with two permissions, and a signing profile with two
 * permissions. After every hostile request the layer's {@code GetLayerVersionPolicy} answer and the profile's
 * {@code ListProfilePermissions} and {@code GetSigningProfile} answers must still be byte for byte what they
 * were: encoded in-process from the endpoint's ports by the families' codecs (the seeding checks that this
 * gives the endpoint's bytes), and also asked over HTTP, on one kept-alive connection, after every 8th request
 * and after every request that got no answer (a liveness check; every next hostile request is one too).
 *
 * <p>Playgrounds are seeded too and are what aimed requests address: a layer, and signing profiles in both
 * regions the requests are signed for. Whenever a request is refused (status 300 and above) the playgrounds'
 * policies, and the profiles' {@code GetSigningProfile} answers, must be unchanged: no partial write. Successes
 * may change them. Profile {@value #PLAY_PROFILE} may be canceled by hostile requests like any other (after
 * that every change of its permissions, and every put, is refused, which still checks that a refusal changes
 * nothing); profile {@value #PLAY_KEPT} is never canceled (requests that would cancel it are filtered out), so
 * that adds and removes keep succeeding for the whole run. Aimed Signer requests may carry the placeholders
 * {@value #REVISION} and {@value #PAGE}: just before sending they become the current revision id of the
 * addressed profile's policy, and a page token of it, so that removes (whose {@code revisionId} is required)
 * and paging can succeed.
 *
 * <p>Every answer of the endpoint is a success or an error of the family that owns the path ({@link WireFamily}):
 * {@code x-amzn-ErrorType} names the code, and the body is strict UTF-8 JSON of the family's error shape
 * holding the same code (Signer's byte for byte {@code {"message":"...","code":"<that type>"}}, CONTRACT B).
 * Answers the JDK server gives itself, to requests it cannot parse, carry no {@code x-amzn-RequestId} and are
 * not held to the families' formats.
 *
 * <p>A second endpoint with the default limit (64 MiB) is only ever sent an over-limit {@code Content-Length}.
 *
 * <p>The sso-admin requests ({@code POST /} with an {@code X-Amz-Target}) address a seeded instance, permission set
 * and provisioning request, with members mostly sane and sometimes hostile.
 *
 * <p>The number of hostile requests is {@value #DEFAULT_TRIES}, or {@code -Dgrants.hostile.tries=N} (Surefire
 * hands {@code -D} user properties of the Maven command line to the test JVM).
 */
class HostileRequestProperties {
  /** Hostile requests in the default run; {@code -D}{@value #TRIES_PROPERTY} overrides it. */
  static final int DEFAULT_TRIES = 20_000;
  /** The system property that overrides {@link #DEFAULT_TRIES}. */
  static final String TRIES_PROPERTY = "grants.hostile.tries";

  private static final int SMALL_LIMIT = 256 * 1024;
  static final String PREFIX = "/2018-10-31/layers/";
  /** No generator can produce this name (requests naming anything "guarded" are filtered out as well). */
  private static final String GUARDED = "guarded-7f3a9c";
  static final String GUARDED_REGION = Fixtures.REGION;
  /** A layer hostile requests may address, so that they get past routing into the services. */
  static final String PLAYGROUND = "play";
  private static final String NAME_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";
  static final List<String> PLAYGROUND_REGIONS = List.of("us-east-1", GUARDED_REGION);

  static final String SIGNER_PREFIX = "/signing-profiles/";
  /** No generator can produce this profile name either ("guarded", "7f3a9c"). */
  private static final String GUARDED_PROFILE = "GuardedProfile7f3a9c";
  private static final String GUARDED_PROFILE_PLATFORM = Fixtures.LAMBDA_PLATFORM;
  /** A signing profile hostile requests may address, cancel included. */
  private static final String PLAY_PROFILE = "PlayProfile";
  /** A signing profile hostile requests may address but never cancel. */
  static final String PLAY_KEPT = "PlayKept";
  /** Names aimed puts create and aimed cancels cancel: they start missing, and end canceled. */
  static final List<String> PLAY_SPARES = List.of("PlayTmp0", "PlayTmp1", "PlayTmp2", "PlayTmp3");
  /** Every profile name whose answers a refused request must leave as they were, in both regions. */
  private static final List<String> SIGNER_PLAYGROUND = java.util.stream.Stream.concat(
      java.util.stream.Stream.of(PLAY_PROFILE, PLAY_KEPT), PLAY_SPARES.stream()).toList();
  /** The platform of the Signer playground: it allows all four actions. */
  static final String PLAY_PLATFORM = Fixtures.FREE_RTOS_PLATFORM;
  private static final List<String> SIGNER_ACTIONS = List.of("signer:StartSigningJob", "signer:SignPayload",
      "signer:GetSigningProfile", "signer:RevokeSignature");
  static final String ROLE = "arn:aws:iam::223456789012:role/signer";
  private static final String PROFILE_NAME_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
  /** Placeholder: the current revision id of the addressed profile's policy (a random one when none). */
  static final String REVISION = "~rev~";
  /** Placeholder: a page token of the addressed profile's policy, for its current revision, from index 1. */
  static final String PAGE = "~page~";
  /** A member left out of a generated body. */
  private static final String ABSENT = "<absent>";

  private static final SignerCodec SIGNER = SignerCodec.create();
  private static final LambdaLayerCodec LAMBDA = LambdaLayerCodec.create();
  /** Tries so far. */
  private static int tries;

  private static GrantsEndpoint endpoint;
  /** The connection the guarded resources are read on after every try (a new one per try would double its cost). */
  private static Wire.Kept guardedReads;
  private static GrantsEndpoint defaultLimits;
  private static byte[] guardedPolicy;
  private static byte[] guardedProfile;
  private static byte[] guardedProfilePermissions;
  /** The playground's policies (versions 1 to 16, both regions) after the last request. */
  private static List<Object> playground;
  /** The Signer playground's GetSigningProfile and ListProfilePermissions answers after the last request. */
  private static List<String> signerPlayground;
  /** The seeded sso-admin instance, permission set and provisioning request that aimed requests address. */
  private static String ssoInstance;
  private static String ssoPermissionSet;
  private static String ssoRequest;
  /** The requests on every route with one edge each, built once the sso-admin playground is seeded. */
  private static EdgeRequests edges;
  /** Whether the check that every route met every edge is registered (once is enough). */
  private static boolean coverageChecked;

  @BeforeContainer
  static void startAndSeed() {
    endpoint = GrantsEndpoint.builder().port(0).maxBodyBytes(SMALL_LIMIT).build().start();
    guardedReads = new Wire.Kept(endpoint.port());
    defaultLimits = GrantsEndpoint.builder().port(0).build().start();

    String zip = Base64.getEncoder().encodeToString(Fixtures.ARCHIVE);
    String publish = "{\"Content\":{\"ZipFile\":\"" + zip + "\"}}";
    seed(GUARDED_REGION, "POST", PREFIX + GUARDED + "/versions", publish, 201);
    seed(GUARDED_REGION, "POST", PREFIX + GUARDED + "/versions/1/policy",
        "{\"StatementId\":\"" + Fixtures.STATEMENT_ID + "\",\"Action\":\"" + Fixtures.ACTION
            + "\",\"Principal\":\"" + Fixtures.GRANTEE + "\"}", 201);
    seed(GUARDED_REGION, "POST", PREFIX + GUARDED + "/versions/1/policy",
        "{\"StatementId\":\"org\",\"Action\":\"" + Fixtures.ACTION + "\",\"Principal\":\"*\",\"OrganizationId\":\""
            + Fixtures.ORGANIZATION + "\"}", 201);
    for (String region : List.of("us-east-1", GUARDED_REGION)) {
      for (int version = 1; version <= 3; version++) {
        seed(region, "POST", PREFIX + PLAYGROUND + "/versions", publish, 201);
        for (String sid : List.of("a", "b")) {
          seed(region, "POST", PREFIX + PLAYGROUND + "/versions/" + version + "/policy",
              "{\"StatementId\":\"" + sid + "\",\"Action\":\"" + Fixtures.ACTION + "\",\"Principal\":\"*\"}", 201);
        }
      }
    }

    seedSigner();

    List<Answer> guarded = readGuarded();
    Answer policy = guarded.get(0);
    assertThat(policy.status()).as("%s", policy).isEqualTo(200);
    guardedPolicy = policy.body();
    assertThat(new String(guardedPolicy, StandardCharsets.UTF_8))
        .contains(Fixtures.STATEMENT_ID, Fixtures.ORGANIZATION, "\"RevisionId\"");
    Answer profile = guarded.get(1);
    assertThat(profile.status()).as("%s", profile).isEqualTo(200);
    guardedProfile = profile.body();
    assertThat(new String(guardedProfile, StandardCharsets.UTF_8))
        .contains(GUARDED_PROFILE, GUARDED_PROFILE_PLATFORM, "\"status\":\"Active\"");
    Answer permissions = guarded.get(2);
    assertThat(permissions.status()).as("%s", permissions).isEqualTo(200);
    guardedProfilePermissions = permissions.body();
    assertThat(new String(guardedProfilePermissions, StandardCharsets.UTF_8))
        .contains(Fixtures.PROFILE_STATEMENT_ID, ROLE, "\"revisionId\"");
    // What the endpoint answers is the codec's encoding of what the ports hold, byte for byte; so reading the
    // ports after a try is reading the answer (see assertGuardedResourcesUnchanged).
    List<byte[]> inProcess = guardedInProcess();
    assertThat(inProcess.get(0)).as("GetLayerVersionPolicy encoded in-process").isEqualTo(guardedPolicy);
    assertThat(inProcess.get(1)).as("GetSigningProfile encoded in-process").isEqualTo(guardedProfile);
    assertThat(inProcess.get(2)).as("ListProfilePermissions encoded in-process").isEqualTo(guardedProfilePermissions);
    playground = playgroundPolicies();
    signerPlayground = signerPlayground();

    CallContext owner = CallContext.of(endpoint.account(), "us-east-1");
    ssoInstance = endpoint.grants().permissionSets().createInstance(CreateInstanceCommand.builder().context(owner)
        .build()).get().arn().toString();
    ssoPermissionSet = endpoint.grants().permissionSets().createPermissionSet(CreatePermissionSetCommand.builder()
        .context(owner).instanceArn(ssoInstance).name("play").build()).get().arn().toString();
    ssoRequest = endpoint.grants().permissionSetProvisioning().provision(ProvisionPermissionSetCommand.builder()
        .context(owner).instanceArn(ssoInstance).permissionSetArn(ssoPermissionSet).targetType("AWS_ACCOUNT")
        .targetId(Fixtures.GRANTEE).build()).get().requestId();
  }

  /** Through the endpoint's own Signer routes: the guarded profile and the playground, in both regions. */
  private static void seedSigner() {
    String guarded = SIGNER_PREFIX + GUARDED_PROFILE;
    Answer put = seed(GUARDED_REGION, "PUT", guarded, "{\"platformId\":\"" + GUARDED_PROFILE_PLATFORM + "\","
        + "\"signatureValidityPeriod\":{\"value\":12,\"type\":\"MONTHS\"},\"tags\":{\"team\":\"guard\"}}", 200);
    String version = new String(put.body(), StandardCharsets.UTF_8)
        .replaceAll(".*\"profileVersion\":\"([a-zA-Z0-9]{10})\".*", "$1");
    seed(GUARDED_REGION, "POST", guarded + "/permissions", "{\"statementId\":\"" + Fixtures.PROFILE_STATEMENT_ID
        + "\",\"action\":\"" + Fixtures.PROFILE_ACTION + "\",\"principal\":\"" + Fixtures.GRANTEE + "\"}", 200);
    seed(GUARDED_REGION, "POST", guarded + "/permissions", "{\"statementId\":\"reader\",\"action\":"
        + "\"signer:GetSigningProfile\",\"principal\":\"" + ROLE + "\",\"profileVersion\":\"" + version + "\"}", 200);
    for (String region : PLAYGROUND_REGIONS) {
      for (String name : List.of(PLAY_PROFILE, PLAY_KEPT)) {
        seed(region, "PUT", SIGNER_PREFIX + name, "{\"platformId\":\"" + PLAY_PLATFORM + "\"}", 200);
        for (int i = 0; i < 3; i++) {
          seed(region, "POST", SIGNER_PREFIX + name + "/permissions", "{\"statementId\":\"" + "abc".charAt(i)
              + "\",\"action\":\"" + SIGNER_ACTIONS.get(i) + "\",\"principal\":\""
              + (i == 1 ? ROLE : Fixtures.GRANTEE) + "\"}", 200);
        }
      }
    }
  }

  @AfterContainer
  static void checkAndStop() {
    try {
      if (endpoint != null && guardedProfilePermissions != null) {
        assertGuardedResourcesUnchanged("the last request", true, true);
        // The filter kept every cancel away from it: had one slipped through, adds would have stopped working.
        for (String region : PLAYGROUND_REGIONS) {
          assertThat(endpoint.grants().signingProfiles().get(GetSigningProfileCommand.builder()
                  .context(CallContext.of(endpoint.account(), region)).profileName(PLAY_KEPT).build())
              .map(profile -> profile.status().wireName()).getOrElse("missing"))
              .as("%s in %s", PLAY_KEPT, region).isEqualTo("Active");
        }
      }
    } finally {
      if (guardedReads != null) {
        guardedReads.close();
      }
      if (endpoint != null) {
        endpoint.close();
      }
      if (defaultLimits != null) {
        defaultLimits.close();
      }
    }
  }

  // --- properties -----------------------------------------------------------------------------------------

  // Edge cases off: the generators list the hostile values themselves, and jqwik's edge-case injection would
  // skew every frequencyOf towards its alternatives with the most edge cases.
  @Property(tries = DEFAULT_TRIES, edgeCases = EdgeCasesMode.NONE)
  @AddLifecycleHook(TriesFromSystemProperty.class)
  void a_hostile_request_never_gets_a_5xx_and_never_changes_a_guarded_resource(
      @ForAll("hostileRequests") HostileRequest generated) {
    HostileRequest request = withPlaceholdersFilledIn(generated);
    Answer answer = Wire.exchange(endpoint.port(), request.bytes(), request.method().equals("HEAD"));
    Statistics.label("family").collect(request.family());
    Statistics.label("answer").collect(request.family() + ' ' + answer.label());
    String errorType = answer.header("x-amzn-ErrorType");
    Statistics.label("error type").collect(request.family() + ' ' + (errorType == null ? "-" : errorType));
    if (request.kind().startsWith("edge ")) {
      Statistics.label("edge").collect(request.kind());
      if (!coverageChecked && Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES) >= DEFAULT_TRIES) {
        coverageChecked = true;
        // Every route of every family meets every edge, in every default run.
        Statistics.label("edge").coverage(coverage -> {
          for (EdgeRequests.Route route : edges.routes()) {
            for (EdgeRequests.Edge edge : EdgeRequests.Edge.values()) {
              coverage.check("edge " + route.name() + " " + edge).count(count -> count > 0);
            }
          }
        });
      }
    }

    assertThat(answer.timedOut()).as("the endpoint answered within %d ms: %s", TIMEOUT_MILLIS, request).isFalse();
    if (answer.status() != null) {
      assertThat(answer.status()).as("status of %s\nanswer %s", request, answer).isBetween(100, 499);
    }
    boolean signerPath = SignerPaths.owns(request.serverRawPath());
    boolean endpointAnswered = answer.status() != null && answer.header("x-amzn-RequestId") != null;
    Statistics.label("wire form").collect(request.family() + (!endpointAnswered
        ? " no answer of the endpoint (JDK server, or none)"
        : answer.status() >= 300 ? " error checked" : " success checked"));
    if (endpointAnswered) {
      assertFamilyWireForm(request, answer);
      if (signerPath && answer.status() < 300) {
        Statistics.label("Signer successes").collect(request.kind());
      }
    }
    // A refusal changes nothing (no partial write); a success may change the playgrounds, never the guarded.
    // The snapshots move on before the check, so that the tries jqwik shrinks with start from the state as it is.
    List<Object> before = playground;
    List<String> signerBefore = signerPlayground;
    playground = playgroundPolicies();
    signerPlayground = signerPlayground();
    if (answer.status() != null && answer.status() >= 300) {
      assertThat(playground).as("the playground's policies after the refused %s", request).isEqualTo(before);
      assertThat(signerPlayground).as("the Signer playground after the refused %s\nanswer %s", request, answer)
          .isEqualTo(signerBefore);
    }
    // Also, over HTTP, a liveness check: whatever happened to that connection, the endpoint still answers. After
    // every 8th try, and after every answer that was no answer.
    boolean overHttp = ++tries % 8 == 0 || answer.status() == null;
    assertGuardedResourcesUnchanged(request, overHttp, signerPath || tries % 16 == 0);
  }

  /**
   * The answer is a success or the error of the family that owns the path, in that family's form
   * ({@link WireFamily}): the header names the code, always (CONTRACT B: Signer SDKs read the body's
   * {@code code} otherwise), and the body is the family's error object holding the same code. A success body is
   * JSON. An answer to HEAD has no body to check.
   */
  private static void assertFamilyWireForm(HostileRequest request, Answer answer) {
    WireFamily family = WireFamily.owning(request.serverRawPath());
    if (answer.status() < 300) {
      assertThat(answer.status()).as("%s success to %s\nanswer %s", family, request, answer)
          .isIn(family == WireFamily.LAMBDA ? List.of(200, 201, 204) : List.of(200));
      if (answer.body().length > 0 && !request.method().equals("HEAD")) {
        WireFamily.parse(answer.body());
      }
      return;
    }
    String errorType = answer.header("x-amzn-ErrorType");
    assertThat(errorType).as("x-amzn-ErrorType of the %s error to %s\nanswer %s", family, request, answer)
        .isNotNull().matches("[A-Za-z]+");
    if (!request.method().equals("HEAD")) {
      assertThat(answer.header("Content-Type")).as("Content-Type of %s", answer).isEqualTo(family.contentType);
      try {
        family.errorMessage(answer.body(), errorType);
      } catch (AssertionError wrongForm) {
        throw new AssertionError("the " + family + " error body to " + request + "\nanswer " + answer, wrongForm);
      }
      if (family == WireFamily.SIGNER) {
        // Byte for byte as CONTRACT B writes it: message first, then code.
        assertThat(SignerErrorBody.code(answer.body()))
            .as("the code of the Signer error body to %s\nanswer %s", request, answer).isEqualTo(errorType);
      }
    }
  }

  /** Against the default 64 MiB limit only a length is declared; at most 2 KiB are sent. */
  @Property(tries = 200)
  void a_declared_length_over_the_default_limit_is_refused_without_reading_the_body(
      @ForAll("overDefaultLimit") long declared,
      @ForAll("routes") String path,
      @ForAll("httpMethods") String method,
      @ForAll("smallBodies") byte[] sent) {
    byte[] request = concat(latin1(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + declared + "\r\n\r\n"), sent);

    Answer answer = Wire.exchange(defaultLimits.port(), request, false);

    assertThat(answer.status()).as("%s", answer).isEqualTo(413);
    assertThat(answer.header("x-amzn-ErrorType")).isEqualTo("RequestTooLargeException");
  }

  /** The JDK server reads Content-Length before the endpoint does; whatever it makes of these, no 5xx. */
  @Example
  void a_content_length_that_is_no_number_never_gets_a_5xx() {
    for (String length : List.of(
        "99999999999999999999", "9223372036854775808", "-1", "-67108865", "1e9", "0x10", "", " ", "67108865 ",
        "+67108865", "67108865, 67108865", "\u00ff")) {
      byte[] request = latin1("POST " + PREFIX + PLAYGROUND + "/versions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Connection: close\r\nContent-Length: " + length + "\r\n\r\n{}");
      Answer answer = Wire.exchange(defaultLimits.port(), request, false);
      assertThat(answer.timedOut()).as("Content-Length: %s", length).isFalse();
      if (answer.status() != null) {
        assertThat(answer.status()).as("Content-Length: %s -> %s", length, answer).isBetween(100, 499);
      }
      Answer alive = Wire.exchange(defaultLimits.port(),
          latin1("GET " + PREFIX + "nothing-here/versions/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
          false);
      assertThat(alive.status()).as("after Content-Length: %s", length).isEqualTo(404);
    }
  }

  // --- regressions the property found ---------------------------------------------------------------------

  /**
   * Regression: a chunk size past 2^31 - 1 overflows in the JDK server's chunked stream, which then throws
   * IndexOutOfBoundsException (not IOException) from the body's read, and the endpoint answered 500. It is now
   * the family's 400 for a body it cannot parse, and the connection is closed.
   */
  @Example
  void a_chunk_size_past_the_int_range_is_the_familys_400_not_a_500() {
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put(PREFIX + PLAYGROUND + "/versions", "InvalidRequestContentException");
    paths.put(SIGNER_PREFIX + PLAY_KEPT + "/permissions", "ValidationException");
    paths.put("/", "SerializationException");
    for (Map.Entry<String, String> path : paths.entrySet()) {
      for (String size : List.of("FFFFFFFFFF", "80000000", "FFFFFFFF", "1FFFFFFFF")) {
        byte[] request = latin1("POST " + path.getKey() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            + "X-Amz-Target: SWBExternalService.ListInstances\r\nTransfer-Encoding: chunked\r\n\r\n" + size
            + "\r\n{}\r\n0\r\n\r\n");

        Answer answer = Wire.exchange(endpoint.port(), request, false);

        assertThat(answer.status()).as("%s with chunk size %s: %s", path.getKey(), size, answer).isEqualTo(400);
        assertThat(answer.header("x-amzn-ErrorType")).isEqualTo(path.getValue());
        assertThat(WireFamily.owning(path.getKey()).errorMessage(answer.body(), path.getValue()))
            .endsWith("the request body could not be read: its framing is broken");
      }
    }
  }

  /**
   * Regression: {@code LayerName} {@code arn:xyz:lambda:...} satisfies the model's pattern, but no partition is
   * named {@code xyz}; resolving it threw, and every layer operation answered 500 ServiceException. Such an ARN
   * is a valid address (of a layer in that partition), so it is served like any other.
   */
  @Example
  void a_layer_arn_in_a_partition_no_one_has_is_served_not_a_500() {
    String layer = PREFIX + "arn:xyz:lambda:us-east-1:123456789012:layer:" + PLAYGROUND + "/versions";
    String zip = Base64.getEncoder().encodeToString(Fixtures.ARCHIVE);
    List<List<String>> calls = List.of(
        List.of("POST", layer, "{\"Content\":{\"ZipFile\":\"" + zip + "\"}}"),
        List.of("GET", layer + "/1", ""),
        List.of("DELETE", layer + "/1", ""),
        List.of("POST", layer + "/1/policy", "{\"StatementId\":\"x\",\"Action\":\"" + Fixtures.ACTION
            + "\",\"Principal\":\"*\"}"),
        List.of("GET", layer + "/1/policy", ""),
        List.of("DELETE", layer + "/1/policy/a", ""));
    for (List<String> call : calls) {
      byte[] body = utf8(call.get(2));
      Answer answer = Wire.exchange(endpoint.port(), concat(latin1(call.get(0) + ' ' + call.get(1) + " HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n\r\n"), body), false);

      assertThat(answer.status()).as("%s %s: %s", call.get(0), call.get(1), answer).isLessThan(500);
      if (call.get(0).equals("POST") && call.get(1).endsWith("/versions")) {
        assertThat(answer.status()).isEqualTo(201);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8))
            .contains("\"LayerArn\":\"arn:xyz:lambda:us-east-1:123456789012:layer:" + PLAYGROUND + "\"");
      }
    }
  }

  /**
   * Regression: a partition name over 32 characters could not be represented, though the model patterns admit
   * it (a Signer role ARN principal, a Lambda root ARN principal, a Lambda layer ARN): validation passed, then
   * the service threw, and the endpoint answered 500. Such names are served like any unknown partition.
   */
  @Example
  void a_partition_longer_than_32_characters_is_served_not_a_500() {
    String partition = "aws" + "a".repeat(30);
    String profile = SIGNER_PREFIX + "LongPartition";
    seed(GUARDED_REGION, "PUT", profile, "{\"platformId\":\"" + PLAY_PLATFORM + "\"}", 200);
    String role = "arn:" + partition + ":iam::223456789012:role/signer";
    seed(GUARDED_REGION, "POST", profile + "/permissions",
        "{\"statementId\":\"long\",\"action\":\"signer:SignPayload\",\"principal\":\"" + role + "\"}", 200);
    Answer listed = seed(GUARDED_REGION, "GET", profile + "/permissions", "", 200);
    assertThat(new String(listed.body(), StandardCharsets.UTF_8)).contains("\"principal\":\"" + role + "\"");

    String zip = Base64.getEncoder().encodeToString(Fixtures.ARCHIVE);
    seed(GUARDED_REGION, "POST", PREFIX + "long-partition/versions",
        "{\"Content\":{\"ZipFile\":\"" + zip + "\"}}", 201);
    seed(GUARDED_REGION, "POST", PREFIX + "long-partition/versions/1/policy", "{\"StatementId\":\"long\",\"Action\":\""
        + Fixtures.ACTION + "\",\"Principal\":\"arn:" + partition + ":iam::223456789012:root\"}", 201);
    seed(GUARDED_REGION, "GET", PREFIX + "arn:" + partition + ":lambda:us-east-2:123456789012:layer:long-partition"
        + "/versions/1", "", 404);
  }

  /**
   * Regression: the answer to HEAD was written with its body; the JDK server refuses that (a warning, and the
   * write fails) on every HEAD request.
   */
  @Example
  void a_head_request_is_answered_without_a_body_and_without_a_server_warning() {
    java.util.logging.Logger server = java.util.logging.Logger.getLogger("com.sun.net.httpserver");
    List<String> warnings = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.logging.Handler capture = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord record) {
        if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
          warnings.add(record.getMessage());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    server.addHandler(capture);
    try {
      Answer answer = Wire.exchange(endpoint.port(), latin1("HEAD " + PREFIX + PLAYGROUND + "/versions/1 HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n"), true);

      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.header("x-amzn-ErrorType")).isEqualTo("UnknownOperationException");
      assertThat(warnings).isEmpty();
    } finally {
      server.removeHandler(capture);
    }
  }

  // --- the guarded resources -----------------------------------------------------------------------------

  private static Answer seed(String region, String method, String path, String body, int expected) {
    byte[] json = body.getBytes(StandardCharsets.UTF_8);
    byte[] request = concat(latin1(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + authorization(region, path.startsWith(SIGNER_PREFIX) ? "signer" : "lambda")
        + "\r\nContent-Type: application/json\r\nContent-Length: " + json.length
        + "\r\n\r\n"), json);
    Answer answer = Wire.exchange(endpoint.port(), request, false);
    assertThat(answer.status()).as("seeding %s %s: %s", method, path, answer).isEqualTo(expected);
    return answer;
  }

  /**
   * The guarded layer's GetLayerVersionPolicy, the guarded profile's GetSigningProfile and its
   * ListProfilePermissions answers, asked in turn on the kept-alive connection.
   */
  private static List<Answer> readGuarded() {
    return readGuarded(true);
  }

  /** As {@link #readGuarded()}; without {@code signer} only the guarded layer's policy. */
  private static List<Answer> readGuarded(boolean signer) {
    return guardedReads.exchangeInTurn(signer
        ? List.of(GUARDED_POLICY_READ, guardedRead(SIGNER_PREFIX + GUARDED_PROFILE, "signer"),
            guardedRead(SIGNER_PREFIX + GUARDED_PROFILE + "/permissions", "signer"))
        : List.of(GUARDED_POLICY_READ));
  }

  /**
   * The guarded layer's GetLayerVersionPolicy and the guarded profile's GetSigningProfile and
   * ListProfilePermissions answer bodies, encoded in-process.
   */
  private static List<byte[]> guardedInProcess() {
    CallContext context = CallContext.of(endpoint.account(), GUARDED_REGION);
    return List.of(
        endpoint.grants().layerVersionPermissions().getPolicy(GetLayerVersionPolicyCommand.builder().context(context)
                .layerName(GUARDED).versionNumber(1L).build())
            .fold(error -> LAMBDA.encodeError(LambdaOperation.GET_LAYER_VERSION_POLICY, error), LAMBDA::encodePolicy)
            .body(),
        endpoint.grants().signingProfiles()
            .get(GetSigningProfileCommand.builder().context(context).profileName(GUARDED_PROFILE).build())
            .fold(SIGNER::encodeError, SIGNER::encodeProfile).body(),
        endpoint.grants().signingProfilePermissions()
            .list(ListProfilePermissionsCommand.builder().context(context).profileName(GUARDED_PROFILE).build())
            .fold(SIGNER::encodeError, SIGNER::encodeList).body());
  }

  private static final byte[] GUARDED_POLICY_READ = guardedRead(PREFIX + GUARDED + "/versions/1/policy", "lambda");

  private static byte[] guardedRead(String path, String service) {
    return latin1("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization(GUARDED_REGION, service)
        + "\r\n\r\n");
  }

  /**
   * The guarded layer's policy and the guarded profile's two answers, always as the endpoint encodes them from
   * its ports (which is their exact body, as the seeding checked), and also over HTTP when {@code overHttp}
   * (then the guarded layer's policy always, the profile's answers too when {@code signer}). Asking over HTTP
   * after every request would double the cost of a try; the next request is a liveness check in any case.
   */
  private static void assertGuardedResourcesUnchanged(Object after, boolean overHttp, boolean signer) {
    List<byte[]> inProcess = guardedInProcess();
    assertThat(inProcess.get(0)).as("the guarded policy (in-process) after %s", after).isEqualTo(guardedPolicy);
    assertThat(inProcess.get(1)).as("the guarded profile (in-process) after %s", after).isEqualTo(guardedProfile);
    assertThat(inProcess.get(2)).as("the guarded profile's permissions (in-process) after %s", after)
        .isEqualTo(guardedProfilePermissions);
    if (!overHttp) {
      return;
    }
    List<Answer> answers = readGuarded(signer);
    Answer policy = answers.get(0);
    assertThat(policy.status()).as("GetLayerVersionPolicy of the guarded version after %s\n%s", after, policy)
        .isEqualTo(200);
    assertThat(policy.body()).as("the guarded policy after %s", after).isEqualTo(guardedPolicy);
    if (!signer) {
      return;
    }
    Answer profile = answers.get(1);
    assertThat(profile.status()).as("GetSigningProfile of the guarded profile after %s\n%s", after, profile)
        .isEqualTo(200);
    assertThat(profile.body()).as("the guarded profile after %s", after).isEqualTo(guardedProfile);
    Answer permissions = answers.get(2);
    assertThat(permissions.status())
        .as("ListProfilePermissions of the guarded profile after %s\n%s", after, permissions).isEqualTo(200);
    assertThat(permissions.body()).as("the guarded profile's permissions after %s", after)
        .isEqualTo(guardedProfilePermissions);
  }

  /** What the ports say about the playground's policies, read in-process (cheap enough for every try). */
  private static List<Object> playgroundPolicies() {
    List<Object> policies = new ArrayList<>(32);
    for (String region : List.of("us-east-1", GUARDED_REGION)) {
      CallContext context = CallContext.of(endpoint.account(), region);
      for (long version = 1; version <= 16; version++) {
        policies.add(endpoint.grants().layerVersionPermissions().getPolicy(GetLayerVersionPolicyCommand.builder()
            .context(context).layerName(PLAYGROUND).versionNumber(version).build()));
      }
    }
    return policies;
  }

  private static String authorization(String region) {
    return authorization(region, "lambda");
  }

  static String authorization(String region, String service) {
    return "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/" + region + '/' + service
        + "/aws4_request, SignedHeaders=host;x-amz-date, Signature="
        + "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
  }

  // --- the Signer playground, placeholders, Signer's wire form ---------------------------------------------

  /**
   * The Signer playground as the endpoint would answer it (GetSigningProfile, then every page of
   * ListProfilePermissions, for each name in both regions), read in-process and encoded by the Signer codec.
   */
  private static List<String> signerPlayground() {
    List<String> answers = new ArrayList<>(32);
    for (String region : PLAYGROUND_REGIONS) {
      CallContext context = CallContext.of(endpoint.account(), region);
      for (String name : SIGNER_PLAYGROUND) {
        answers.add(text(endpoint.grants().signingProfiles()
            .get(GetSigningProfileCommand.builder().context(context).profileName(name).build())
            .fold(SIGNER::encodeError, SIGNER::encodeProfile)));
        String token = null;
        for (int page = 0; page < 8; page++) {
          var listed = endpoint.grants().signingProfilePermissions().list(ListProfilePermissionsCommand.builder()
              .context(context).profileName(name).nextToken(token).build());
          answers.add(text(listed.fold(SIGNER::encodeError, SIGNER::encodeList)));
          token = listed.map(ListProfilePermissionsResult::nextToken).getOrNull();
          if (token == null) {
            break;
          }
        }
      }
    }
    return answers;
  }

  private static String text(WireResponse response) {
    return response.status() + " " + new String(response.body(), StandardCharsets.ISO_8859_1);
  }

  /**
   * The request with {@value #REVISION} and {@value #PAGE} replaced: the current revision id of the policy of
   * the profile its path names (in the region its first {@code Authorization} header is signed for, as the
   * endpoint reads it), and a token for that revision's second page. Where no such policy exists, a revision
   * id no policy has.
   */
  private static HostileRequest withPlaceholdersFilledIn(HostileRequest request) {
    String head = request.target();
    String body = new String(request.body(), StandardCharsets.ISO_8859_1);
    if (!head.contains(REVISION) && !head.contains(PAGE) && !body.contains(REVISION) && !body.contains(PAGE)) {
      return request;
    }
    String authorization = request.headers().stream()
        .filter(line -> line.regionMatches(true, 0, "Authorization:", 0, "Authorization:".length()))
        .map(line -> line.substring("Authorization:".length()).trim())
        .findFirst().orElse(null);
    Region region = SigV4Scope.region(authorization, null, Region.of(GrantsEndpoint.DEFAULT_REGION));
    String name = SignerPaths.profileName(request.serverRawPath());
    String revision = name == null ? null : endpoint.grants().signingProfilePermissions()
        .list(ListProfilePermissionsCommand.builder()
            .context(CallContext.of(endpoint.account(), region.name())).profileName(name).build())
        .map(listed -> listed.revisionId().value()).getOrNull();
    if (revision == null) {
      revision = "8d4b9e1c-2f3a-4b5c-8d6e-7f8091a2b3c4";
    }
    String page = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(utf8("grants-policy-page:" + revision + ":1"));
    return new HostileRequest(request.kind(), request.method(),
        head.replace(REVISION, revision).replace(PAGE, page), request.version(), request.headers(),
        latin1(body.replace(REVISION, revision).replace(PAGE, page)), request.framing());
  }

  /** The endpoint's Signer routing, as far as the test needs it. */
  static final class SignerPaths {
    private SignerPaths() {}

    /** Whether the endpoint hands a request for {@code rawPath} (null: none) to its Signer routes. */
    static boolean owns(String rawPath) {
      return rawPath != null && (rawPath.startsWith(SIGNER_PREFIX) || rawPath.equals("/signing-profiles"));
    }

    /** The profile name a Signer path addresses, percent-decoded as the endpoint does; null if it names none. */
    static String profileName(String rawPath) {
      if (!owns(rawPath)) {
        return null;
      }
      String[] segments = rawPath.split("/", -1);
      return segments.length < 3 ? null : PercentDecoding.segment(segments[2]);
    }

    /** Whether {@code method} on {@code rawPath} is CancelSigningProfile of {@code name}. */
    static boolean cancels(String method, String rawPath, String name) {
      return method.equals("DELETE") && owns(rawPath) && rawPath.split("/", -1).length == 3
          && name.equals(profileName(rawPath));
    }
  }

  /** Reads a Signer error body, {@code {"message":"<JSON string>","code":"<code>"}} exactly. */
  static final class SignerErrorBody {
    private SignerErrorBody() {}

    /** The code, or a description of what is wrong with the body. */
    static String code(byte[] body) {
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        return "(not UTF-8)";
      }
      String start = "{\"message\":\"";
      if (!text.startsWith(start)) {
        return "(no message first: " + printable(text, 200) + ")";
      }
      int end = endOfString(text, start.length());
      if (end < 0) {
        return "(message is not a JSON string: " + printable(text, 200) + ")";
      }
      String rest = text.substring(end + 1);
      java.util.regex.Matcher code = java.util.regex.Pattern.compile(",\"code\":\"([A-Za-z]+)\"}").matcher(rest);
      return code.matches() ? code.group(1) : "(no code after the message: " + printable(rest, 200) + ")";
    }

    /** The index of the quote that ends the JSON string whose contents start at {@code from}, or -1. */
    private static int endOfString(String text, int from) {
      for (int i = from; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          return i;
        }
        if (c < 0x20) {
          return -1;
        }
        if (c == '\\') {
          if (i + 1 >= text.length()) {
            return -1;
          }
          char escaped = text.charAt(++i);
          if (escaped == 'u') {
            if (i + 4 >= text.length()
                || !text.substring(i + 1, i + 5).chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
              return -1;
            }
            i += 4;
          } else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
            return -1;
          }
        }
      }
      return -1;
    }
  }

  /** Sets the tries of the property it is added to from {@value #TRIES_PROPERTY}. */
  static final class TriesFromSystemProperty implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      context.attributes().setTries(Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES));
      return property.execute();
    }
  }

  // --- generators: the request ----------------------------------------------------------------------------

  @Provide
  Arbitrary<HostileRequest> hostileRequests() {
    // Of every 165: Lambda 55 and Signer 45 (each 3:2 aimed to scattered), sso-admin 15 aimed, and 50 on every
    // route of the three families with one edge each (EdgeRequests).
    edges = new EdgeRequests(ssoInstance, ssoPermissionSet, ssoRequest);
    return hashedByIdentity(Arbitraries.frequencyOf(
            Tuple.of(33, hashedByIdentity(aimedRequests())), Tuple.of(22, hashedByIdentity(scatteredRequests())),
            Tuple.of(27, hashedByIdentity(signerAimedRequests())),
            Tuple.of(18, hashedByIdentity(signerScatteredRequests())),
            Tuple.of(15, hashedByIdentity(aimedAtSsoAdmin())),
            Tuple.of(50, hashedByIdentity(edges.requests())))
        .filter(request -> !request.mayNameAGuardedResource() && !request.mayCancelTheKeptProfile()));
  }

  /**
   * {@code arbitrary}, compared and hashed by identity. jqwik looks its generators up by arbitrary, for the
   * parameter on every try and for the alternative a frequencyOf picks on every draw, and an arbitrary's hash
   * walks its whole tree: on trees as big as these requests' that costs more than generating the request.
   */
  static <T> Arbitrary<T> hashedByIdentity(Arbitrary<T> arbitrary) {
    return new Arbitrary<>() {
      @Override
      public RandomGenerator<T> generator(int genSize) {
        return arbitrary.generator(genSize);
      }

      @Override
      public RandomGenerator<T> generatorWithEmbeddedEdgeCases(int genSize) {
        return arbitrary.generatorWithEmbeddedEdgeCases(genSize);
      }

      @Override
      public java.util.Optional<ExhaustiveGenerator<T>> exhaustive(long maxNumberOfSamples) {
        return arbitrary.exhaustive(maxNumberOfSamples);
      }

      @Override
      public EdgeCases<T> edgeCases(int maxEdgeCases) {
        return arbitrary.edgeCases(maxEdgeCases);
      }
    };
  }

  /** Every part drawn on its own: mostly nonsense, refused early. */
  private Arbitrary<HostileRequest> scatteredRequests() {
    return Combinators.combine(
            methods(), targets(), httpVersions(), headerLines(), bodies(), Arbitraries.integers().between(0, 99))
        .as((method, target, version, headers, body, die) -> new HostileRequest(
            "scattered", method, target, version, headers, body, framing(body, die)));
  }

  /**
   * Aimed at one operation: each part (method, layer, version, statement id, query, headers, body) is mostly a
   * sane one and sometimes hostile, so that many requests carry one or two hostile parts into the services, on
   * a layer that exists, and some succeed (and change the playground layer's policies).
   */
  private Arbitrary<HostileRequest> aimedRequests() {
    // One arbitrary per operation, built once (a flatMap would build them again for every try, which is slow).
    return Arbitraries.frequencyOf(
        Tuple.of(3, aimedAt(Operation.PUBLISH)), Tuple.of(2, aimedAt(Operation.GET_VERSION)),
        Tuple.of(1, aimedAt(Operation.DELETE_VERSION)), Tuple.of(6, aimedAt(Operation.ADD)),
        Tuple.of(2, aimedAt(Operation.GET_POLICY)), Tuple.of(3, aimedAt(Operation.REMOVE)));
  }

  private Arbitrary<HostileRequest> aimedAt(Operation operation) {
    return hashedByIdentity(Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(operation.method)), Tuple.of(1, methods())),
            Combinators.combine(aimedPaths(operation), aimedQueries()).as(String::concat),
            httpVersions(),
            Arbitraries.frequencyOf(Tuple.of(3, saneHeaderLines()), Tuple.of(2, headerLines())),
            aimedBodies(operation),
            Arbitraries.integers().between(0, 99))
        .as((method, target, version, headers, body, die) -> new HostileRequest(
            "aimed at " + operation, method, target, version, headers, body, framing(body, die))));
  }

  private Arbitrary<String> aimedPaths(Operation operation) {
    Arbitrary<String> layers = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of(PLAYGROUND, PLAYGROUND, "arn:aws:lambda:us-east-1:123456789012:layer:play",
            "arn:aws:lambda:us-east-2:123456789012:layer:play", "my-layer")),
        Tuple.of(1, layerSegments()));
    // Deletes aim above most of the versions the permission operations aim at, so that these outlive them.
    Arbitrary<Integer> existing = operation == Operation.DELETE_VERSION
        ? Arbitraries.integers().between(10, 60) : Arbitraries.integers().between(1, 12);
    Arbitrary<String> versions = Arbitraries.frequencyOf(
        Tuple.of(4, existing.map(String::valueOf)), Tuple.of(1, versionSegments()));
    Arbitrary<String> statements = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of("a", "b", "c", "s1", Fixtures.STATEMENT_ID)), Tuple.of(1, statementSegments()));
    return lambdaPaths(Arbitraries.just(operation.shape), layers, versions, statements);
  }

  /**
   * Aimed at sso-admin: mostly {@code POST /} with the target of one of its operations, and a body that names the
   * seeded instance and permission set, and some of the other members, each mostly sane and sometimes hostile.
   */
  private Arbitrary<HostileRequest> aimedAtSsoAdmin() {
    Arbitrary<List<String>> targets = Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.of(SsoAdminOperation.values()).map(op -> List.of("X-Amz-Target: " + op.target()))),
        Tuple.of(1, targetLines()));
    Arbitrary<List<String>> headers = Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(3, saneHeaderLines()), Tuple.of(1, headerLines())), targets)
        .as((lines, target) -> {
          List<String> all = new ArrayList<>(lines);
          all.addAll(target);
          return all;
        });
    return Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just("POST")), Tuple.of(1, methods())),
            Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just("/")), Tuple.of(1, aimedQueries().map("/"::concat))),
            httpVersions(),
            headers,
            Arbitraries.frequencyOf(Tuple.of(7, ssoAdminBodies().map(RawRequests::utf8)),
                Tuple.of(3, bodies())),
            Arbitraries.integers().between(0, 99))
        .as((method, target, version, lines, body, die) -> new HostileRequest(
            "aimed at sso-admin", method, target, version, lines, body, framing(body, die)));
  }

  private Arbitrary<String> ssoAdminBodies() {
    String otherInstance = "arn:aws:sso:::instance/ssoins-0000000000000000";
    Map<String, Arbitrary<String>> members = new LinkedHashMap<>();
    members.put("InstanceArn", saneOrHostile(Arbitraries.of(ssoInstance, ssoInstance, ssoInstance, otherInstance,
        "arn:aws-cn:sso:::instance/ins-abcdefghijklmnop", "arn:aws:sso:::instance/ssoins-", "")));
    members.put("PermissionSetArn", saneOrHostile(Arbitraries.of(ssoPermissionSet, ssoPermissionSet,
        ssoPermissionSet.substring(0, ssoPermissionSet.length() - 1) + "0",
        otherInstance.replace(":instance/", ":permissionSet/") + "/ps-0000000000000000",
        ssoPermissionSet + "/x")));
    members.put("Name", saneOrHostile(Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(1).ofMaxLength(33)));
    members.put("Description", saneOrHostile(Arbitraries.strings().ofMaxLength(40)));
    members.put("SessionDuration", saneOrHostile(Arbitraries.of("PT1H", "PT12H", "P1D", "-PT1H", "PT", "P")));
    members.put("RelayState", saneOrHostile(Arbitraries.of("https://console.aws.amazon.com/", "a b", "\u00ff")));
    members.put("InlinePolicy", saneOrHostile(Arbitraries.of("{\"Version\":\"2012-10-17\",\"Statement\":[]}", "{}")));
    members.put("TargetType", saneOrHostile(Arbitraries.of("AWS_ACCOUNT", "ALL_PROVISIONED_ACCOUNTS", "aws_account")));
    Arbitrary<String> accounts = Arbitraries.of(Fixtures.GRANTEE, "111122223333", Fixtures.OWNER, "12345678901",
        "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661\u0662");
    members.put("TargetId", saneOrHostile(accounts));
    members.put("AccountId", saneOrHostile(accounts));
    Arbitrary<String> uuids =
        Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as((high, low) -> new UUID(high, low).toString());
    members.put("ProvisionPermissionSetRequestId", saneOrHostile(Arbitraries.oneOf(
        Arbitraries.just(ssoRequest), uuids, Arbitraries.just(ssoRequest.toUpperCase(Locale.ROOT)))));
    members.put("ProvisioningStatus", saneOrHostile(Arbitraries.of("LATEST_PERMISSION_SET_PROVISIONED",
        "LATEST_PERMISSION_SET_NOT_PROVISIONED", "LATEST")));
    members.put("Filter", Arbitraries.of("{\"Status\":\"FAILED\"}", "{\"Status\":\"IN_PROGRESS\"}",
        "{\"Status\":\"SUCCEEDED\"}", "{}", "{\"Status\":\"x\"}", "{\"Status\":1}", "\"FAILED\"", "[]", "null"));
    members.put("MaxResults", Arbitraries.of("1", "2", "100", "0", "101", "-1", "2147483647", "2147483648",
        "99999999999999999999", "1.5", "1e2", "\"5\"", "null", "[]"));
    members.put("NextToken", saneOrHostile(Arbitraries.of("", "AAAAAQAAAAAAAAAAAAAAAAAAAAA", "forged", "=",
        "AAAAAf____________________8", "a".repeat(2049))));
    members.put("ClientToken", saneOrHostile(Arbitraries.strings().withCharRange('!', '~').ofMinLength(1)
        .ofMaxLength(64)));
    members.put("Tags", Arbitraries.of("[]", "[{\"Key\":\"a\",\"Value\":\"b\"}]", "[{}]", "[1]", "{}",
        "[{\"Key\":1}]", "null"));
    List<Arbitrary<String>> parts = new ArrayList<>();
    members.forEach((name, values) -> {
      int present = name.endsWith("Arn") ? 9 : 1;
      parts.add(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")),
          Tuple.of(present, values.map(value -> jsonString(name) + ':' + value))));
    });
    return Combinators.combine(parts).as(pairs -> "{" + String.join(",",
        pairs.stream().filter(pair -> !pair.isEmpty()).toList()) + "}");
  }

  /** A JSON value: mostly one of {@code sane} as a string, sometimes any string or a value of another type. */
  private Arbitrary<String> saneOrHostile(Arbitrary<String> sane) {
    return Arbitraries.frequencyOf(
        Tuple.of(8, sane.map(RawRequests::jsonString)),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(300).map(RawRequests::jsonString)),
        Tuple.of(1, Arbitraries.of("null", "1", "-1", "1.5", "true", "[]", "{}", "[\"a\"]", "\"\"", "\"\\ud800\"",
            "{\"a\":1}")));
  }

  private Arbitrary<List<String>> saneHeaderLines() {
    return Combinators.combine(
            Arbitraries.of(List.<String>of(), List.of(authorization("us-east-1")),
                List.of(authorization(GUARDED_REGION))),
            Arbitraries.of(List.<String>of(), List.of("Content-Type: application/json")))
        .as((auth, type) -> {
          List<String> lines = new ArrayList<>();
          lines.add("Host: 127.0.0.1");
          lines.addAll(auth);
          lines.addAll(type);
          return lines;
        });
  }

  enum Operation {
    PUBLISH("POST", 0), GET_VERSION("GET", 1), DELETE_VERSION("DELETE", 1), ADD("POST", 2), GET_POLICY("GET", 2),
    REMOVE("DELETE", 3);

    final String method;
    final int shape;

    Operation(String method, int shape) {
      this.method = method;
      this.shape = shape;
    }
  }

  /** An aimed body: mostly sane, sometimes of the right shape but hostile, sometimes any garbage. */
  private static Arbitrary<byte[]> aimed(Arbitrary<String> sane, Arbitrary<String> hostile, Arbitrary<byte[]> garbage) {
    return Arbitraries.frequencyOf(
        Tuple.of(5, sane.map(RawRequests::utf8)),
        Tuple.of(3, hostile.map(RawRequests::utf8)),
        Tuple.of(2, garbage));
  }

  /** The body of an operation that takes none: mostly empty, sometimes garbage. */
  private static Arbitrary<byte[]> emptyMostly(Arbitrary<byte[]> garbage) {
    return Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just(new byte[0])), Tuple.of(3, garbage));
  }

  private Arbitrary<byte[]> aimedBodies(Operation operation) {
    return switch (operation) {
      case PUBLISH -> aimed(sanePublishBodies(), publishBodies(), bodies());
      case ADD -> aimed(saneAddPermissionBodies(), addPermissionBodies(), bodies());
      default -> emptyMostly(bodies());
    };
  }

  private Arbitrary<String> saneAddPermissionBodies() {
    return Combinators.combine(
            Arbitraries.of("a", "b", "c", "s1", Fixtures.STATEMENT_ID),
            Arbitraries.of(Fixtures.GRANTEE, "*", "arn:aws:iam::223456789012:root", "*"))
        .as((sid, principal) -> "{\"StatementId\":\"" + sid + "\",\"Action\":\"" + Fixtures.ACTION
            + "\",\"Principal\":\"" + principal + "\""
            + (principal.equals("*") && sid.equals("c") ? ",\"OrganizationId\":\"" + Fixtures.ORGANIZATION + "\"" : "")
            + "}");
  }

  private Arbitrary<String> sanePublishBodies() {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64)
        .map(zip -> "{\"Content\":{\"ZipFile\":\"" + Base64.getEncoder().encodeToString(zip)
            + "\"},\"Description\":\"hostile\"}");
  }

  private Arbitrary<String> aimedQueries() {
    return Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just("")), Tuple.of(3, queries()));
  }

  static Framing framing(byte[] body, int die) {
    if (body.length == 0) {
      return die < 30 ? Framing.NONE : Framing.CONTENT_LENGTH;
    }
    return die < 4 ? Framing.CHUNKED : die < 6 ? Framing.BROKEN_CHUNK : Framing.CONTENT_LENGTH;
  }

  @Provide
  Arbitrary<String> httpMethods() {
    return Arbitraries.of("GET", "POST", "DELETE", "PUT", "PATCH");
  }

  private Arbitrary<String> methods() {
    return Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.of("GET", "POST", "DELETE")),
        Tuple.of(4, Arbitraries.of("PUT", "PATCH", "HEAD", "OPTIONS", "TRACE", "CONNECT")),
        Tuple.of(2, Arbitraries.of("get", "post", "delete", "Post", "GETT", "DELET", "BREW", "PROPFIND",
            "M-SEARCH", "X", "G\u00ffT", "\u00ff\u00fe", "POST/", "<script>", "GET\u0000", "GET\t", "")),
        Tuple.of(1, Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(32)),
        Tuple.of(1, Arbitraries.integers().between(100, 2_000).map("P"::repeat)));
  }

  private Arbitrary<String> httpVersions() {
    return Arbitraries.frequencyOf(
        Tuple.of(40, Arbitraries.just(" HTTP/1.1")),
        Tuple.of(2, Arbitraries.just(" HTTP/1.0")),
        Tuple.of(1, Arbitraries.of(" HTTP/2.0", " HTTP/0.9", " http/1.1", " HTTP/1.1x", " HTTP/", " HTTP/1.1 extra",
            "", " ", " \u00ffHTTP/1.1", "  HTTP/1.1")));
  }

  private Arbitrary<String> targets() {
    return Arbitraries.frequencyOf(
        Tuple.of(16, Combinators.combine(lambdaPaths(Arbitraries.integers().between(0, 3), layerSegments(),
                versionSegments(), statementSegments()), queries())
            .as(String::concat)),
        Tuple.of(2, Combinators.combine(otherPrefixes(), layerSegments(), queries())
            .as((prefix, layer, query) -> prefix + layer + query)),
        Tuple.of(2, rawSegment().list().ofMinSize(0).ofMaxSize(8)
            .map(segments -> "/" + String.join("/", segments))),
        Tuple.of(1, Arbitraries.of("*", "", "/", "?", "#", "http://127.0.0.1/2018-10-31/layers/play/versions/1",
            "//2018-10-31/layers/play/versions", "/2018-10-31/layers", "/2018-10-31/layers/",
            "/2018-10-31/layers/play", "/2018-10-31/layers/play/", "/2018-10-31/layers/play/versions/",
            "/2018-10-31/layers/play/versions/1/policy/", "/2018-10-31/layers/play/versions//policy",
            "/2018-10-31/layers/%2e%2e/versions/1", "/2018-10-31/layers/../versions/1",
            "/2018-10-31/layers/play/versions/1/policy/a/b", "/2018-10-31/layers/play/VERSIONS/1",
            "/2018-10-31/layers/play/versions/1/Policy", "/2018-10-31/layers/play%2Fversions%2F1",
            "/2018-10-31%2Flayers/play/versions", "/2018-10-31/layers/play/versions/1#policy",
            "/2018-10-31/layers/play/versions/1?", "/2018-10-31/layers/play/versions/1;policy",
            "/2018-10-31/layers/play/versions/1/policy/a%2Fb", "/%32018-10-31/layers/play/versions/1")));
  }

  private Arbitrary<String> lambdaPaths(
      Arbitrary<Integer> shapes, Arbitrary<String> layers, Arbitrary<String> versions, Arbitrary<String> statements) {
    Arbitrary<String> extras = Arbitraries.frequencyOf(
        Tuple.of(14, Arbitraries.just("")),
        Tuple.of(1, Arbitraries.of("/", "//", "/x", "/policy", "/versions", "/..", "/.", ";a=b", "%00", "/%2F",
            "/policy/a", "/1/2/3/4/5/6")));
    return Combinators.combine(layers, versions, statements, shapes, extras)
        .as((layer, version, sid, shape, extra) -> switch (shape) {
          case 0 -> PREFIX + layer + "/versions";
          case 1 -> PREFIX + layer + "/versions/" + version;
          case 2 -> PREFIX + layer + "/versions/" + version + "/policy";
          default -> PREFIX + layer + "/versions/" + version + "/policy/" + sid;
        } + extra);
  }

  private Arbitrary<String> otherPrefixes() {
    return Arbitraries.of("/2015-03-31/functions/", "/2018-10-31/LAYERS/", "//2018-10-31/layers/",
        "/2018-10-31/layers/x/", "/2018-10-31/layers/x/versions/1/policy/x/", "/2018-10-31/", "/");
  }

  private Arbitrary<String> layerSegments() {
    net.jqwik.api.arbitraries.StringArbitrary names = Arbitraries.strings().withChars(NAME_CHARS);
    return Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.just(PLAYGROUND)),
        Tuple.of(3, Arbitraries.of("my-layer", "Play", "a", "-", "_", "layer-1")),
        Tuple.of(5, names.ofMinLength(1).ofMaxLength(140)),
        Tuple.of(2, names.ofMinLength(141).ofMaxLength(200)),
        Tuple.of(1, Arbitraries.just("")),
        Tuple.of(5, layerArns()),
        Tuple.of(3, unicodeSegments()),
        Tuple.of(4, percentGarbage()),
        Tuple.of(2, rawSegment()));
  }

  private Arbitrary<String> layerArns() {
    Arbitrary<String> partitions = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("aws")),
        Tuple.of(2, Arbitraries.of("aws-cn", "aws-us-gov", "aws-iso-b", "awsx", "aws-")),
        Tuple.of(2, Arbitraries.of("xyz", "AWS", "a", "0", "aw", "foo-bar", "-", "Aws")),
        Tuple.of(1, Arbitraries.strings().withChars("abcXYZ019-").ofMinLength(33).ofMaxLength(60)));
    Arbitrary<String> regions = Arbitraries.oneOf(
        Arbitraries.of("us-east-1", "us-east-2", "eu-west-1", "cn-north-1", "us-gov-west-1", "US-EAST-1", "x", "-",
            "a-", "0"),
        Arbitraries.strings().withChars("abcXYZ019-").ofMinLength(1).ofMaxLength(60));
    Arbitrary<String> accounts = Arbitraries.oneOf(
        Arbitraries.of("123456789012", "223456789012", "000000000000"),
        Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(14));
    Arbitrary<String> names = Arbitraries.oneOf(
        Arbitraries.of(PLAYGROUND, "my-layer"),
        Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(1).ofMaxLength(30));
    Arbitrary<String> separators = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(":")), Tuple.of(1, Arbitraries.of("%3A", "%3a", "::")));
    Arbitrary<String> suffixes = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just("")), Tuple.of(1, Arbitraries.of(":1", ":", ":$LATEST", "/x")));
    return Combinators.combine(partitions, regions, accounts, names, separators, suffixes)
        .as((partition, region, account, name, sep, suffix) ->
            "arn" + sep + partition + sep + "lambda" + sep + region + sep + account + sep + "layer" + sep + name
                + suffix);
  }

  private Arbitrary<String> versionSegments() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of("1", "2", "3")),
        Tuple.of(6, Arbitraries.integers().between(1, 30).map(String::valueOf)),
        Tuple.of(3, Arbitraries.integers().between(-5, 1_000).map(String::valueOf)),
        Tuple.of(2, Arbitraries.longs().map(String::valueOf)),
        Tuple.of(4, Arbitraries.of("0", "-0", "-1", "+1", "01", "0001", "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "-9223372036854775809", "99999999999999999999", "18446744073709551616",
            "1.0", "1e3", "0x1", "1_000", "abc", "", "%31", "%D9%A1", "%EF%BC%91", "%FF", "%", "1%00", "NaN",
            "Infinity", "%20", "1%20", "%2B1", "%2D1", utf8AsRaw("\uff11"), utf8AsRaw("\u0661"))),
        Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(20).ofMaxLength(64)),
        Tuple.of(1, percentGarbage()));
  }

  private Arbitrary<String> statementSegments() {
    net.jqwik.api.arbitraries.StringArbitrary names = Arbitraries.strings().withChars(NAME_CHARS);
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of("a", "b", "c", Fixtures.STATEMENT_ID, "sid-1")),
        Tuple.of(3, names.ofMinLength(1).ofMaxLength(100)),
        Tuple.of(1, names.ofMinLength(101).ofMaxLength(150)),
        Tuple.of(1, Arbitraries.just("")),
        Tuple.of(2, unicodeSegments()),
        Tuple.of(2, percentGarbage()),
        Tuple.of(1, rawSegment()));
  }

  /** Unicode text, as raw UTF-8 bytes in the path or percent-encoded. */
  private Arbitrary<String> unicodeSegments() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.of("\u00f1ame", "\u5c42", "\ud83d\ude00", "\u202eeyal", "e\u0301", "\u0000", "\ufeff",
            "\uffff", "\u0661\u0662", "\u00a0", "\u2028", "caf\u00e9-layer"),
        Arbitraries.strings().withCharRange('\u00a0', '\ud7ff').ofMinLength(1).ofMaxLength(40));
    return Combinators.combine(text, Arbitraries.integers().between(0, 2)).as((value, how) -> switch (how) {
      case 0 -> utf8AsRaw(value);
      case 1 -> percentEncodeAll(value);
      default -> percentEncodeAll(value).toLowerCase(Locale.ROOT);
    });
  }

  /**
   * Percent-escapes: mostly well-formed ones that decode to invalid UTF-8, control characters or delimiters
   * (they reach the endpoint), sometimes broken ones (the JDK server refuses those itself, URISyntaxException).
   */
  private Arbitrary<String> percentGarbage() {
    Arbitrary<String> wellFormed = Arbitraries.of("%FF", "%FE", "%FF%FE", "%C3", "%C3%28", "%E2%82", "%ED%A0%80",
        "%ED%B0%80", "%F4%90%80%80", "%F8%88%80%80%80", "%C0%AF", "%C0%80", "%00", "%0A", "%0D%0A", "%20", "%2F",
        "%25", "+", "%2B", "%3A", "a", "play", "%E0%80%80", "%80", "%2e", "%2E%2E", "%7F", "%25FF");
    Arbitrary<String> broken = Arbitraries.of("%", "%%", "%G1", "%1", "%zz", "%%41", "%u0041", "%2");
    return Arbitraries.frequencyOf(Tuple.of(9, wellFormed), Tuple.of(1, broken))
        .list().ofMinSize(1).ofMaxSize(8)
        .map(pieces -> String.join("", pieces));
  }

  /**
   * Raw bytes in a path segment, none that ends it (space, CR, LF, {@code /?#}): mostly ones a URI admits
   * (with bytes 0xA1 to 0xFF, which the JDK server reads as ISO-8859-1 characters), sometimes any (the JDK
   * server refuses those itself, URISyntaxException).
   */
  private Arbitrary<String> rawSegment() {
    Arbitrary<String> admitted = Arbitraries.strings()
        .withCharRange('a', 'z').withCharRange('A', 'Z').numeric().withChars("-._~!$&'()*+,;=:@")
        .withCharRange('\u00a1', '\u00ff')
        .ofMinLength(0).ofMaxLength(30);
    Arbitrary<String> any = Arbitraries.strings()
        .withCharRange('!', '\u00ff').withChars('\u0000', '\u0001', '\t', '\u007f')
        .excludeChars('/', '?', '#')
        .ofMinLength(0).ofMaxLength(30);
    return Arbitraries.frequencyOf(Tuple.of(4, admitted), Tuple.of(1, any));
  }

  private Arbitrary<String> queries() {
    Arbitrary<String> revisions = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as((high, low) -> new UUID(high, low).toString()),
        Arbitraries.of("", "00000000-0000-0000-0000-000000000000", "not-a-uuid", "%FF%FE", "%", "+", "%00",
            "5D7B9C1E-0F4A-4E8B-9C3D-2A1B0C9D8E7F", "a".repeat(37), "%ED%A0%80", "\u00ff"),
        Arbitraries.integers().between(1_000, 8_000).map("r"::repeat));
    Arbitrary<String> parameters = Arbitraries.frequencyOf(
        Tuple.of(8, revisions.map(value -> "RevisionId=" + value)),
        Tuple.of(2, Arbitraries.of("RevisionId", "revisionid=x", "=", "", "RevisionId=a=b", "%FF=%FE", "a=%",
            "Qualifier=1", "X-Amz-Credential=%FF", "X-Amz-Credential=AKID/20240101/us-west-2/lambda/aws4_request",
            "X-Amz-Credential=AKID%2F20240101%2Fcn-north-1%2Flambda%2Faws4_request",
            "X-Amz-Credential=AKID%2F20240101%2FUS-WEST-2%2Flambda%2Faws4_request", "RevisionId[]=x",
            "RevisionId=%3Fx%26y")),
        Tuple.of(1, rawSegment()));
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("")),
        Tuple.of(6, Combinators.combine(parameters.list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of("&", "&", "&", "&&", ";"))
            .as((list, separator) -> "?" + String.join(separator, list))));
  }

  // --- generators: Signer requests ------------------------------------------------------------------------

  /** Every part drawn on its own, under {@code /signing-profiles}. */
  private Arbitrary<HostileRequest> signerScatteredRequests() {
    return Combinators.combine(
            methods(), signerTargets(), httpVersions(), headerLines(), signerBodies(),
            Arbitraries.integers().between(0, 99))
        .as((method, target, version, headers, body, die) -> new HostileRequest(
            "signer scattered", method, target, version, headers, body, framing(body, die)));
  }

  /**
   * Aimed at one Signer operation, as {@link #aimedRequests()} is at Lambda's: mostly sane parts on the
   * playground profiles, one or two hostile ones, so that many requests reach the services and some succeed.
   */
  private Arbitrary<HostileRequest> signerAimedRequests() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, signerAimedAt(SignerCall.PUT_PROFILE)), Tuple.of(2, signerAimedAt(SignerCall.GET_PROFILE)),
        Tuple.of(1, signerAimedAt(SignerCall.CANCEL_PROFILE)), Tuple.of(6, signerAimedAt(SignerCall.ADD_PERMISSION)),
        Tuple.of(2, signerAimedAt(SignerCall.LIST_PERMISSIONS)),
        Tuple.of(4, signerAimedAt(SignerCall.REMOVE_PERMISSION)));
  }

  /** The Signer operations: method and path shape (0 the profile, 1 its permissions, 2 one permission). */
  enum SignerCall {
    PUT_PROFILE("PUT", 0), GET_PROFILE("GET", 0), CANCEL_PROFILE("DELETE", 0), ADD_PERMISSION("POST", 1),
    LIST_PERMISSIONS("GET", 1), REMOVE_PERMISSION("DELETE", 2);

    final String method;
    final int shape;

    SignerCall(String method, int shape) {
      this.method = method;
      this.shape = shape;
    }
  }

  private Arbitrary<HostileRequest> signerAimedAt(SignerCall call) {
    return hashedByIdentity(Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(call.method)), Tuple.of(1, methods())),
            Combinators.combine(signerAimedPaths(call), signerAimedQueries(call)).as(String::concat),
            httpVersions(),
            Arbitraries.frequencyOf(Tuple.of(3, signerSaneHeaderLines()), Tuple.of(2, headerLines())),
            signerAimedBodies(call),
            Arbitraries.integers().between(0, 99))
        .as((method, target, version, headers, body, die) -> new HostileRequest(
            "signer aimed at " + call, method, target, version, headers, body, framing(body, die))));
  }

  private Arbitrary<String> signerAimedPaths(SignerCall call) {
    // Cancels aim mostly at the spare names (and, rarely, the playground profile that may be canceled), so that
    // few of them are filtered out for naming the kept one.
    Arbitrary<String> profiles = call == SignerCall.CANCEL_PROFILE
        ? Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.of(PLAY_SPARES)), Tuple.of(1, Arbitraries.just(PLAY_PROFILE)),
            Tuple.of(2, profileSegments()))
        : Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.just(PLAY_KEPT)), Tuple.of(3, Arbitraries.just(PLAY_PROFILE)),
            Tuple.of(2, Arbitraries.of(PLAY_SPARES)), Tuple.of(1, Arbitraries.just("MyProfile")),
            Tuple.of(2, profileSegments()));
    Arbitrary<String> statements = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of("a", "b", "c", "s1", Fixtures.PROFILE_STATEMENT_ID, "role")),
        Tuple.of(2, signerStatementSegments()));
    return signerPaths(Arbitraries.just(call.shape), profiles, statements);
  }

  private Arbitrary<String> signerAimedQueries(SignerCall call) {
    return switch (call) {
      case REMOVE_PERMISSION -> Arbitraries.frequencyOf(
          Tuple.of(6, Arbitraries.just("?revisionId=" + REVISION)),
          Tuple.of(2, Arbitraries.just("")),
          Tuple.of(1, uuids().map(uuid -> "?revisionId=" + uuid)),
          Tuple.of(2, signerQueries()));
      case LIST_PERMISSIONS -> Arbitraries.frequencyOf(
          Tuple.of(5, Arbitraries.just("")),
          Tuple.of(2, Arbitraries.just("?nextToken=" + PAGE)),
          Tuple.of(3, signerQueries()));
      case GET_PROFILE -> Arbitraries.frequencyOf(
          Tuple.of(5, Arbitraries.just("")),
          Tuple.of(2, Arbitraries.of("?profileOwner=123456789012", "?profileOwner=223456789012")),
          Tuple.of(3, signerQueries()));
      default -> Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just("")), Tuple.of(3, signerQueries()));
    };
  }

  private Arbitrary<List<String>> signerSaneHeaderLines() {
    return Combinators.combine(
            Arbitraries.of(List.<String>of(), List.of(authorization("us-east-1", "signer")),
                List.of(authorization(GUARDED_REGION, "signer"))),
            Arbitraries.of(List.<String>of(), List.of("Content-Type: application/json")))
        .as((auth, type) -> {
          List<String> lines = new ArrayList<>();
          lines.add("Host: 127.0.0.1");
          lines.addAll(auth);
          lines.addAll(type);
          return lines;
        });
  }

  private Arbitrary<byte[]> signerAimedBodies(SignerCall call) {
    return switch (call) {
      case PUT_PROFILE -> aimed(sanePutProfileBodies(), putProfileBodies(), signerBodies());
      case ADD_PERMISSION -> aimed(saneAddProfilePermissionBodies(), addProfilePermissionBodies(), signerBodies());
      default -> emptyMostly(signerBodies());
    };
  }

  private Arbitrary<String> signerTargets() {
    return Arbitraries.frequencyOf(
        Tuple.of(16, Combinators.combine(
                signerPaths(Arbitraries.integers().between(0, 2), profileSegments(), signerStatementSegments()),
                signerQueries())
            .as(String::concat)),
        Tuple.of(2, Combinators.combine(signerOtherPrefixes(), profileSegments(), signerQueries())
            .as((prefix, profile, query) -> prefix + profile + query)),
        Tuple.of(1, Arbitraries.of("/signing-profiles", "/signing-profiles/", "/signing-profiles?nextToken=x",
            "/signing-profiles//permissions", "/signing-profiles/PlayKept/", "/signing-profiles/PlayKept//",
            "/signing-profiles/PlayKept/permissions/", "/signing-profiles/PlayKept/permissions//",
            "/signing-profiles/PlayKept/PERMISSIONS", "/signing-profiles/PlayKept/Permissions/a",
            "/signing-profiles/PlayKept%2Fpermissions", "/signing-profiles/PlayKept/permissions%2Fa",
            "/signing-profiles/PlayKept/permissions/a%2Fb", "/signing-profiles/PlayKept/permissions/a/b",
            "/signing-profiles/%2e%2e/permissions", "/signing-profiles/../signing-profiles/PlayKept",
            "/signing-profiles/PlayKept/permissions/..", "/SIGNING-PROFILES/PlayKept", "//signing-profiles/PlayKept",
            "/signing-profiles%2FPlayKept", "/%73igning-profiles/PlayKept", "/signing-profiles/PlayKept#permissions",
            "/signing-profiles/PlayKept;permissions", "/signing-profiles/PlayKept/permissions?",
            "http://127.0.0.1/signing-profiles/PlayKept/permissions", "/signing-profiles/PlayKept/versions/1/policy",
            "/signing-profiles/../2018-10-31/layers/play/versions/1/policy", "/signing-platforms/AWSLambda",
            "/signing-jobs", "/tags/arn:aws:signer:us-east-1:123456789012:/signing-profiles/PlayKept")));
  }

  private Arbitrary<String> signerPaths(
      Arbitrary<Integer> shapes, Arbitrary<String> profiles, Arbitrary<String> statements) {
    Arbitrary<String> extras = Arbitraries.frequencyOf(
        Tuple.of(14, Arbitraries.just("")),
        Tuple.of(1, Arbitraries.of("/", "//", "/x", "/permissions", "/permissions/a/b", "/..", "/.", ";a=b", "%00",
            "/%2F", "/revoke", "/1/2/3/4/5/6")));
    return Combinators.combine(profiles, statements, shapes, extras)
        .as((profile, sid, shape, extra) -> switch (shape) {
          case 0 -> SIGNER_PREFIX + profile;
          case 1 -> SIGNER_PREFIX + profile + "/permissions";
          default -> SIGNER_PREFIX + profile + "/permissions/" + sid;
        } + extra);
  }

  private Arbitrary<String> signerOtherPrefixes() {
    return Arbitraries.of("/signing-profiles", "/SIGNING-PROFILES/", "//signing-profiles/", "/signing-profile/",
        "/signing-profiles/x/permissions/x/", "/signing-profiles/PlayKept/permissions/a/", "/signing-jobs/",
        "/signing-platforms/", "/signing-profiles%2F", "/signing-profiles/PlayKept/");
  }

  /**
   * Profile-name segments: valid names (the playground's most), 1 and 65 and more characters, unicode,
   * percent-garbage (invalid UTF-8 included), ARN-like ones, near misses of the playground's names, empty.
   */
  private Arbitrary<String> profileSegments() {
    net.jqwik.api.arbitraries.StringArbitrary names = Arbitraries.strings().withChars(PROFILE_NAME_CHARS);
    return Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.just(PLAY_KEPT)),
        Tuple.of(4, Arbitraries.just(PLAY_PROFILE)),
        Tuple.of(3, Arbitraries.of("MyProfile", "PlayTmp0", "PlayTmp1", "ab", "__", "Play_Kept", "playkept",
            "PLAYKEPT", "a".repeat(64))),
        Tuple.of(5, names.ofMinLength(2).ofMaxLength(64)),
        Tuple.of(2, names.ofLength(1)),
        Tuple.of(2, names.ofMinLength(65).ofMaxLength(80)),
        Tuple.of(1, Arbitraries.of("a".repeat(65), "x".repeat(1_000), "x".repeat(8_000))),
        Tuple.of(1, Arbitraries.just("")),
        Tuple.of(3, profileArns()),
        Tuple.of(3, unicodeSegments()),
        Tuple.of(4, percentGarbage()),
        Tuple.of(2, rawSegment()),
        Tuple.of(2, Arbitraries.of("Play-Kept", "Play%20Kept", "Play+Kept", "PlayKept%00", "PlayKept%20", "%50layKept",
            "PlayKept.", "PlayKept%2F", "PlayKept%0A", "%C0%80PlayKept", "PlayKept%FF", utf8AsRaw("PlayKept\u00e9"),
            "Pl%61yKept", "%2550layKept", "PlayKept%2Fpermissions", "PlayKept%3Fx", "PlayKept%23")));
  }

  private Arbitrary<String> profileArns() {
    Arbitrary<String> partitions = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("aws")), Tuple.of(2, Arbitraries.of("aws-cn", "aws-us-gov", "xyz", "")));
    Arbitrary<String> regions = Arbitraries.of("us-east-1", "us-east-2", "cn-north-1", "", "x");
    Arbitrary<String> accounts = Arbitraries.of("123456789012", "223456789012", "", "1");
    Arbitrary<String> names = Arbitraries.of(PLAY_KEPT, PLAY_PROFILE, "MyProfile", "");
    Arbitrary<String> colons = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(":")), Tuple.of(1, Arbitraries.of("%3A", "%3a")));
    Arbitrary<String> slashes = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just("/")), Tuple.of(3, Arbitraries.of("%2F", "%2f")));
    Arbitrary<String> suffixes = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("")), Tuple.of(1, Arbitraries.of("/a1B2c3D4e5", ":1", "/")));
    return Combinators.combine(partitions, regions, accounts, names, colons, slashes, suffixes)
        .as((partition, region, account, name, colon, slash, suffix) -> "arn" + colon + partition + colon
            + "signer" + colon + region + colon + account + colon + slash + "signing-profiles" + slash + name
            + suffix.replace("/", slash));
  }

  private Arbitrary<String> signerStatementSegments() {
    net.jqwik.api.arbitraries.StringArbitrary names = Arbitraries.strings().withChars(NAME_CHARS);
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of("a", "b", "c", "s1", Fixtures.PROFILE_STATEMENT_ID, "role", "reader")),
        Tuple.of(3, names.ofMinLength(1).ofMaxLength(64)),
        Tuple.of(2, Arbitraries.of("a".repeat(64), "a".repeat(65), "-", "_", "a.b", "a+b", "a%20b", "%61",
            "a%00", "a%2Fb")),
        Tuple.of(1, names.ofMinLength(65).ofMaxLength(150)),
        Tuple.of(1, Arbitraries.just("")),
        Tuple.of(2, unicodeSegments()),
        Tuple.of(2, percentGarbage()),
        Tuple.of(1, rawSegment()));
  }

  /**
   * Signer's query parameters: {@code revisionId} (current, random, empty, repeated, huge), {@code nextToken}
   * (garbage, forged, huge, the real next page), {@code profileOwner} (12 digits, near misses, garbage).
   */
  private Arbitrary<String> signerQueries() {
    Arbitrary<String> revisions = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(REVISION)),
        Tuple.of(3, uuids()),
        Tuple.of(2, Arbitraries.of("", "not-a-uuid", "%FF%FE", "%", "+", "%00", "00000000-0000-0000-0000-000000000000",
            "5D7B9C1E-0F4A-4E8B-9C3D-2A1B0C9D8E7F", "a".repeat(37), "%ED%A0%80", "\u00ff", REVISION + "%20",
            "%7Erev%7E")),
        Tuple.of(1, Arbitraries.integers().between(1_000, 8_000).map("r"::repeat)));
    Arbitrary<String> forged = Combinators.combine(
            Arbitraries.oneOf(uuids(), Arbitraries.of("", "x")),
            Arbitraries.of("0", "1", "2", "-1", "100", "2147483647", "2147483648", "", "x", "1:2"))
        .as((revision, index) -> Base64.getUrlEncoder().withoutPadding()
            .encodeToString(utf8("grants-policy-page:" + revision + ':' + index)));
    Arbitrary<String> tokens = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(PAGE)),
        Tuple.of(3, Arbitraries.of("", "x", "null", "%FF", "%00", "====", "%3D%3D", "a+b", REVISION, "0", "-1",
            "Z3JhbnRzLXBvbGljeS1wYWdlOg", "eyJ0b2tlbiI6MX0=", "%ED%A0%80")),
        Tuple.of(3, forged),
        Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64)
            .map(bytes -> Base64.getUrlEncoder().encodeToString(bytes))),
        Tuple.of(1, Arbitraries.integers().between(1_000, 8_000).map("n"::repeat)));
    Arbitrary<String> owners = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of("123456789012", "223456789012", "000000000000", "999999999999")),
        Tuple.of(3, Arbitraries.of("", "12345678901", "1234567890123", "abc", "12345678901%00", "+23456789012",
            "-12345678901", "123456789012%20", "%20123456789012", "1.2345678901", "12345678901a", "%FF",
            "%31%32%33%34%35%36%37%38%39%30%31%32", percentEncodeAll("\u0661".repeat(12)),
            percentEncodeAll("\uff11".repeat(12)), "123456789012&profileOwner=223456789012")),
        Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(30)));
    Arbitrary<String> parameters = Arbitraries.frequencyOf(
        Tuple.of(4, revisions.map(value -> "revisionId=" + value)),
        Tuple.of(4, tokens.map(value -> "nextToken=" + value)),
        Tuple.of(4, owners.map(value -> "profileOwner=" + value)),
        Tuple.of(2, Arbitraries.of("revisionId", "revisionId=", "RevisionId=" + REVISION, "revisionid=" + REVISION,
            "revisionId=" + REVISION + "&revisionId=x", "revisionId=x&revisionId=" + REVISION, "nextToken",
            "nextToken=" + PAGE + "&nextToken=x", "profileOwner", "=", "", "%FF=%FE", "a=%", "revisionId[]=x",
            "revisionId=%3Fx%26y", "X-Amz-Credential=AKID/20240101/us-east-2/signer/aws4_request",
            "X-Amz-Credential=AKID%2F20240101%2Fus-east-2%2Fsigner%2Faws4_request",
            "X-Amz-Credential=AKID%2F20240101%2Fcn-north-1%2Fsigner%2Faws4_request", "X-Amz-Credential=%FF")),
        Tuple.of(1, rawSegment()));
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("")),
        Tuple.of(6, Combinators.combine(parameters.list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of("&", "&", "&", "&&", ";"))
            .as((list, separator) -> "?" + String.join(separator, list))));
  }

  private Arbitrary<String> uuids() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
        .as((high, low) -> new UUID(high, low).toString());
  }

  // --- generators: headers --------------------------------------------------------------------------------

  private Arbitrary<List<String>> headerLines() {
    return Combinators.combine(hostLines(), authorizationLines(), targetLines(), contentTypeLines(),
            otherHeaderLines(), bigHeaderLines(), repeatedHeaderLines())
        .as((host, auth, target, type, others, big, repeated) -> {
          List<String> lines = new ArrayList<>();
          lines.addAll(host);
          lines.addAll(auth);
          lines.addAll(target);
          lines.addAll(type);
          lines.addAll(others);
          lines.addAll(big);
          lines.addAll(repeated);
          return lines;
        });
  }

  private Arbitrary<List<String>> hostLines() {
    return Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.just(List.of("Host: 127.0.0.1"))),
        Tuple.of(1, Arbitraries.just(List.of())),
        Tuple.of(1, Arbitraries.of(List.of("Host: "), List.of("Host: a", "Host: b"), List.of("Host: \u00ff\u00fe"),
            List.of("Host: [::1"), List.of("Host: 127.0.0.1:99999"))));
  }

  private Arbitrary<String> regions() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of("us-east-1", "us-east-2")),
        Tuple.of(4, Arbitraries.of("eu-west-1", "cn-north-1", "us-gov-west-1", "us-iso-east-1", "us-isob-east-1",
            "ap-southeast-2")),
        Tuple.of(2, Arbitraries.of("", "US-EAST-1", "a", "-", "a--b", "x".repeat(50), "x".repeat(51), "us-east-1 ",
            utf8AsRaw("\u00fc"), "../..", "%75s-east-1", "us_east_1", "\u00ff")),
        Tuple.of(1, Arbitraries.strings().withChars("abc-019").ofMinLength(0).ofMaxLength(60)));
  }

  private Arbitrary<List<String>> authorizationLines() {
    Arbitrary<String> signed = Combinators.combine(regions(), Arbitraries.of("lambda", "s3", "", "lambda/x"))
        .as((region, service) -> "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/" + region + '/'
            + service + "/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123abcd");
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(List.of())),
        Tuple.of(10, signed.map(List::of)),
        Tuple.of(3, Arbitraries.of("Authorization: ", "Authorization: AWS4-HMAC-SHA256",
                "Authorization: AWS4-HMAC-SHA256 Credential=", "Authorization: AWS4-HMAC-SHA256 Credential=a/b/c",
                "Authorization: AWS4-HMAC-SHA256 Credential=////",
                "Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/us-west-2/lambda/aws4_request/extra",
                "Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/us-west-2/lambda/aws4_request,"
                    + "Credential=AKID/x/eu-west-1/lambda/aws4_request",
                "Authorization: Bearer x", "Authorization: Basic dXNlcjpwYXNz",
                "Authorization: AWS4-HMAC-SHA256Credential=AKID/20240101/us-west-2/lambda/aws4_request",
                "Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/\u00ff/lambda/aws4_request")
            .map(List::of)),
        Tuple.of(1, headerValues().map(value -> List.of("Authorization: " + value))),
        Tuple.of(1, Combinators.combine(signed, signed).as(List::of)));
  }

  private Arbitrary<List<String>> targetLines() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(List.of())),
        Tuple.of(1, Arbitraries.of("X-Amz-Target: AWSLambda.AddLayerVersionPermission", "X-Amz-Target: ",
            "X-Amz-Target: AWSLambda_20150331.RemoveLayerVersionPermission").map(List::of)),
        Tuple.of(1, headerValues().map(value -> List.of("X-Amz-Target: " + value))));
  }

  private Arbitrary<List<String>> contentTypeLines() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(List.of())),
        Tuple.of(6, Arbitraries.just(List.of("Content-Type: application/json"))),
        Tuple.of(2, Arbitraries.of("application/x-amz-json-1.1", "text/plain", "application/xml",
                "multipart/form-data; boundary=x", "application/json; charset=utf-16",
                "application/json; charset=\u00ff",
                "", "*/*", "application/x-www-form-urlencoded")
            .map(type -> List.of("Content-Type: " + type))),
        Tuple.of(1, headerValues().map(value -> List.of("Content-Type: " + value))));
  }

  private Arbitrary<List<String>> otherHeaderLines() {
    Arbitrary<String> names = Arbitraries.strings()
        .withCharRange('a', 'z').withCharRange('A', 'Z').numeric().withChars("-!#$%&'*+.^_`|~")
        .ofMinLength(1).ofMaxLength(40)
        .filter(name -> !List.of("connection", "content-length", "transfer-encoding", "host", "expect")
            .contains(name.toLowerCase(Locale.ROOT)));
    Arbitrary<String> random = Combinators.combine(names, headerValues()).as((name, value) -> name + ": " + value);
    Arbitrary<String> curated = Arbitraries.of("X-Amz-Date: 20240101T000000Z", "X-Amz-Security-Token: token",
        "User-Agent: aws-sdk-java/2.40.2", "Accept: */*", "Expect: 100-continue", "Content-Encoding: gzip",
        "X-Amz-Content-Sha256: UNSIGNED-PAYLOAD", "Content-MD5: xx", "X-Amzn-Trace-Id: Root=1-abc",
        "Accept-Encoding: br", "Cookie: a=b; c=d", "Range: bytes=0-1");
    // Lines the JDK server itself refuses (400 before the endpoint sees the request): rarer, or they would
    // hide everything else.
    Arbitrary<String> malformed = Arbitraries.of(" folded: continuation", "\tfolded", "NoColonHeader",
        ": empty-name", "Name : spaced", "X-\u00ff: \u00fe", "X Y: z", "X-\u0000: a");
    return Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.oneOf(random, curated).list().ofMinSize(0).ofMaxSize(5)),
        Tuple.of(1, Combinators.combine(malformed, random).as(List::of)));
  }

  private Arbitrary<List<String>> bigHeaderLines() {
    return Arbitraries.frequencyOf(
        Tuple.of(30, Arbitraries.just(List.of())),
        Tuple.of(1, Arbitraries.integers().between(8_000, 16_384).map(n -> List.of("X-Big: " + "a".repeat(n)))),
        Tuple.of(1, Arbitraries.integers().between(8_000, 16_384).map(n -> List.of(
            "Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/" + "a".repeat(n) + "/lambda/aws4_request"))),
        Tuple.of(1, Arbitraries.integers().between(8_000, 16_384)
            .map(n -> List.of("X-Amz-Target: " + "\u00ff".repeat(n)))));
  }

  private Arbitrary<List<String>> repeatedHeaderLines() {
    return Arbitraries.frequencyOf(
        Tuple.of(30, Arbitraries.just(List.of())),
        Tuple.of(1, Arbitraries.integers().between(2, 300).map(n -> repeat("X-Amz-Target: x", n))),
        Tuple.of(1, Arbitraries.integers().between(2, 50).map(n -> {
          List<String> lines = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            lines.add("Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/"
                + (i % 2 == 0 ? "us-west-2" : "cn-north-1") + "/lambda/aws4_request");
          }
          return lines;
        })),
        Tuple.of(1, Arbitraries.integers().between(2, 20).map(n -> repeat("Content-Type: application/json", n))));
  }

  /** A header value: any byte but CR and LF. */
  private Arbitrary<String> headerValues() {
    return Arbitraries.strings().withCharRange('\u0000', '\u00ff').excludeChars('\r', '\n')
        .ofMinLength(0).ofMaxLength(200);
  }

  // --- generators: bodies ---------------------------------------------------------------------------------

  private Arbitrary<byte[]> bodies() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(new byte[0])),
        Tuple.of(10, addPermissionBodies().map(RawRequests::utf8)),
        Tuple.of(6, publishBodies().map(RawRequests::utf8)),
        Tuple.of(5, wrongTypeBodies().map(RawRequests::utf8)),
        Tuple.of(5, brokenJson()),
        Tuple.of(2, hugeStrings().map(RawRequests::utf8)),
        Tuple.of(3, deepNesting().map(RawRequests::utf8)),
        Tuple.of(3, numbers().map(RawRequests::utf8)),
        Tuple.of(4, invalidUtf8()),
        Tuple.of(3, Arbitraries.of("null", "true", "false", "0", "-1", "\"x\"", "[]", "{}", "[{}]", " ", "\t\r\n",
            "\"\\ud800\"", "{\"Content\":null}", "{\"StatementId\":null}").map(RawRequests::utf8)),
        Tuple.of(2, duplicateKeys().map(RawRequests::utf8)),
        Tuple.of(3, surrogateEscapes().map(RawRequests::utf8)),
        Tuple.of(1, overTheLimit()),
        Tuple.of(3, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(1_024)),
        Tuple.of(3, mutated()));
  }

  @Provide
  Arbitrary<byte[]> smallBodies() {
    return Arbitraries.oneOf(
        Arbitraries.just(new byte[0]),
        addPermissionBodies().map(RawRequests::utf8),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(2_048));
  }

  private Arbitrary<String> addPermissionBodies() {
    Arbitrary<String> sids = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of("a", "b", "c", "s1", Fixtures.STATEMENT_ID, "sid-1")),
        Tuple.of(3, Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(1).ofMaxLength(100)),
        Tuple.of(2, Arbitraries.of("", "a".repeat(101), "a b", "\u00e9", "sid/1", "\u0661", "a\u0000")));
    Arbitrary<String> actions = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(Fixtures.ACTION)),
        Tuple.of(2, Arbitraries.of("lambda:*", "*", "", "lambda:GetLayerVersion ", "lambda:GetLayerVersionX",
            "LAMBDA:GETLAYERVERSION", "lambda:getlayerversion", "s3:GetObject")));
    Arbitrary<String> principals = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(Fixtures.GRANTEE, "*", "arn:aws:iam::223456789012:root")),
        Tuple.of(3, Arbitraries.of("arn:aws-cn:iam::223456789012:root", "arn:awsX:iam::223456789012:root",
            "arn:aws-:iam::223456789012:root", "arn:aws:iam::223456789012:user/x", "12345678901",
            "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661\u0662", "", "**",
            "arn:aws:iam:us-east-1:223456789012:root", "arn:aws-us-gov:iam::223456789012:root",
            "arn:aws-a-b-c-d:iam::223456789012:root", "arn:aws:sts::223456789012:assumed-role/x/y")),
        Tuple.of(1, Arbitraries.strings().withChars("abcxyzXYZ-").ofMinLength(0).ofMaxLength(40)
            .map(partition -> "arn:aws" + partition + ":iam::223456789012:root")),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(40)));
    Arbitrary<String> organizations = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("")),
        Tuple.of(2, Arbitraries.just(Fixtures.ORGANIZATION)),
        Tuple.of(2, Arbitraries.of("o-", "o-" + "a".repeat(33), "O-ABCDEFGHIJ", "o-abcdefghi", "o-abcdefghij!",
            "org")));
    // 0 to 6: some required member left out (bit 0 StatementId, 1 Action, 2 Principal); 7: RevisionId in the
    // body, where it does not belong; 8 and up: the three members present.
    return Combinators.combine(sids, actions, principals, organizations, Arbitraries.integers().between(0, 23))
        .as((sid, action, principal, organization, die) -> {
          int absent = die < 7 ? die + 1 : 0;
          Map<String, String> members = new LinkedHashMap<>();
          if ((absent & 1) == 0) {
            members.put("StatementId", jsonString(sid));
          }
          if ((absent & 2) == 0) {
            members.put("Action", jsonString(action));
          }
          if ((absent & 4) == 0) {
            members.put("Principal", jsonString(principal));
          }
          if (!organization.isEmpty()) {
            members.put("OrganizationId", jsonString(organization));
          }
          if (die == 7) {
            members.put("RevisionId", jsonString("x"));
          }
          return object(members);
        });
  }

  private Arbitrary<String> publishBodies() {
    Arbitrary<String> zips = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(2_048)
            .map(bytes -> jsonString(Base64.getEncoder().encodeToString(bytes)))),
        Tuple.of(2, Arbitraries.of("\"!!!\"", "\"a\"", "\"====\"", "\"YQ\"", "\"Y Q==\"", "\"QUFB\\nQUFB\"", "\"\"",
            "\"QQ==QQ==\"", "\"\\u0000\"", "null", "1", "[]", "{}", "true")));
    Arbitrary<String> texts = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(300).map(RawRequests::jsonString),
        Arbitraries.of("null", "\"\"", "\"\\ud800\"", "\"\\udfff x\"", "1", "[\"x\"]"));
    Arbitrary<String> lists = Arbitraries.oneOf(
        Arbitraries.of("[]", "[\"python3.12\"]", "[\"x86_64\",\"arm64\"]", "[\"nope\"]", "[null]", "[1]", "[[]]",
            "null", "\"python3.12\"", "[\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\","
                + "\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\","
                + "\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\"]"),
        Arbitraries.strings().ofMaxLength(20).map(RawRequests::jsonString).list().ofMaxSize(20)
            .map(items -> "[" + String.join(",", items) + "]"));
    Arbitrary<String> contents = Arbitraries.frequencyOf(
        Tuple.of(8, zips.map(zip -> "{\"ZipFile\":" + zip + "}")),
        Tuple.of(1, Arbitraries.of("{}", "{\"S3Bucket\":\"b\",\"S3Key\":\"k\"}", "{\"S3Bucket\":\"b\"}",
            "{\"ZipFile\":\"QQ==\",\"S3Bucket\":\"b\",\"S3Key\":\"k\",\"S3ObjectVersion\":\"1\"}", "null", "[]",
            "\"QQ==\"", "{\"ZipFile\":\"QQ==\",\"ZipFile\":\"QQ==\"}")));
    return Combinators.combine(contents, texts, lists, texts, lists, Arbitraries.integers().between(0, 31))
        .as((content, description, runtimes, license, architectures, present) -> {
          Map<String, String> members = new LinkedHashMap<>();
          members.put("Content", content);
          if ((present & 1) != 0) {
            members.put("Description", description);
          }
          if ((present & 2) != 0) {
            members.put("CompatibleRuntimes", runtimes);
          }
          if ((present & 4) != 0) {
            members.put("LicenseInfo", license);
          }
          if ((present & 8) != 0) {
            members.put("CompatibleArchitectures", architectures);
          }
          if (present == 31) {
            members.remove("Content");
          }
          return object(members);
        });
  }

  private Arbitrary<String> wrongTypeBodies() {
    Arbitrary<String> members = Arbitraries.of("StatementId", "Action", "Principal", "OrganizationId", "Content",
        "Description", "CompatibleRuntimes", "LicenseInfo", "CompatibleArchitectures", "RevisionId", "S3Bucket");
    return Combinators.combine(members, wrongTypeValues()).as((name, value) -> jsonString(name) + ':' + value)
        .list().ofMinSize(1).ofMaxSize(4)
        .map(pairs -> "{" + String.join(",", pairs) + "}");
  }

  private Arbitrary<byte[]> brokenJson() {
    Arbitrary<String> fixed = Arbitraries.of("{", "}", "[", "]", "{\"", "{\"a\"", "{\"a\":", "{\"a\":}", "{,}",
        "{\"a\":1,}", "[1,]", "{'a':1}", "{a:1}", "{\"a\" 1}", "{\"a\":1}}", "{}garbage", "{}{}", "{} {}",
        "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":-Infinity}", "{\"a\":01}", "{\"a\":.5}", "{\"a\":1.}",
        "{\"a\":+1}", "{\"a\":0x10}", "/* c */{}", "{}// c", "\ufeff{}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}",
        "{\"a\":\"\\uZZZZ\"}", "{\"a\":\"unterminated}", "{\"a\":tru}", "{\"a\":nul}", "{\"StatementId\":\"a\"",
        "\"", "{\"a\":\"\u0001\"}", "{\"a\"\u0000:1}", "\u0000", "{\"StatementId\":\"a\"}\u0000",
        "{\"Content\":{\"ZipFile\":\"QQ==\"}", "{\"a\":[1,2}", "{\"a\":{\"b\":1]}", "{\"a\":\"\\\"}", "{\"\\", "\\");
    Arbitrary<byte[]> cut = Combinators.combine(addPermissionBodies(), Arbitraries.doubles().between(0, 1))
        .as((body, where) -> {
          byte[] bytes = utf8(body);
          return Arrays.copyOf(bytes, (int) (bytes.length * where));
        });
    Arbitrary<byte[]> otherEncodings = Combinators.combine(addPermissionBodies(),
            Arbitraries.of("UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"))
        .as((body, charset) -> body.getBytes(java.nio.charset.Charset.forName(charset)));
    return Arbitraries.oneOf(fixed.map(RawRequests::utf8), cut, otherEncodings);
  }

  private Arbitrary<String> wrongTypeValues() {
    return Arbitraries.of("1", "-1", "1.5", "true", "false", "[]", "[\"a\"]", "[1]", "{}",
        "{\"a\":1}", "null", "[[]]", "{\"ZipFile\":1}", "{\"ZipFile\":[]}", "{\"ZipFile\":{}}", "\"a\"",
        "{\"ZipFile\":true}", "[{\"ZipFile\":\"QQ==\"}]", "0", "1e400");
  }

  private Arbitrary<String> hugeStrings() {
    Arbitrary<String> members = Arbitraries.of("StatementId", "Action", "Principal", "OrganizationId", "Description",
        "LicenseInfo", "x", "");
    Arbitrary<String> units = Arbitraries.of("a", "\u00e9", "\u4e2d", "\\n", "\\u0041", "\\ud800", "\\\"", " ");
    return Combinators.combine(members, units, Arbitraries.integers().between(1_000, 100_000), Arbitraries.of(0, 1, 2))
        .as((member, unit, length, shape) -> {
          String huge = unit.repeat(Math.max(1, length / utf8(unit).length));
          return switch (shape) {
            case 0 -> "{" + jsonString(member) + ":\"" + huge + "\"}";
            case 1 -> "{\"Content\":{\"ZipFile\":\"" + "QUFB".repeat(length / 4) + "\"}}";
            default -> "{\"" + huge + "\":1}";
          };
        });
  }

  private Arbitrary<String> deepNesting() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 5_000).withDistribution(net.jqwik.api.RandomDistribution.uniform()),
            Arbitraries.integers().between(0, 5))
        .as((depth, shape) -> switch (shape) {
          case 0 -> "[".repeat(depth) + "]".repeat(depth);
          case 1 -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
          case 2 -> "[".repeat(depth);
          case 3 -> "{\"StatementId\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
          case 4 -> "{\"Content\":" + "{\"ZipFile\":".repeat(depth) + "\"QQ==\"" + "}".repeat(depth) + "}";
          default -> "[{\"a\":".repeat(depth) + "null" + "}]".repeat(depth);
        });
  }

  private Arbitrary<String> numbers() {
    Arbitrary<String> values = hostileNumbers();
    Arbitrary<String> members = Arbitraries.of("StatementId", "Action", "Principal", "OrganizationId", "x",
        "Content", "Description");
    return Combinators.combine(members, values, Arbitraries.integers().between(0, 3))
        .as((member, value, shape) -> switch (shape) {
          case 0 -> "{" + jsonString(member) + ":" + value + "}";
          case 1 -> value;
          case 2 -> "[" + value + "]";
          default -> "{\"Content\":{\"ZipFile\":" + value + "}}";
        });
  }

  private Arbitrary<String> hostileNumbers() {
    return Arbitraries.of("1e400", "-1e400", "1e-400", "99999999999999999999999",
        "-99999999999999999999999", "1" + "0".repeat(64), "1" + "0".repeat(400), "0." + "0".repeat(200) + "1",
        "-0", "1E+2", "4.9e-324", "1.7976931348623157e309", "9223372036854775808", "-9223372036854775809");
  }

  private Arbitrary<byte[]> invalidUtf8Sequences() {
    return Arbitraries.of(
        bytes(0xFF), bytes(0xFE), bytes(0xFF, 0xFE), bytes(0xC0, 0xAF), bytes(0x80), bytes(0xE2, 0x82),
        bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF), bytes(0xF4, 0x90, 0x80, 0x80),
        bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0xC3), bytes(0xE0, 0x80, 0x80), bytes(0xC0, 0x80),
        bytes(0xFE, 0xFF, 0x00, 0x7B));
  }

  private Arbitrary<byte[]> invalidUtf8() {
    Arbitrary<byte[]> sequences = invalidUtf8Sequences();
    Arbitrary<String> members = Arbitraries.of("StatementId", "Action", "Principal", "Description", "LicenseInfo");
    return Combinators.combine(sequences, members, Arbitraries.integers().between(0, 3))
        .as((bad, member, shape) -> switch (shape) {
          case 0 -> concat(utf8("{\"" + member + "\":\""), bad, utf8("\"}"));
          case 1 -> concat(utf8("{\""), bad, utf8("\":\"a\"}"));
          case 2 -> bad;
          default -> concat(utf8("{\"Content\":{\"ZipFile\":\"QQ==\"},\"" + member + "\":\"x"), bad, utf8("\"}"));
        });
  }

  private Arbitrary<String> duplicateKeys() {
    return Arbitraries.of(
        "{\"StatementId\":\"a\",\"StatementId\":\"b\",\"Action\":\"lambda:GetLayerVersion\",\"Principal\":\"*\"}",
        "{\"StatementId\":\"a\",\"Action\":\"lambda:GetLayerVersion\",\"Principal\":\"*\",\"Principal\":\"1\"}",
        "{\"Content\":{\"ZipFile\":\"QQ==\",\"ZipFile\":\"QQ==\"}}",
        "{\"Content\":{\"ZipFile\":\"QQ==\"},\"Content\":{\"ZipFile\":\"QQ==\"}}", "{\"a\":1,\"a\":1}",
        "{\"StatementId\":\"a\",\"StatementId\":\"a\"}", "{\"x\":{\"y\":1,\"y\":2}}");
  }

  /** JSON string contents, unquoted: escapes of unpaired surrogates and other odd code points. */
  private Arbitrary<String> surrogateEscapeTexts() {
    return Arbitraries.of("\\ud800", "\\udc00", "\\udfff", "\\ud800\\u0041", "\\ud800\\ud800",
        "\\udc00\\ud800", "x\\ud83d", "\\ud83d\\ude00", "\\uDBFF", "\\u0000", "\\uFFFF", "\\uFFFE");
  }

  private Arbitrary<String> surrogateEscapes() {
    Arbitrary<String> escapes = surrogateEscapeTexts();
    Arbitrary<String> members = Arbitraries.of("StatementId", "Action", "Principal", "OrganizationId", "Description",
        "LicenseInfo");
    return Combinators.combine(escapes, members, Arbitraries.integers().between(0, 3))
        .as((escape, member, shape) -> switch (shape) {
          case 0 -> "{\"" + member + "\":\"" + escape + "\"}";
          case 1 -> "{\"StatementId\":\"a\",\"Action\":\"lambda:GetLayerVersion\",\"Principal\":\"*\",\""
              + member + "\":\"" + escape + "\"}";
          case 2 -> "{\"Content\":{\"ZipFile\":\"QQ==\"},\"" + member + "\":\"" + escape + "\","
              + "\"CompatibleRuntimes\":[\"" + escape + "\"]}";
          default -> "{\"" + escape + "\":\"" + escape + "\"}";
        });
  }

  private Arbitrary<byte[]> overTheLimit() {
    return Combinators.combine(
            Arbitraries.integers().between(SMALL_LIMIT - 1, SMALL_LIMIT + 64 * 1024), Arbitraries.of('a', ' ', '['))
        .as((length, fill) -> {
          byte[] body = new byte[length];
          Arrays.fill(body, (byte) (char) fill);
          byte[] start = utf8("{\"Description\":\"");
          System.arraycopy(start, 0, body, 0, start.length);
          return body;
        });
  }

  private Arbitrary<byte[]> mutated() {
    Arbitrary<byte[]> valid = Arbitraries.oneOf(addPermissionBodies(), publishBodies())
        .map(RawRequests::utf8);
    Arbitrary<List<Tuple.Tuple2<Double, Byte>>> edits = Combinators.combine(
            Arbitraries.doubles().between(0, 1), Arbitraries.bytes())
        .as(Tuple::of).list().ofMinSize(1).ofMaxSize(8);
    return Combinators.combine(valid, edits).as((body, changes) -> {
      byte[] changed = body.clone();
      for (Tuple.Tuple2<Double, Byte> change : changes) {
        if (changed.length > 0) {
          changed[(int) (change.get1() * (changed.length - 1))] = change.get2();
        }
      }
      return changed;
    });
  }

  // --- generators: Signer bodies --------------------------------------------------------------------------

  private Arbitrary<byte[]> signerBodies() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(new byte[0])),
        Tuple.of(10, addProfilePermissionBodies().map(RawRequests::utf8)),
        Tuple.of(8, putProfileBodies().map(RawRequests::utf8)),
        Tuple.of(5, signerWrongTypeBodies().map(RawRequests::utf8)),
        Tuple.of(4, brokenJson()),
        Tuple.of(3, deepNesting().map(RawRequests::utf8)),
        Tuple.of(6, signerHostileValues().map(RawRequests::utf8)),
        Tuple.of(4, signerInvalidUtf8()),
        Tuple.of(3, Arbitraries.of("null", "true", "false", "0", "-1", "\"x\"", "[]", "{}", "[{}]", " ", "\t\r\n",
            "\"\\ud800\"", "{\"platformId\":null}", "{\"statementId\":null}", "{\"tags\":null}",
            "{\"signingMaterial\":null}").map(RawRequests::utf8)),
        Tuple.of(2, Arbitraries.of(
            "{\"statementId\":\"a\",\"statementId\":\"b\",\"action\":\"signer:SignPayload\","
                + "\"principal\":\"223456789012\"}",
            "{\"statementId\":\"a\",\"action\":\"signer:SignPayload\",\"principal\":\"223456789012\","
                + "\"principal\":\"1\"}",
            "{\"platformId\":\"AmazonFreeRTOS-Default\",\"platformId\":\"AWSLambda-SHA384-ECDSA\"}",
            "{\"platformId\":\"AmazonFreeRTOS-Default\",\"tags\":{\"a\":\"1\",\"a\":\"2\"}}",
            "{\"platformId\":\"AmazonFreeRTOS-Default\",\"signatureValidityPeriod\":{\"value\":1,\"value\":2}}")
            .map(RawRequests::utf8)),
        Tuple.of(1, overTheLimit()),
        Tuple.of(3, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(1_024)),
        Tuple.of(3, signerMutated()));
  }

  private Arbitrary<String> saneAddProfilePermissionBodies() {
    return Combinators.combine(
            Arbitraries.of("a", "b", "c", "s1", Fixtures.PROFILE_STATEMENT_ID, "role"),
            Arbitraries.of(SIGNER_ACTIONS),
            Arbitraries.of(Fixtures.GRANTEE, ROLE, "323456789012"),
            Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(ABSENT)),
                Tuple.of(1, Arbitraries.strings().withChars(PROFILE_NAME_CHARS.replace("_", "")).ofLength(10))),
            Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(ABSENT)), Tuple.of(1, Arbitraries.just(REVISION))))
        .as((sid, action, principal, version, revision) -> {
          Map<String, String> members = new LinkedHashMap<>();
          members.put("statementId", jsonString(sid));
          members.put("action", jsonString(action));
          members.put("principal", jsonString(principal));
          if (!version.equals(ABSENT)) {
            members.put("profileVersion", jsonString(version));
          }
          if (!revision.equals(ABSENT)) {
            members.put("revisionId", jsonString(revision));
          }
          return object(members);
        });
  }

  /**
   * AddProfilePermission bodies with hostile members: statement ids of 64 and 65 characters, each of the four
   * actions and unknown ones, account, role, role-with-path, user and garbage principals (role ARNs in
   * partitions of any length among them), good and bad profile versions, current, wrong and odd revision ids.
   */
  private Arbitrary<String> addProfilePermissionBodies() {
    Arbitrary<String> sids = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of("a", "b", "c", "s1", Fixtures.PROFILE_STATEMENT_ID, "role")),
        Tuple.of(3, Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(1).ofMaxLength(64)),
        Tuple.of(3, Arbitraries.of("a".repeat(64), "a".repeat(65), "", "a b", "a.b", "\u00e9", "sid/1", "\u0661",
            "a\u0000", "-", "_", "a\n")),
        Tuple.of(1, Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(65).ofMaxLength(200)));
    Arbitrary<String> actions = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of(SIGNER_ACTIONS)),
        Tuple.of(3, Arbitraries.of("signer:*", "*", "", "signer:startsigningjob", "SIGNER:StartSigningJob",
            "signer:StartSigningJob ", " signer:SignPayload", "signer:ListProfilePermissions",
            "signer:PutSigningProfile", "lambda:GetLayerVersion", "signer:", "signer:RevokeSignature\u0000",
            "signer:GetSigningProfile*", "signer:SignPayload,signer:RevokeSignature")),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(40)));
    Arbitrary<String> principals = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(Fixtures.GRANTEE, ROLE, "123456789012")),
        Tuple.of(4, Arbitraries.of("arn:aws:iam::223456789012:role/path/signer",
            "arn:aws:iam::223456789012:role/path/", "arn:aws:iam::223456789012:user/signer",
            "arn:aws:iam::223456789012:root", "*", "22345678901", "2234567890123", "",
            "\u0662\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661\u0662",
            "arn:aws-cn:iam::223456789012:role/signer", "arn:aws-us-gov:iam::223456789012:role/signer",
            "arn:aws:iam::223456789012:role/", "arn:aws:iam::223456789012:role/" + "r".repeat(64),
            "arn:aws:iam::223456789012:role/" + "r".repeat(65), "arn:aws:iam:us-east-1:223456789012:role/signer",
            "arn:aws:sts::223456789012:assumed-role/signer/session", "arn:aws:iam::223456789012:role/a b",
            "ARN:aws:iam::223456789012:role/signer", "arn:aws:iam::223456789012:role/signer\n",
            "arn:aws:iam::2234567890123:role/signer", "arn:aws:iam::223456789012:group/signer",
            "arn:aws:iam::223456789012:role/signer:x", " 223456789012", "223456789012 ", "arn:aws:iam::*:role/x")),
        Tuple.of(2, roleArnsInAnyPartition()),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(40)));
    Arbitrary<String> versions = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(ABSENT)),
        Tuple.of(2, Arbitraries.strings().withChars(PROFILE_NAME_CHARS.replace("_", "")).ofLength(10)),
        Tuple.of(2, Arbitraries.of("", "abc", "abcdefghi", "abcdefghijk", "abcdefghi-", "abcdefghi_",
            "ABCDEFGHI\u00e9", "\u0661".repeat(10), "abcdefghi ", "1", "a".repeat(1_000))));
    Arbitrary<String> revisions = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(ABSENT)),
        Tuple.of(2, Arbitraries.just(REVISION)),
        Tuple.of(1, uuids()),
        Tuple.of(1, Arbitraries.of("", "x", "r".repeat(5_000), REVISION.toUpperCase(Locale.ROOT))));
    // 0 to 6: some required member left out (bit 0 statementId, 1 action, 2 principal); 7: Lambda's
    // PascalCase members instead; 8: one member of a wrong JSON type; 9 and up: the three members present.
    return Combinators.combine(sids, actions, principals, versions, revisions, wrongTypeValues(),
            Arbitraries.integers().between(0, 27))
        .as((sid, action, principal, version, revision, wrong, die) -> {
          int absent = die < 7 ? die + 1 : 0;
          Map<String, String> members = new LinkedHashMap<>();
          String prefix = die == 7 ? "S" : "s";
          if ((absent & 1) == 0) {
            members.put(prefix + "tatementId", jsonString(sid));
          }
          if ((absent & 2) == 0) {
            members.put(die == 7 ? "Action" : "action", jsonString(action));
          }
          if ((absent & 4) == 0) {
            members.put(die == 7 ? "Principal" : "principal", jsonString(principal));
          }
          if (!version.equals(ABSENT)) {
            members.put("profileVersion", jsonString(version));
          }
          if (!revision.equals(ABSENT)) {
            members.put("revisionId", jsonString(revision));
          }
          if (die == 8) {
            members.put(List.of("statementId", "action", "principal", "profileVersion", "revisionId")
                .get(Math.floorMod(wrong.hashCode(), 5)), wrong);
          }
          return object(members);
        });
  }

  /** {@code arn:aws<letters and dashes>:iam::<account>:role/<name>}: partitions of every length, 0 to 40 more. */
  private Arbitrary<String> roleArnsInAnyPartition() {
    return Combinators.combine(
            Arbitraries.strings().withChars("abcxyzXYZ-").ofMinLength(0).ofMaxLength(40),
            Arbitraries.of("223456789012", "123456789012"),
            Arbitraries.strings().withChars(NAME_CHARS + "+=,.@").ofMinLength(1).ofMaxLength(64))
        .as((partition, account, role) -> "arn:aws" + partition + ":iam::" + account + ":role/" + role);
  }

  private Arbitrary<String> sanePutProfileBodies() {
    return Combinators.combine(
            Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just(PLAY_PLATFORM)),
                Tuple.of(1, Arbitraries.of(Fixtures.LAMBDA_PLATFORM, Fixtures.CONTAINER_PLATFORM,
                    "AWSIoTDeviceManagement-SHA256-ECDSA", "AmazonFreeRTOS-TI-CC3220SF"))),
            Arbitraries.integers().between(0, 15))
        .as((platform, present) -> {
          Map<String, String> members = new LinkedHashMap<>();
          members.put("platformId", jsonString(platform));
          if ((present & 1) != 0) {
            members.put("signingMaterial",
                "{\"certificateArn\":\"arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d\"}");
          }
          if ((present & 2) != 0) {
            members.put("signatureValidityPeriod", "{\"value\":12,\"type\":\"MONTHS\"}");
          }
          if ((present & 4) != 0) {
            members.put("tags", "{\"team\":\"hostile\"}");
          }
          if ((present & 8) != 0) {
            members.put("signingParameters", "{\"param\":\"value\"}");
            members.put("overrides",
                "{\"signingConfiguration\":{\"encryptionAlgorithm\":\"ECDSA\",\"hashAlgorithm\":\"SHA256\"}}");
          }
          return object(members);
        });
  }

  /**
   * PutSigningProfile bodies with hostile members: known, unknown and wrongly typed platform ids, signing
   * material, validity periods whose value is a huge number or a string, overrides, empty and huge tag and
   * parameter maps.
   */
  private Arbitrary<String> putProfileBodies() {
    Arbitrary<String> platforms = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of(PLAY_PLATFORM, Fixtures.LAMBDA_PLATFORM, Fixtures.CONTAINER_PLATFORM,
            "AWSIoTDeviceManagement-SHA256-ECDSA", "AmazonFreeRTOS-TI-CC3220SF")
            .map(RawRequests::jsonString)),
        Tuple.of(2, Arbitraries.of("AWSLambda", "", "amazonfreertos-default", "AmazonFreeRTOS-Default ",
            " AmazonFreeRTOS-Default", "AmazonFreeRTOS-Default\u0000", "\u0410mazonFreeRTOS-Default",
            "Notation-OCI-SHA384-ECDSA-X", "AWSLambda-SHA384-ECDSA\n", "x".repeat(1_000), "\ud800")
            .map(RawRequests::jsonString)),
        Tuple.of(2, Arbitraries.of("1", "[]", "{}", "true", "null", "[\"AmazonFreeRTOS-Default\"]",
            "{\"id\":\"AmazonFreeRTOS-Default\"}", "1e400")),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(40).map(RawRequests::jsonString)));
    Arbitrary<String> materials = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of("{\"certificateArn\":\"arn:aws:acm:us-east-1:123456789012:certificate/x\"}",
            "{}", "{\"certificateArn\":null}", "{\"certificateArn\":1}", "{\"certificateArn\":\"\"}",
            "{\"certificateArn\":\"\\ud800\"}", "\"x\"", "[]", "null", "1", "{\"certificateArn\":[\"a\"]}",
            "{\"certificateArn\":{}}", "{\"certificateArn\":\"a\",\"other\":1}")),
        Tuple.of(1, Arbitraries.integers().between(1_000, 100_000)
            .map(n -> "{\"certificateArn\":\"" + "c".repeat(n) + "\"}")));
    Arbitrary<String> types = Arbitraries.of("\"DAYS\"", "\"MONTHS\"", "\"YEARS\"", "\"WEEKS\"", "\"\"", "\"months\"",
        "1", "null", "[]", "\"\\ud800\"");
    Arbitrary<String> validities = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of("{\"value\":135,\"type\":\"MONTHS\"}", "{\"value\":2147483647,\"type\":\"DAYS\"}",
            "{\"value\":2147483648}", "{\"value\":-2147483648,\"type\":\"YEARS\"}", "{\"value\":-2147483649}",
            "{\"value\":-1,\"type\":\"YEARS\"}", "{\"value\":0}", "{\"value\":1e400}", "{\"value\":1e2}",
            "{\"value\":1.0}", "{\"value\":1.5}", "{\"value\":\"135\"}", "{\"value\":\"\"}",
            "{\"value\":99999999999999999999999}", "{\"value\":1" + "0".repeat(63) + "}",
            "{\"value\":1" + "0".repeat(70) + "}", "{\"value\":true}", "{\"value\":null,\"type\":null}",
            "{\"value\":-0}", "{\"value\":9223372036854775808}", "{\"type\":\"WEEKS\"}", "{\"type\":\"\"}",
            "{\"type\":\"months\"}", "{\"type\":1}", "{}", "\"135\"", "[]", "null", "135", "{\"value\":[135]}",
            "{\"value\":{\"value\":135}}")),
        Tuple.of(2, Combinators.combine(Arbitraries.integers(), types)
            .as((value, type) -> "{\"value\":" + value + ",\"type\":" + type + "}")),
        Tuple.of(1, hostileNumbers().map(value -> "{\"value\":" + value + ",\"type\":\"DAYS\"}")));
    Arbitrary<String> overrides = Arbitraries.of("{}", "{\"signingConfiguration\":{}}",
        "{\"signingConfiguration\":{\"encryptionAlgorithm\":\"RSA\",\"hashAlgorithm\":\"SHA1\"}}",
        "{\"signingConfiguration\":{\"encryptionAlgorithm\":\"DSA\"}}",
        "{\"signingConfiguration\":{\"hashAlgorithm\":\"MD5\"}}", "{\"signingImageFormat\":\"JSONDetached\"}",
        "{\"signingImageFormat\":\"XML\"}", "{\"signingImageFormat\":1}", "{\"signingConfiguration\":\"x\"}",
        "{\"signingConfiguration\":[]}", "[]", "\"x\"", "null",
        "{\"signingConfiguration\":{\"encryptionAlgorithm\":null}}", "{\"signingImageFormat\":\"\\ud800\"}",
        "{\"signingConfiguration\":{\"encryptionAlgorithm\":\"rsa\",\"hashAlgorithm\":\"\"}}");
    return Combinators.combine(platforms, materials, validities, overrides, stringMaps(), stringMaps(),
            Arbitraries.integers().between(0, 63))
        .as((platform, material, validity, override, tags, parameters, present) -> {
          Map<String, String> members = new LinkedHashMap<>();
          if (present % 8 != 0) {
            members.put("platformId", platform);
          }
          if ((present & 1) != 0) {
            members.put("signingMaterial", material);
          }
          if ((present & 2) != 0) {
            members.put("signatureValidityPeriod", validity);
          }
          if ((present & 8) != 0) {
            members.put("overrides", override);
          }
          if ((present & 16) != 0) {
            members.put("tags", tags);
          }
          if ((present & 32) != 0) {
            members.put("signingParameters", parameters);
          }
          return object(members);
        });
  }

  /** Tag and signing-parameter maps: empty, odd, wrongly typed, 199 to 201 entries and more, huge values. */
  private Arbitrary<String> stringMaps() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of("{}", "{\"k\":\"v\"}", "{\"k\":1}", "{\"k\":null}", "{\"\":\"\"}",
            "{\"\\ud800\":\"\\udc00\"}", "{\"k\":{}}", "{\"k\":[]}", "[]", "\"x\"", "null", "{\"aws:x\":\"v\"}",
            "{\"k\":\"v\",\"k\":\"w\"}", "[{\"k\":\"v\"}]")),
        Tuple.of(2, Arbitraries.integers().between(195, 205).map(HostileRequestProperties::mapOf)),
        Tuple.of(1, Arbitraries.integers().between(1_000, 2_000).map(HostileRequestProperties::mapOf)),
        Tuple.of(1, Arbitraries.integers().between(1_000, 60_000)
            .map(n -> "{\"k\":\"" + "v".repeat(n) + "\",\"" + "k".repeat(n) + "\":\"v\"}")),
        Tuple.of(1, Combinators.combine(Arbitraries.strings().ofMaxLength(20), Arbitraries.strings().ofMaxLength(20))
            .as((key, value) -> "{" + jsonString(key) + ":" + jsonString(value) + "}")));
  }

  private static String mapOf(int entries) {
    StringBuilder json = new StringBuilder(entries * 16).append('{');
    for (int i = 0; i < entries; i++) {
      json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v").append(i).append('"');
    }
    return json.append('}').toString();
  }

  private static final List<String> SIGNER_MEMBERS = List.of("statementId", "action", "principal",
      "profileVersion", "revisionId", "platformId", "signingMaterial", "signatureValidityPeriod", "overrides",
      "signingParameters", "tags");

  private Arbitrary<String> signerWrongTypeBodies() {
    return Combinators.combine(Arbitraries.of(SIGNER_MEMBERS), wrongTypeValues())
        .as((name, value) -> jsonString(name) + ':' + value)
        .list().ofMinSize(1).ofMaxSize(4)
        .map(pairs -> "{" + String.join(",", pairs) + "}");
  }

  /**
   * One hostile value (unpaired surrogate escapes, huge numbers, huge strings) in one Signer member, nested
   * ones included, alone or next to members that are otherwise sane.
   */
  private Arbitrary<String> signerHostileValues() {
    Arbitrary<String> values = Arbitraries.frequencyOf(
        Tuple.of(3, surrogateEscapeTexts().map(text -> "\"" + text + "\"")),
        Tuple.of(2, hostileNumbers()),
        Tuple.of(1, Combinators.combine(Arbitraries.of("a", "\u00e9", "\u4e2d", "\\n", "\\u0041", "\\ud800", " "),
                Arbitraries.integers().between(1_000, 100_000))
            .as((unit, length) -> "\"" + unit.repeat(Math.max(1, length / utf8(unit).length)) + "\"")));
    Arbitrary<String> places = Arbitraries.of(
        "{\"statementId\":%s,\"action\":\"signer:SignPayload\",\"principal\":\"223456789012\"}",
        "{\"statementId\":\"h\",\"action\":%s,\"principal\":\"223456789012\"}",
        "{\"statementId\":\"h\",\"action\":\"signer:SignPayload\",\"principal\":%s}",
        "{\"statementId\":\"h\",\"action\":\"signer:SignPayload\",\"principal\":\"223456789012\","
            + "\"profileVersion\":%s}",
        "{\"statementId\":\"h\",\"action\":\"signer:SignPayload\",\"principal\":\"223456789012\",\"revisionId\":%s}",
        "{\"platformId\":%s}",
        "{\"platformId\":\"AmazonFreeRTOS-Default\",\"signingMaterial\":{\"certificateArn\":%s}}",
        "{\"platformId\":\"AmazonFreeRTOS-Default\",\"signatureValidityPeriod\":{\"value\":%s,\"type\":\"DAYS\"}}",
        "{\"platformId\":\"AmazonFreeRTOS-Default\",\"signatureValidityPeriod\":{\"value\":1,\"type\":%s}}",
        "{\"platformId\":\"AmazonFreeRTOS-Default\",\"overrides\":{\"signingImageFormat\":%s}}",
        "{\"platformId\":\"AmazonFreeRTOS-Default\",\"overrides\":{\"signingConfiguration\":{\"hashAlgorithm\":%s}}}",
        "{\"platformId\":\"AmazonFreeRTOS-Default\",\"tags\":{\"k\":%s}}",
        "{\"platformId\":\"AmazonFreeRTOS-Default\",\"signingParameters\":{\"k\":%s}}");
    return Combinators.combine(places, values).as((place, value) -> place.replace("%s", value));
  }

  private Arbitrary<byte[]> signerInvalidUtf8() {
    Arbitrary<String> members = Arbitraries.of(SIGNER_MEMBERS);
    return Combinators.combine(invalidUtf8Sequences(), members, Arbitraries.integers().between(0, 3))
        .as((bad, member, shape) -> switch (shape) {
          case 0 -> concat(utf8("{\"" + member + "\":\""), bad, utf8("\"}"));
          case 1 -> concat(utf8("{\"platformId\":\"AmazonFreeRTOS-Default\",\"tags\":{\"k"), bad, utf8("\":\"v\"}}"));
          case 2 -> concat(utf8("{\"statementId\":\"h\",\"action\":\"signer:SignPayload\",\"principal\":\"2234"),
              bad, utf8("\"}"));
          default -> concat(utf8("{\"platformId\":\"AmazonFreeRTOS-Default\",\"signingMaterial\":"
              + "{\"certificateArn\":\"x"), bad, utf8("\"}}"));
        });
  }

  private Arbitrary<byte[]> signerMutated() {
    Arbitrary<byte[]> valid = Arbitraries.oneOf(saneAddProfilePermissionBodies(), sanePutProfileBodies())
        .map(RawRequests::utf8);
    Arbitrary<List<Tuple.Tuple2<Double, Byte>>> edits = Combinators.combine(
            Arbitraries.doubles().between(0, 1), Arbitraries.bytes())
        .as(Tuple::of).list().ofMinSize(1).ofMaxSize(8);
    return Combinators.combine(valid, edits).as((body, changes) -> {
      byte[] changed = body.clone();
      for (Tuple.Tuple2<Double, Byte> change : changes) {
        if (changed.length > 0) {
          changed[(int) (change.get1() * (changed.length - 1))] = change.get2();
        }
      }
      return changed;
    });
  }

  // --- generators: the default-limit endpoint -------------------------------------------------------------

  @Provide
  Arbitrary<Long> overDefaultLimit() {
    return Arbitraries.oneOf(
        Arbitraries.of(GrantsEndpoint.DEFAULT_MAX_BODY_BYTES + 1, Long.MAX_VALUE, 1L << 32),
        Arbitraries.longs().between(GrantsEndpoint.DEFAULT_MAX_BODY_BYTES + 1, 1L << 40));
  }

  @Provide
  Arbitrary<String> routes() {
    Arbitrary<String> lambda = Combinators.combine(
            Arbitraries.of(PLAYGROUND, "my-layer", "nothing-here"),
            Arbitraries.of("", "/1", "/1/policy", "/1/policy/a"))
        .as((layer, rest) -> PREFIX + layer + "/versions" + rest);
    Arbitrary<String> signer = Combinators.combine(
            Arbitraries.of(PLAY_KEPT, "MyProfile", "x"), Arbitraries.of("", "/permissions", "/permissions/a"))
        .as((profile, rest) -> SIGNER_PREFIX + profile + rest);
    return Arbitraries.oneOf(lambda, signer);
  }

  // --- the wire -------------------------------------------------------------------------------------------

  /**
   * How the body is framed: by Content-Length, in chunks, not at all, or in one chunk whose size line is broken
   * (one of {@link #BROKEN_CHUNK_SIZES}, picked by the body's length).
   */
  enum Framing { CONTENT_LENGTH, CHUNKED, NONE, BROKEN_CHUNK }

  /**
   * Chunk size lines the JDK server cannot take: past 2^31 - 1 (it overflows to a negative size, or wraps),
   * negative, not hex, empty, prefixed. None declares more than is sent, which would only stall the request.
   */
  static final List<String> BROKEN_CHUNK_SIZES = List.of("FFFFFFFFFF", "80000000", "FFFFFFFF", "1FFFFFFFF",
      "100000000", "FFFFFFFFFFFFFFFFFFFF", "-1", "zz", "", "0x2", " 2", "2;", "0000000000000000000000001");

  /** A request as raw bytes: every string here is one char per byte (ISO-8859-1). */
  record HostileRequest(String kind, String method, String target, String version, List<String> headers,
      byte[] body, Framing framing) {

    byte[] bytes() {
      StringBuilder head = new StringBuilder(256)
          .append(method).append(' ').append(target).append(version).append("\r\n")
          .append("Connection: close\r\n");
      for (String line : headers) {
        head.append(line).append("\r\n");
      }
      switch (framing) {
        case CONTENT_LENGTH -> head.append("Content-Length: ").append(body.length).append("\r\n");
        case CHUNKED, BROKEN_CHUNK -> head.append("Transfer-Encoding: chunked\r\n");
        case NONE -> { }
      }
      head.append("\r\n");
      if (framing == Framing.BROKEN_CHUNK) {
        return concat(latin1(head + BROKEN_CHUNK_SIZES.get(body.length % BROKEN_CHUNK_SIZES.size()) + "\r\n"),
            body, latin1("\r\n0\r\n\r\n"));
      }
      if (framing != Framing.CHUNKED) {
        return concat(latin1(head.toString()), body);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 64);
      out.writeBytes(latin1(head.toString()));
      int chunk = 1 + body.length % 4_093;
      for (int at = 0; at < body.length; at += chunk) {
        int length = Math.min(chunk, body.length - at);
        out.writeBytes(latin1(Integer.toHexString(length) + "\r\n"));
        out.write(body, at, length);
        out.writeBytes(latin1("\r\n"));
      }
      out.writeBytes(latin1("0\r\n\r\n"));
      return out.toByteArray();
    }

    /** {@code lambda}, {@code signer} or {@code sso_admin}: the family whose routes the endpoint hands it to. */
    String family() {
      String path = serverRawPath();
      return path == null ? "none (refused by the JDK server)"
          : WireFamily.owning(path).name().toLowerCase(Locale.ROOT);
    }

    /**
     * The raw path the JDK server hands the endpoint: the request line's target (up to the next space) read as
     * a {@link URI}; null when the server refuses the line itself.
     */
    String serverRawPath() {
      String line = method + ' ' + target + version;
      int start = line.indexOf(' ');
      int space = start < 0 ? -1 : line.indexOf(' ', start + 1);
      if (space < 0) {
        return null;
      }
      try {
        String path = new URI(line.substring(start + 1, space)).getRawPath();
        return path == null ? "" : path;
      } catch (URISyntaxException refused) {
        return null;
      }
    }

    /** Whether the endpoint would take this request for CancelSigningProfile of the kept playground profile. */
    boolean mayCancelTheKeptProfile() {
      return SignerPaths.cancels(method, serverRawPath(), PLAY_KEPT);
    }

    /** Whether the target, percent-decoded as often as it takes, mentions a guarded layer or profile. */
    boolean mayNameAGuardedResource() {
      String text = target;
      for (int round = 0; round < 4; round++) {
        text = percentDecodeLatin1(text);
      }
      String lower = text.toLowerCase(Locale.ROOT);
      return lower.contains("guarded") || lower.contains("7f3a9c");
    }

    @Override
    public String toString() {
      StringBuilder shown = new StringBuilder(" (").append(kind).append(")\n  ")
          .append(printable(method, 80)).append(' ').append(printable(target, 400)).append(printable(version, 40))
          .append("\n  framing ").append(framing);
      for (String line : headers) {
        shown.append("\n  ").append(printable(line, 160));
        if (line.length() > 160) {
          shown.append(" (").append(line.length()).append(" chars)");
        }
      }
      shown.append("\n  body (").append(body.length).append(" bytes): ")
          .append(printable(new String(body, 0, Math.min(body.length, 300), StandardCharsets.ISO_8859_1), 300));
      return shown.toString();
    }
  }

  // --- helpers --------------------------------------------------------------------------------------------

  private static String utf8AsRaw(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static String percentEncodeAll(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      encoded.append(String.format("%%%02X", b & 0xFF));
    }
    return encoded.toString();
  }

  private static String percentDecodeLatin1(String text) {
    StringBuilder decoded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length()
          && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
        decoded.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        decoded.append(c);
      }
    }
    return decoded.toString();
  }

  private static List<String> repeat(String line, int times) {
    List<String> lines = new ArrayList<>(times);
    for (int i = 0; i < times; i++) {
      lines.add(line);
    }
    return lines;
  }
}
