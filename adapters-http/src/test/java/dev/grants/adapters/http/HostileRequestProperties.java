package dev.grants.adapters.http;

import static dev.grants.adapters.http.HostileParts.authorization;
import static dev.grants.adapters.http.HostileParts.hashedByIdentity;
import static dev.grants.adapters.http.RawRequests.TIMEOUT_MILLIS;
import static dev.grants.adapters.http.RawRequests.concat;
import static dev.grants.adapters.http.RawRequests.latin1;
import static dev.grants.adapters.http.RawRequests.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.http.RawRequests.Answer;
import dev.grants.adapters.http.RawRequests.Wire;

import dev.grants.adapters.json.lambda.LambdaLayerCodec;
import dev.grants.adapters.json.lambda.LambdaOperation;
import dev.grants.adapters.json.signer.SignerCodec;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.principal.Region;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.CreateInstanceCommand;
import dev.grants.ports.in.CreatePermissionSetCommand;
import dev.grants.ports.in.GetLayerVersionPolicyCommand;
import dev.grants.ports.in.GetSigningProfileCommand;
import dev.grants.ports.in.ListProfilePermissionsCommand;
import dev.grants.ports.in.ListProfilePermissionsResult;
import dev.grants.ports.in.ProvisionPermissionSetCommand;
import dev.grants.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
 * go to Lambda's layer paths ({@link LambdaHostileRequests}) and 45 to Signer's profile paths
 * ({@link SignerHostileRequests}); in each family 3 in 5 are aimed at one operation, mostly sane parts and one
 * or two hostile ones, and 2 in 5 scattered, every part drawn on its own. 15 are aimed at sso-admin
 * ({@link SsoAdminHostileRequests}), and 50 are {@link EdgeRequests}: each of the 23 routes of the three
 * families with one edge (invalid UTF-8, invalid unicode escapes, JSON nested 10,000 levels deep, numbers out of
 * range, repeated and conflicting query parameters, a member twice with different types, oversized headers); a
 * default run checks that every route met every edge.
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
 * <p>This class keeps the endpoints, the seeding, the property and its checks. The requests are drawn by one
 * generator class per family, named above, from the parts they share ({@link HostileParts}: methods, versions,
 * header lines, framing, hostile path segments, queries and bodies), and put into bytes by
 * {@link HostileRequest}. The regressions the property found are pinned in {@link HostileRequestRegressionsTest}.
 *
 * <p>The number of hostile requests is {@value #DEFAULT_TRIES}, or {@code -Dgrants.hostile.tries=N} (Surefire
 * hands {@code -D} user properties of the Maven command line to the test JVM).
 */
class HostileRequestProperties {
  /** Hostile requests in the default run; {@code -D}{@value #TRIES_PROPERTY} overrides it. */
  static final int DEFAULT_TRIES = 20_000;
  /** The system property that overrides {@link #DEFAULT_TRIES}. */
  static final String TRIES_PROPERTY = "grants.hostile.tries";

  /** The small endpoint's body limit, so that 413 is cheap. */
  static final int SMALL_LIMIT = 256 * 1024;
  static final String PREFIX = "/2018-10-31/layers/";
  /** No generator can produce this name (requests naming anything "guarded" are filtered out as well). */
  private static final String GUARDED = "guarded-7f3a9c";
  static final String GUARDED_REGION = Fixtures.REGION;
  /** A layer hostile requests may address, so that they get past routing into the services. */
  static final String PLAYGROUND = "play";
  static final List<String> PLAYGROUND_REGIONS = List.of("us-east-1", GUARDED_REGION);

  static final String SIGNER_PREFIX = "/signing-profiles/";
  /** No generator can produce this profile name either ("guarded", "7f3a9c"). */
  private static final String GUARDED_PROFILE = "GuardedProfile7f3a9c";
  private static final String GUARDED_PROFILE_PLATFORM = Fixtures.LAMBDA_PLATFORM;
  /** A signing profile hostile requests may address, cancel included. */
  static final String PLAY_PROFILE = "PlayProfile";
  /** A signing profile hostile requests may address but never cancel. */
  static final String PLAY_KEPT = "PlayKept";
  /** Names aimed puts create and aimed cancels cancel: they start missing, and end canceled. */
  static final List<String> PLAY_SPARES = List.of("PlayTmp0", "PlayTmp1", "PlayTmp2", "PlayTmp3");
  /** Every profile name whose answers a refused request must leave as they were, in both regions. */
  private static final List<String> SIGNER_PLAYGROUND = java.util.stream.Stream.concat(
      java.util.stream.Stream.of(PLAY_PROFILE, PLAY_KEPT), PLAY_SPARES.stream()).toList();
  /** The platform of the Signer playground: it allows all four actions. */
  static final String PLAY_PLATFORM = Fixtures.FREE_RTOS_PLATFORM;
  /** The four actions a profile permission may grant: the playground's are seeded with them, bodies aim at them. */
  static final List<String> SIGNER_ACTIONS = List.of("signer:StartSigningJob", "signer:SignPayload",
      "signer:GetSigningProfile", "signer:RevokeSignature");
  static final String ROLE = "arn:aws:iam::223456789012:role/signer";
  /** Placeholder: the current revision id of the addressed profile's policy (a random one when none). */
  static final String REVISION = "~rev~";
  /** Placeholder: a page token of the addressed profile's policy, for its current revision, from index 1. */
  static final String PAGE = "~page~";

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

  // --- the guarded resources -----------------------------------------------------------------------------

  private static Answer seed(String region, String method, String path, String body, int expected) {
    return seed(endpoint.port(), region, method, path, body, expected);
  }

  /**
   * Sends {@code body} to {@code path} on {@code port}, signed for {@code region} and the path's family, and
   * checks the answer has the {@code expected} status.
   */
  static Answer seed(int port, String region, String method, String path, String body, int expected) {
    byte[] json = body.getBytes(StandardCharsets.UTF_8);
    byte[] request = concat(latin1(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + authorization(region, path.startsWith(SIGNER_PREFIX) ? "signer" : "lambda")
        + "\r\nContent-Type: application/json\r\nContent-Length: " + json.length
        + "\r\n\r\n"), json);
    Answer answer = Wire.exchange(port, request, false);
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

  // --- the Signer playground, placeholders ---------------------------------------------------------------

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

  /** Sets the tries of the property it is added to from {@value #TRIES_PROPERTY}. */
  static final class TriesFromSystemProperty implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      context.attributes().setTries(Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES));
      return property.execute();
    }
  }

  // --- generators: the families composed ------------------------------------------------------------------

  @Provide
  Arbitrary<HostileRequest> hostileRequests() {
    // Of every 165: Lambda 55 and Signer 45 (each 3:2 aimed to scattered), sso-admin 15 aimed, and 50 on every
    // route of the three families with one edge each (EdgeRequests).
    LambdaHostileRequests lambda = new LambdaHostileRequests(SMALL_LIMIT);
    SignerHostileRequests signer = new SignerHostileRequests(SMALL_LIMIT, lambda.brokenJson());
    SsoAdminHostileRequests ssoAdmin =
        new SsoAdminHostileRequests(ssoInstance, ssoPermissionSet, ssoRequest, lambda.aimedQueries(), lambda.bodies());
    edges = new EdgeRequests(ssoInstance, ssoPermissionSet, ssoRequest);
    return hashedByIdentity(Arbitraries.frequencyOf(
            Tuple.of(33, hashedByIdentity(lambda.aimed())), Tuple.of(22, hashedByIdentity(lambda.scattered())),
            Tuple.of(27, hashedByIdentity(signer.aimed())), Tuple.of(18, hashedByIdentity(signer.scattered())),
            Tuple.of(15, hashedByIdentity(ssoAdmin.aimed())),
            Tuple.of(50, hashedByIdentity(edges.requests())))
        .filter(request -> !request.mayNameAGuardedResource() && !request.mayCancelTheKeptProfile()));
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

  @Provide
  Arbitrary<String> httpMethods() {
    return Arbitraries.of("GET", "POST", "DELETE", "PUT", "PATCH");
  }

  @Provide
  Arbitrary<byte[]> smallBodies() {
    return Arbitraries.oneOf(
        Arbitraries.just(new byte[0]),
        new LambdaHostileRequests(SMALL_LIMIT).addPermissionBodies().map(RawRequests::utf8),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(2_048));
  }

}
