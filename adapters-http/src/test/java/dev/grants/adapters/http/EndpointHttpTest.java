package dev.grants.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the SDKs never send but a local endpoint must still answer well: raw HTTP against the endpoint. */
class EndpointHttpTest {
  private static final String SCOPE =
      "AWS4-HMAC-SHA256 Credential=AKID/20261121/eu-west-3/lambda/aws4_request, SignedHeaders=host, Signature=0";
  private static GrantsEndpoint endpoint;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    endpoint = GrantsEndpoint.builder().port(0).maxBodyBytes(1024).build().start();
  }

  @AfterAll
  static void stop() {
    endpoint.close();
  }

  @Test
  void an_unknown_path_is_404_in_the_lambda_error_format() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/2015-03-31/functions")).GET());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
    assertThat(response.body()).isEqualTo("{\"Type\":\"User\",\"message\":\"Unknown operation: GET /2015-03-31/functions\"}");
  }

  @Test
  void a_known_path_with_another_method_is_404_too() throws Exception {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(uri("/2018-10-31/layers/x/versions/1/policy")).PUT(body("{}")));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
  }

  @Test
  void a_body_that_is_not_json_is_invalid_request_content() throws Exception {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(uri("/2018-10-31/layers/x/versions/1/policy")).POST(body("{\"Action\": [")));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("InvalidRequestContentException");
    assertThat(response.body()).startsWith("{\"Type\":\"User\",\"message\":\"Could not parse request body into json: ");
  }

  @Test
  void a_body_over_the_limit_is_413() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/2018-10-31/layers/x/versions"))
        .POST(body("{\"Description\":\"" + "d".repeat(2000) + "\"}")));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("RequestTooLargeException");
  }

  @Test
  void the_default_body_limit_is_64_mib() {
    assertThat(GrantsEndpoint.DEFAULT_MAX_BODY_BYTES).isEqualTo(64L * 1024 * 1024);
  }

  @Test
  void the_region_comes_from_the_credential_scope_and_defaults_to_us_east_1() throws Exception {
    String zip = "{\"Content\":{\"ZipFile\":\"UEsFBg==\"}}";

    HttpResponse<String> signed = send(HttpRequest.newBuilder(uri("/2018-10-31/layers/scoped/versions"))
        .header("Authorization", SCOPE).POST(body(zip)));
    HttpResponse<String> unsigned = send(HttpRequest.newBuilder(uri("/2018-10-31/layers/scoped/versions"))
        .POST(body(zip)));
    HttpResponse<String> garbled = send(HttpRequest.newBuilder(uri("/2018-10-31/layers/scoped/versions"))
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=nonsense").POST(body(zip)));

    assertThat(signed.body()).contains("\"LayerArn\":\"arn:aws:lambda:eu-west-3:123456789012:layer:scoped\"");
    assertThat(unsigned.body()).contains("\"LayerArn\":\"arn:aws:lambda:us-east-1:123456789012:layer:scoped\"");
    assertThat(garbled.body()).contains("\"LayerVersionArn\":\"arn:aws:lambda:us-east-1:123456789012:layer:scoped:2\"");
  }

  @Test
  void percent_encoded_layer_arns_and_malformed_escapes_reach_validation_not_a_fault() throws Exception {
    HttpResponse<String> arn = send(HttpRequest.newBuilder(
        uri("/2018-10-31/layers/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Alayer%3Anever/versions/1")).GET());
    HttpResponse<String> broken = send(HttpRequest.newBuilder(uri("/2018-10-31/layers/%FF%FEx/versions/1")).GET());

    assertThat(arn.statusCode()).isEqualTo(404);
    assertThat(arn.headers().firstValue("x-amzn-ErrorType")).hasValue("ResourceNotFoundException");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.headers().firstValue("x-amzn-ErrorType")).hasValue("ValidationException");
  }

  // --- json 1.1 (sso-admin) on POST / ------------------------------------------------------------------------

  @Test
  void the_target_names_the_sso_admin_operation_and_the_answer_is_json_1_1() throws Exception {
    HttpResponse<String> created = send(json11("SWBExternalService.CreateInstance", "{}")
        .header("Authorization", SCOPE.replace("eu-west-3", "cn-north-1")));
    HttpResponse<String> listed = send(json11("SWBExternalService.ListInstances", ""));

    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(created.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
    assertThat(created.body()).matches("\\{\"InstanceArn\":\"arn:aws-cn:sso:::instance/ssoins-[0-9a-f]{16}\"}");
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).startsWith("{\"Instances\":[{\"InstanceArn\":\"arn:aws-cn:sso:::instance/ssoins-");
  }

  @Test
  void an_unknown_or_missing_target_is_400_unknown_operation_in_the_json_1_1_format() throws Exception {
    HttpResponse<String> unknown = send(json11("SWBExternalService.CreateApplication", "{}"));
    HttpResponse<String> otherService = send(json11("AWSLambda.AddLayerVersionPermission", "{}"));
    HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/")).POST(body("{}")));

    assertJson11Error(unknown, 400, "{\"__type\":\"UnknownOperationException\",\"Message\":\"Unknown operation: "
        + "SWBExternalService.CreateApplication\"}");
    assertJson11Error(otherService, 400, "{\"__type\":\"UnknownOperationException\",\"Message\":\"Unknown "
        + "operation: AWSLambda.AddLayerVersionPermission\"}");
    assertJson11Error(missing, 400, "{\"__type\":\"UnknownOperationException\",\"Message\":\"Unknown operation: "
        + "the request has no X-Amz-Target header.\"}");
  }

  @Test
  void another_method_than_post_on_the_root_is_404_unknown_operation_in_the_json_1_1_format() throws Exception {
    HttpResponse<String> get = send(HttpRequest.newBuilder(uri("/")).GET());
    HttpResponse<String> put = send(json11("SWBExternalService.ListInstances", "{}").PUT(body("{}")));

    assertJson11Error(get, 404, "{\"__type\":\"UnknownOperationException\",\"Message\":\"Unknown operation: GET /\"}");
    assertJson11Error(put, 404, "{\"__type\":\"UnknownOperationException\",\"Message\":\"Unknown operation: PUT /\"}");
  }

  @Test
  void a_body_that_is_not_a_json_object_or_of_the_wrong_types_is_400_serialization_exception() throws Exception {
    HttpResponse<String> broken = send(json11("SWBExternalService.ListInstances", "{\"MaxResults\": "));
    HttpResponse<String> array = send(json11("SWBExternalService.ListInstances", "[1]"));
    HttpResponse<String> wrongType = send(json11("SWBExternalService.ListInstances", "{\"NextToken\":7}"));

    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
    assertThat(broken.body()).startsWith("{\"__type\":\"SerializationException\",\"Message\":\"");
    assertJson11Error(array, 400,
        "{\"__type\":\"SerializationException\",\"Message\":\"Expected a JSON object, got an array\"}");
    assertJson11Error(wrongType, 400,
        "{\"__type\":\"SerializationException\",\"Message\":\"Member 'NextToken' must be a string, got a number\"}");
  }

  @Test
  void a_body_over_the_limit_on_the_root_is_413_in_the_json_1_1_format() throws Exception {
    HttpResponse<String> response = send(json11("SWBExternalService.CreateInstance",
        "{\"Name\":\"" + "n".repeat(2000) + "\"}"));

    assertJson11Error(response, 413,
        "{\"__type\":\"RequestTooLargeException\",\"Message\":\"Request must be smaller than 1024 bytes.\"}");
  }

  @Test
  void every_answer_carries_a_request_id() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/")).GET());
    HttpResponse<String> another = send(HttpRequest.newBuilder(uri("/")).GET());

    assertThat(response.headers().firstValue("x-amzn-RequestId")).hasValueSatisfying(id ->
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    assertThat(another.headers().firstValue("x-amzn-RequestId"))
        .isNotEqualTo(response.headers().firstValue("x-amzn-RequestId"));
  }

  // A body is read as its declared length at once, in one array; a chunked body in steps. The JDK server refuses
  // a request that declares both, so the declared length is the length of the body.

  @Test
  void a_chunked_body_is_read_whole_and_refused_over_the_limit() throws Exception {
    String small = "{\"Description\":\"" + "d".repeat(200) + "\",\"Content\":{\"ZipFile\":\"UEsFBg==\"}}";
    String large = "{\"Description\":\"" + "d".repeat(2000) + "\",\"Content\":{\"ZipFile\":\"UEsFBg==\"}}";

    assertThat(rawChunked("/2018-10-31/layers/chunked/versions", small, -1))
        .startsWith("HTTP/1.1 201").contains("\"Description\":\"" + "d".repeat(200) + "\"");
    assertThat(rawChunked("/2018-10-31/layers/chunked/versions", large, -1)).startsWith("HTTP/1.1 413");
  }

  @Test
  void a_chunked_body_that_also_declares_a_length_is_refused_by_the_server() throws Exception {
    String body = "{\"Content\":{\"ZipFile\":\"UEsFBg==\"}}";

    assertThat(rawChunked("/2018-10-31/layers/chunked/versions", body, 10)).startsWith("HTTP/1.1 400");
  }

  /** POSTs {@code body} in chunks of 100 bytes, with a Content-Length of {@code declared} unless negative. */
  private static String rawChunked(String path, String body, int declared) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", endpoint.port())) {
      socket.setSoTimeout(10_000);
      StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
          + "Connection: close\r\nTransfer-Encoding: chunked\r\n"
          + (declared < 0 ? "" : "Content-Length: " + declared + "\r\n") + "\r\n");
      for (int at = 0; at < body.length(); at += 100) {
        String chunk = body.substring(at, Math.min(body.length(), at + 100));
        request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
      }
      request.append("0\r\n\r\n");
      socket.getOutputStream().write(request.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static HttpRequest.Builder json11(String target, String body) {
    return HttpRequest.newBuilder(uri("/")).header("X-Amz-Target", target)
        .header("Content-Type", "application/x-amz-json-1.1").POST(body(body));
  }

  private static void assertJson11Error(HttpResponse<String> response, int status, String body) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
    assertThat(response.headers().firstValue("x-amzn-ErrorType"))
        .hasValue(body.substring(11, body.indexOf('"', 11)));
    assertThat(response.body()).isEqualTo(body);
  }

  private static URI uri(String path) {
    return URI.create(endpoint.uri() + path);
  }

  private static HttpRequest.BodyPublisher body(String text) {
    return HttpRequest.BodyPublishers.ofString(text);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
