package dev.grants.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.json.SsoAdminOperation;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.CreateInstanceCommand;
import dev.grants.ports.in.CreatePermissionSetCommand;
import dev.grants.ports.in.GetLayerVersionPolicyCommand;
import dev.grants.ports.in.ProvisionPermissionSetCommand;
import dev.grants.testkit.Fixtures;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
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
 * huge or repeated headers, malformed, deeply nested or oversized JSON), the endpoint never answers 500 or
 * above, never hangs, keeps answering, and never changes a policy it was not legitimately asked to change.
 *
 * <p>One endpoint with a small body limit (256 KiB, so that 413 is cheap) serves the whole class. A "guarded"
 * layer version, whose name no generator can produce, is seeded with two permissions; after every hostile
 * request its {@code GetLayerVersionPolicy} answer must still be byte for byte what it was (which also proves
 * the endpoint is alive). A "playground" layer is seeded too and is what aimed requests address; whenever a
 * request is refused (status 300 and above) the playground's policies must be unchanged: no partial write.
 * A second endpoint with the default limit (64 MiB) is only ever sent an over-limit {@code Content-Length}.
 * Some requests are aimed at sso-admin instead ({@code POST /} with an {@code X-Amz-Target}), on a seeded
 * instance, permission set and provisioning request, with members mostly sane and sometimes hostile.
 *
 * <p>The number of hostile requests is {@value #DEFAULT_TRIES}, or {@code -Dgrants.hostile.tries=N} (Surefire
 * hands {@code -D} user properties of the Maven command line to the test JVM).
 */
class HostileRequestProperties {
  /** Hostile requests in the default run; {@code -D}{@value #TRIES_PROPERTY} overrides it. */
  static final int DEFAULT_TRIES = 10_000;
  /** The system property that overrides {@link #DEFAULT_TRIES}. */
  static final String TRIES_PROPERTY = "grants.hostile.tries";

  private static final int SMALL_LIMIT = 256 * 1024;
  private static final int TIMEOUT_MILLIS = 5_000;
  private static final String PREFIX = "/2018-10-31/layers/";
  /** No generator can produce this name (requests naming anything "guarded" are filtered out as well). */
  private static final String GUARDED = "guarded-7f3a9c";
  private static final String GUARDED_REGION = Fixtures.REGION;
  /** A layer hostile requests may address, so that they get past routing into the services. */
  private static final String PLAYGROUND = "play";
  private static final String NAME_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";

  private static GrantsEndpoint endpoint;
  private static GrantsEndpoint defaultLimits;
  private static byte[] guardedPolicy;
  /** The playground's policies (versions 1 to 16, both regions) after the last request. */
  private static List<Object> playground;
  /** The seeded sso-admin instance, permission set and provisioning request that aimed requests address. */
  private static String ssoInstance;
  private static String ssoPermissionSet;
  private static String ssoRequest;

  @BeforeContainer
  static void startAndSeed() {
    endpoint = GrantsEndpoint.builder().port(0).maxBodyBytes(SMALL_LIMIT).build().start();
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

    Answer policy = Wire.exchange(endpoint.port(), guardedPolicyRequest(), false);
    assertThat(policy.status()).as("%s", policy).isEqualTo(200);
    guardedPolicy = policy.body();
    assertThat(new String(guardedPolicy, StandardCharsets.UTF_8))
        .contains(Fixtures.STATEMENT_ID, Fixtures.ORGANIZATION, "\"RevisionId\"");
    playground = playgroundPolicies();

    CallContext owner = CallContext.of(endpoint.account(), "us-east-1");
    ssoInstance = endpoint.grants().permissionSets().createInstance(CreateInstanceCommand.builder().context(owner)
        .build()).get().arn().toString();
    ssoPermissionSet = endpoint.grants().permissionSets().createPermissionSet(CreatePermissionSetCommand.builder()
        .context(owner).instanceArn(ssoInstance).name("play").build()).get().arn().toString();
    ssoRequest = endpoint.grants().permissionSetProvisioning().provision(ProvisionPermissionSetCommand.builder()
        .context(owner).instanceArn(ssoInstance).permissionSetArn(ssoPermissionSet).targetType("AWS_ACCOUNT")
        .targetId(Fixtures.GRANTEE).build()).get().requestId();
  }

  @AfterContainer
  static void checkAndStop() {
    try {
      if (endpoint != null && guardedPolicy != null) {
        assertGuardedPolicyUnchanged("the last request");
      }
    } finally {
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
  void a_hostile_request_never_gets_a_5xx_and_never_changes_the_guarded_policy(
      @ForAll("hostileRequests") HostileRequest request) {
    Answer answer = Wire.exchange(endpoint.port(), request.bytes(), request.method().equals("HEAD"));
    Statistics.label("answer").collect(answer.label());
    String errorType = answer.header("x-amzn-ErrorType");
    Statistics.label("error type").collect(errorType == null ? "-" : errorType);

    assertThat(answer.timedOut()).as("the endpoint answered within %d ms: %s", TIMEOUT_MILLIS, request).isFalse();
    if (answer.status() != null) {
      assertThat(answer.status()).as("status of %s\nanswer %s", request, answer).isBetween(100, 499);
    }
    // A refusal changes nothing (no partial write); a success may change the playground, never the guarded.
    List<Object> now = playgroundPolicies();
    if (answer.status() != null && answer.status() >= 300) {
      assertThat(now).as("the playground's policies after the refused %s", request).isEqualTo(playground);
    }
    playground = now;
    // Also the liveness check: whatever happened to that connection, the endpoint still answers.
    assertGuardedPolicyUnchanged(request);
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

  // --- the guarded policy ---------------------------------------------------------------------------------

  private static void seed(String region, String method, String path, String body, int expected) {
    byte[] json = body.getBytes(StandardCharsets.UTF_8);
    byte[] request = concat(latin1(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + authorization(region) + "\r\nContent-Type: application/json\r\nContent-Length: " + json.length
        + "\r\n\r\n"), json);
    Answer answer = Wire.exchange(endpoint.port(), request, false);
    assertThat(answer.status()).as("seeding %s %s: %s", method, path, answer).isEqualTo(expected);
  }

  private static byte[] guardedPolicyRequest() {
    return latin1("GET " + PREFIX + GUARDED + "/versions/1/policy HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Connection: close\r\n" + authorization(GUARDED_REGION) + "\r\n\r\n");
  }

  private static void assertGuardedPolicyUnchanged(Object after) {
    Answer answer = Wire.exchange(endpoint.port(), guardedPolicyRequest(), false);
    assertThat(answer.status()).as("GetLayerVersionPolicy of the guarded version after %s\n%s", after, answer)
        .isEqualTo(200);
    assertThat(answer.body()).as("the guarded policy after %s", after).isEqualTo(guardedPolicy);
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
    return "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/" + region
        + "/lambda/aws4_request, SignedHeaders=host;x-amz-date, Signature="
        + "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
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
    return Arbitraries.frequencyOf(
            Tuple.of(3, aimedRequests()), Tuple.of(1, aimedAtSsoAdmin()), Tuple.of(2, scatteredRequests()))
        .filter(request -> !request.mayNameTheGuardedLayer());
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
    return Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(operation.method)), Tuple.of(1, methods())),
            Combinators.combine(aimedPaths(operation), aimedQueries()).as(String::concat),
            httpVersions(),
            Arbitraries.frequencyOf(Tuple.of(3, saneHeaderLines()), Tuple.of(2, headerLines())),
            aimedBodies(operation),
            Arbitraries.integers().between(0, 99))
        .as((method, target, version, headers, body, die) -> new HostileRequest(
            "aimed at " + operation, method, target, version, headers, body, framing(body, die)));
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
            Arbitraries.frequencyOf(Tuple.of(7, ssoAdminBodies().map(HostileRequestProperties::utf8)),
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
        Tuple.of(8, sane.map(HostileRequestProperties::jsonString)),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(300).map(HostileRequestProperties::jsonString)),
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

  private Arbitrary<byte[]> aimedBodies(Operation operation) {
    return switch (operation) {
      case PUBLISH -> Arbitraries.frequencyOf(
          Tuple.of(5, sanePublishBodies().map(HostileRequestProperties::utf8)),
          Tuple.of(3, publishBodies().map(HostileRequestProperties::utf8)),
          Tuple.of(2, bodies()));
      case ADD -> Arbitraries.frequencyOf(
          Tuple.of(5, saneAddPermissionBodies().map(HostileRequestProperties::utf8)),
          Tuple.of(3, addPermissionBodies().map(HostileRequestProperties::utf8)),
          Tuple.of(2, bodies()));
      default -> Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just(new byte[0])), Tuple.of(3, bodies()));
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

  private static Framing framing(byte[] body, int die) {
    if (body.length == 0) {
      return die < 30 ? Framing.NONE : Framing.CONTENT_LENGTH;
    }
    return die < 4 ? Framing.CHUNKED : Framing.CONTENT_LENGTH;
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
        Tuple.of(2, Arbitraries.of("xyz", "AWS", "a", "0", "aw", "foo-bar", "-", "Aws")));
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
        Tuple.of(10, addPermissionBodies().map(HostileRequestProperties::utf8)),
        Tuple.of(6, publishBodies().map(HostileRequestProperties::utf8)),
        Tuple.of(5, wrongTypeBodies().map(HostileRequestProperties::utf8)),
        Tuple.of(5, brokenJson()),
        Tuple.of(2, hugeStrings().map(HostileRequestProperties::utf8)),
        Tuple.of(3, deepNesting().map(HostileRequestProperties::utf8)),
        Tuple.of(3, numbers().map(HostileRequestProperties::utf8)),
        Tuple.of(4, invalidUtf8()),
        Tuple.of(3, Arbitraries.of("null", "true", "false", "0", "-1", "\"x\"", "[]", "{}", "[{}]", " ", "\t\r\n",
            "\"\\ud800\"", "{\"Content\":null}", "{\"StatementId\":null}").map(HostileRequestProperties::utf8)),
        Tuple.of(2, duplicateKeys().map(HostileRequestProperties::utf8)),
        Tuple.of(3, surrogateEscapes().map(HostileRequestProperties::utf8)),
        Tuple.of(1, overTheLimit()),
        Tuple.of(3, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(1_024)),
        Tuple.of(3, mutated()));
  }

  @Provide
  Arbitrary<byte[]> smallBodies() {
    return Arbitraries.oneOf(
        Arbitraries.just(new byte[0]),
        addPermissionBodies().map(HostileRequestProperties::utf8),
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
        Arbitraries.strings().ofMaxLength(300).map(HostileRequestProperties::jsonString),
        Arbitraries.of("null", "\"\"", "\"\\ud800\"", "\"\\udfff x\"", "1", "[\"x\"]"));
    Arbitrary<String> lists = Arbitraries.oneOf(
        Arbitraries.of("[]", "[\"python3.12\"]", "[\"x86_64\",\"arm64\"]", "[\"nope\"]", "[null]", "[1]", "[[]]",
            "null", "\"python3.12\"", "[\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\","
                + "\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\","
                + "\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\"]"),
        Arbitraries.strings().ofMaxLength(20).map(HostileRequestProperties::jsonString).list().ofMaxSize(20)
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
    Arbitrary<String> values = Arbitraries.of("1", "-1", "1.5", "true", "false", "[]", "[\"a\"]", "[1]", "{}",
        "{\"a\":1}", "null", "[[]]", "{\"ZipFile\":1}", "{\"ZipFile\":[]}", "{\"ZipFile\":{}}", "\"a\"",
        "{\"ZipFile\":true}", "[{\"ZipFile\":\"QQ==\"}]", "0", "1e400");
    return Combinators.combine(members, values).as((name, value) -> jsonString(name) + ':' + value)
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
    return Arbitraries.oneOf(fixed.map(HostileRequestProperties::utf8), cut, otherEncodings);
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
    Arbitrary<String> values = Arbitraries.of("1e400", "-1e400", "1e-400", "99999999999999999999999",
        "-99999999999999999999999", "1" + "0".repeat(64), "1" + "0".repeat(400), "0." + "0".repeat(200) + "1",
        "-0", "1E+2", "4.9e-324", "1.7976931348623157e309", "9223372036854775808", "-9223372036854775809");
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

  private Arbitrary<byte[]> invalidUtf8() {
    Arbitrary<byte[]> sequences = Arbitraries.of(
        bytes(0xFF), bytes(0xFE), bytes(0xFF, 0xFE), bytes(0xC0, 0xAF), bytes(0x80), bytes(0xE2, 0x82),
        bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF), bytes(0xF4, 0x90, 0x80, 0x80),
        bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0xC3), bytes(0xE0, 0x80, 0x80), bytes(0xC0, 0x80),
        bytes(0xFE, 0xFF, 0x00, 0x7B));
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

  private Arbitrary<String> surrogateEscapes() {
    Arbitrary<String> escapes = Arbitraries.of("\\ud800", "\\udc00", "\\udfff", "\\ud800\\u0041", "\\ud800\\ud800",
        "\\udc00\\ud800", "x\\ud83d", "\\ud83d\\ude00", "\\uDBFF", "\\u0000", "\\uFFFF", "\\uFFFE");
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
        .map(HostileRequestProperties::utf8);
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
    return Combinators.combine(
            Arbitraries.of(PLAYGROUND, "my-layer", "nothing-here"),
            Arbitraries.of("", "/1", "/1/policy", "/1/policy/a"))
        .as((layer, rest) -> PREFIX + layer + "/versions" + rest);
  }

  // --- the wire -------------------------------------------------------------------------------------------

  enum Framing { CONTENT_LENGTH, CHUNKED, NONE }

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
        case CHUNKED -> head.append("Transfer-Encoding: chunked\r\n");
        case NONE -> { }
      }
      head.append("\r\n");
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

    /** Whether the target, percent-decoded as often as it takes, mentions the guarded layer. */
    boolean mayNameTheGuardedLayer() {
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

  /** What came back on one connection. */
  record Answer(Integer status, Map<String, String> headers, byte[] body, boolean timedOut, String note) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String label() {
      if (timedOut) {
        return "timed out";
      }
      return status == null ? "closed without a status" : String.valueOf(status);
    }

    @Override
    public String toString() {
      return label() + ' ' + headers + ' ' + printable(new String(body, StandardCharsets.ISO_8859_1), 400)
          + (note == null ? "" : " (" + note + ')');
    }
  }

  /** A tiny HTTP/1.1 client on a raw socket, so that every byte sent is the test's choice. */
  static final class Wire {
    private Wire() {}

    static Answer exchange(int port, byte[] request, boolean head) {
      try (Socket socket = new Socket()) {
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
        String note = null;
        try {
          OutputStream out = socket.getOutputStream();
          out.write(request);
          out.flush();
        } catch (IOException writeFailed) {
          // The endpoint may answer and close before it read everything (400, 413): read what it sent.
          note = "write failed: " + writeFailed.getMessage();
        }
        return read(new BufferedInputStream(socket.getInputStream()), head, note);
      } catch (IOException e) {
        throw new AssertionError("cannot reach the endpoint on port " + port, e);
      }
    }

    private static Answer read(InputStream in, boolean head, String note) {
      byte[] block;
      int status;
      Map<String, String> headers = new LinkedHashMap<>();
      try {
        do {
          block = headerBlock(in);
          if (block == null) {
            return new Answer(null, Map.of(), new byte[0], false, note);
          }
          String text = new String(block, StandardCharsets.ISO_8859_1);
          String[] lines = text.split("\r\n");
          if (!lines[0].matches("HTTP/1\\.[01] \\d{3}( .*)?")) {
            throw new AssertionError("not a status line: " + printable(lines[0], 200));
          }
          status = Integer.parseInt(lines[0].substring(9, 12));
          headers.clear();
          for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
              headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                  lines[i].substring(colon + 1).trim());
            }
          }
        } while (status >= 100 && status < 200);
      } catch (SocketTimeoutException stuck) {
        return new Answer(null, Map.of(), new byte[0], true, note);
      } catch (IOException reset) {
        return new Answer(null, Map.of(), new byte[0], false, "reset: " + reset.getMessage());
      }
      byte[] body = new byte[0];
      try {
        if (!head && status != 204 && status != 304) {
          String length = headers.get("content-length");
          body = length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
        }
      } catch (SocketTimeoutException stuck) {
        return new Answer(status, headers, body, true, "body not finished");
      } catch (IOException reset) {
        note = "body cut: " + reset.getMessage();
      }
      return new Answer(status, headers, body, false, note);
    }

    /** The bytes up to an empty line, without it; null when the connection ended before any byte. */
    private static byte[] headerBlock(InputStream in) throws IOException {
      ByteArrayOutputStream block = new ByteArrayOutputStream(256);
      int matched = 0;
      while (true) {
        int b = in.read();
        if (b < 0) {
          if (block.size() == 0) {
            return null;
          }
          throw new IOException("connection ended inside the headers after " + block.size() + " bytes");
        }
        block.write(b);
        matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        if (matched == 4) {
          byte[] bytes = block.toByteArray();
          return Arrays.copyOf(bytes, bytes.length - 4);
        }
        if (block.size() > 1 << 20) {
          throw new AssertionError("response headers over 1 MiB");
        }
      }
    }
  }

  // --- helpers --------------------------------------------------------------------------------------------

  private static String object(Map<String, String> members) {
    StringBuilder json = new StringBuilder("{");
    members.forEach((name, value) -> {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append(jsonString(name)).append(':').append(value);
    });
    return json.append('}').toString();
  }

  private static String jsonString(String value) {
    StringBuilder json = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

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

  private static String printable(String text, int max) {
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < text.length() && i < max; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        shown.append(c);
      } else {
        shown.append(String.format("\\x%02X", (int) c & 0xFF));
      }
    }
    if (text.length() > max) {
      shown.append("...(").append(text.length()).append(')');
    }
    return shown.toString();
  }

  private static List<String> repeat(String line, int times) {
    List<String> lines = new ArrayList<>(times);
    for (int i = 0; i < times; i++) {
      lines.add(line);
    }
    return lines;
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }
}
