package dev.grants.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who the endpoint takes a call to be from, over raw HTTP: the account whose id is the SigV4 access key id when that
 * is exactly 12 digits, otherwise the default account; with the organization the endpoint places that account in.
 */
class CallerIdentityTest {
  private static final String ZIP = "{\"Content\":{\"ZipFile\":\"UEsFBg==\"}}";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static GrantsEndpoint endpoint;

  @BeforeAll
  static void start() {
    endpoint = GrantsEndpoint.builder().port(0).account("210987654321")
        .organization("o-a1b2c3d4e5", "444455556666").organization("o-zzzzzzzzzz", "777788889999").build().start();
  }

  @AfterAll
  static void stop() {
    endpoint.close();
  }

  @Test
  void a_twelve_digit_access_key_id_is_the_calling_account() throws Exception {
    assertThat(publish("by-key", signedBy("111122223333")).body())
        .contains("\"LayerVersionArn\":\"arn:aws:lambda:eu-west-3:111122223333:layer:by-key:1\"");
  }

  @Test
  void any_other_key_or_no_signature_calls_as_the_default_account() throws Exception {
    assertThat(publish("other-key", signedBy("AKIAIOSFODNN7EXAMPLE")).body())
        .contains("arn:aws:lambda:eu-west-3:210987654321:layer:other-key:1");
    assertThat(publish("eleven", signedBy("11112222333")).body())
        .contains("arn:aws:lambda:eu-west-3:210987654321:layer:eleven:1");
    assertThat(publish("unsigned", null).body()).contains("arn:aws:lambda:us-east-1:210987654321:layer:unsigned:1");
  }

  @Test
  void a_presigned_credential_names_the_caller_too() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint.uri()
            + "/2018-10-31/layers/presigned/versions?X-Amz-Credential=111122223333%2F20261121%2Feu-west-3%2Flambda"
            + "%2Faws4_request")).POST(HttpRequest.BodyPublishers.ofString(ZIP)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.body()).contains("arn:aws:lambda:eu-west-3:111122223333:layer:presigned:1");
  }

  @Test
  void an_account_in_an_organization_reads_what_is_granted_to_it_and_others_do_not() throws Exception {
    publish("org-shared", signedBy("111122223333"));
    HttpResponse<String> granted = send("POST", "/2018-10-31/layers/org-shared/versions/1/policy",
        "{\"Action\":\"lambda:GetLayerVersion\",\"Principal\":\"*\",\"StatementId\":\"org\","
            + "\"OrganizationId\":\"o-a1b2c3d4e5\"}", signedBy("111122223333"));
    assertThat(granted.statusCode()).isEqualTo(201);
    String byArn = "/2018-10-31/layers/arn%3Aaws%3Alambda%3Aeu-west-3%3A111122223333%3Alayer%3Aorg-shared/versions/1";

    assertThat(send("GET", byArn, null, signedBy("444455556666")).statusCode()).isEqualTo(200);
    HttpResponse<String> outsider = send("GET", byArn, null, signedBy("777788889999"));
    assertThat(outsider.statusCode()).isEqualTo(403);
    assertThat(outsider.headers().firstValue("x-amzn-ErrorType")).hasValue("AccessDeniedException");
    assertThat(outsider.body()).isEqualTo("{\"Type\":\"User\",\"Message\":\"User: arn:aws:iam::777788889999:root is "
        + "not authorized to perform: lambda:GetLayerVersion on resource: "
        + "arn:aws:lambda:eu-west-3:111122223333:layer:org-shared:1 because no resource-based policy allows the "
        + "lambda:GetLayerVersion action\"}");
    assertThat(send("GET", byArn, null, null).statusCode()).as("the default account, in no organization")
        .isEqualTo(403);
  }

  @Test
  void an_account_is_in_at_most_one_organization_and_ids_are_checked() {
    assertThatThrownBy(() -> GrantsEndpoint.builder().organization("o-a1b2c3d4e5", "111122223333")
        .organization("o-zzzzzzzzzz", "111122223333"))
        .hasMessage("account 111122223333 is already in organization o-a1b2c3d4e5");
    assertThatThrownBy(() -> GrantsEndpoint.builder().organization("o-SHOUT12345", "111122223333"))
        .hasMessage("not an organization id: o-SHOUT12345 (o- and 10 to 32 lowercase letters or digits)");
    assertThatThrownBy(() -> GrantsEndpoint.builder().organization("o-a1b2c3d4e5", "1111"))
        .hasMessage("not a 12-digit account id: '1111'");
    assertThatThrownBy(() -> GrantsEndpoint.builder().organization("o-a1b2c3d4e5"))
        .hasMessage("organization o-a1b2c3d4e5 needs at least one account");
  }

  private static String signedBy(String accessKeyId) {
    return "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/20261121/eu-west-3/lambda/aws4_request, "
        + "SignedHeaders=host, Signature=0";
  }

  private static HttpResponse<String> publish(String layer, String authorization) throws Exception {
    HttpResponse<String> response = send("POST", "/2018-10-31/layers/" + layer + "/versions", ZIP, authorization);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return response;
  }

  private static HttpResponse<String> send(String method, String path, String body, String authorization)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.uri() + path)).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
