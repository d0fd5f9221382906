package dev.grants.adapters.http;

import static dev.grants.adapters.http.HostileRequestProperties.GUARDED_REGION;
import static dev.grants.adapters.http.HostileRequestProperties.PLAYGROUND;
import static dev.grants.adapters.http.HostileRequestProperties.PLAY_KEPT;
import static dev.grants.adapters.http.HostileRequestProperties.PLAY_PLATFORM;
import static dev.grants.adapters.http.HostileRequestProperties.PREFIX;
import static dev.grants.adapters.http.HostileRequestProperties.SIGNER_PREFIX;
import static dev.grants.adapters.http.HostileRequestProperties.SMALL_LIMIT;
import static dev.grants.adapters.http.HostileRequestProperties.seed;
import static dev.grants.adapters.http.RawRequests.concat;
import static dev.grants.adapters.http.RawRequests.latin1;
import static dev.grants.adapters.http.RawRequests.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.http.RawRequests.Answer;
import dev.grants.adapters.http.RawRequests.Wire;
import dev.grants.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Regressions {@link HostileRequestProperties} found, each pinned as an example: a chunk size past the int
 * range, a layer ARN in an unknown partition, a partition name over 32 characters, and HEAD. They run against an
 * endpoint of their own, with the property's small body limit, and seed what they need themselves.
 */
class HostileRequestRegressionsTest {
  private static GrantsEndpoint endpoint;

  @BeforeContainer
  static void start() {
    endpoint = GrantsEndpoint.builder().port(0).maxBodyBytes(SMALL_LIMIT).build().start();
  }

  @AfterContainer
  static void stop() {
    if (endpoint != null) {
      endpoint.close();
    }
  }

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
    seed(endpoint.port(), GUARDED_REGION, "PUT", profile, "{\"platformId\":\"" + PLAY_PLATFORM + "\"}", 200);
    String role = "arn:" + partition + ":iam::223456789012:role/signer";
    seed(endpoint.port(), GUARDED_REGION, "POST", profile + "/permissions",
        "{\"statementId\":\"long\",\"action\":\"signer:SignPayload\",\"principal\":\"" + role + "\"}", 200);
    Answer listed = seed(endpoint.port(), GUARDED_REGION, "GET", profile + "/permissions", "", 200);
    assertThat(new String(listed.body(), StandardCharsets.UTF_8)).contains("\"principal\":\"" + role + "\"");

    String zip = Base64.getEncoder().encodeToString(Fixtures.ARCHIVE);
    seed(endpoint.port(), GUARDED_REGION, "POST", PREFIX + "long-partition/versions",
        "{\"Content\":{\"ZipFile\":\"" + zip + "\"}}", 201);
    seed(endpoint.port(), GUARDED_REGION, "POST", PREFIX + "long-partition/versions/1/policy", "{\"StatementId\":\"long\",\"Action\":\""
        + Fixtures.ACTION + "\",\"Principal\":\"arn:" + partition + ":iam::223456789012:root\"}", 201);
    seed(endpoint.port(), GUARDED_REGION, "GET", PREFIX + "arn:" + partition + ":lambda:us-east-2:123456789012:layer:long-partition"
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
}
