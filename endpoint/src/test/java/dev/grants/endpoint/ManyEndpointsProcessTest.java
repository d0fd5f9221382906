package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two endpoint processes on one database behave as one service: one of them is killed with SIGKILL during a stream
 * of adds and while a provisioning it accepted is still under way; afterwards every add either answered 201 is in
 * the policy exactly once, and the other endpoint, once the killed one's lease lapsed, finished the provisioning.
 */
class ManyEndpointsProcessTest {
  private static final Pattern INSTANCE_ARN = Pattern.compile("\"InstanceArn\":\"([^\"]+)\"");
  private static final Pattern SET_ARN = Pattern.compile("\"PermissionSetArn\":\"([^\"]+)\"");
  private static final Pattern REQUEST_ID = Pattern.compile("\"RequestId\":\"([^\"]+)\"");
  private static final Pattern STATUS = Pattern.compile("\"Status\":\"([A-Z_]+)\"");

  private final HttpClient http = HttpClient.newHttpClient();

  // a's gateway answers 10 s after it takes the work: long enough that the set-up and the first 30 adds end before
  // it, even on a loaded 2-core machine (3 s was not), so that the kill always falls while its provisioning is under
  // way; b then takes the work over once the 2 s lease lapses and answers 10 s later.

  @Test
  void an_endpoint_killed_mid_stream_loses_no_acknowledged_add_and_its_provisioning_is_finished_by_the_other()
      throws Exception {
    String jdbcUrl = PostgresStoreUnderTest.server().getJdbcUrl("postgres", "postgres");
    String[] options = {"--jdbc-url", jdbcUrl, "--schema", "many_endpoints", "--provisioning-delay", "10s",
        "--provisioning-lease", "2s"};
    EndpointProcesses.Started a = EndpointProcesses.start(options);
    EndpointProcesses.Started b = EndpointProcesses.start(options);
    try {
      String instance = match(INSTANCE_ARN, sso(a, "CreateInstance", "{}"));
      String set = match(SET_ARN, sso(a, "CreatePermissionSet",
          "{\"InstanceArn\":\"" + instance + "\",\"Name\":\"ReadOnly\"}"));
      HttpResponse<String> accepted = ssoResponse(a, "ProvisionPermissionSet", "{\"InstanceArn\":\"" + instance
          + "\",\"PermissionSetArn\":\"" + set + "\",\"TargetType\":\"AWS_ACCOUNT\",\"TargetId\":\"111122223333\"}");
      assertThat(accepted.statusCode()).isEqualTo(200);
      assertThat(match(STATUS, accepted.body())).isEqualTo("IN_PROGRESS"); // a's gateway takes 10 s
      String requestId = match(REQUEST_ID, accepted.body());
      assertThat(EndpointProcesses.send(http, a.url() + "/2018-10-31/layers/shared/versions",
          "{\"Content\":{\"ZipFile\":\"UEsFBg==\"}}").statusCode()).isEqualTo(201);

      List<String> acknowledged = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        if (i == 30) {
          assertThat(match(STATUS, sso(b, "DescribePermissionSetProvisioningStatus", "{\"InstanceArn\":\""
              + instance + "\",\"ProvisionPermissionSetRequestId\":\"" + requestId + "\"}")))
              .as("a's gateway has not answered yet").isEqualTo("IN_PROGRESS");
          a.process().destroyForcibly(); // SIGKILL, in the middle of the stream and of a's provisioning
        }
        EndpointProcesses.Started to = i % 2 == 0 && i < 30 ? a : b;
        try {
          HttpResponse<String> added = EndpointProcesses.send(http, to.url() + "/2018-10-31/layers/shared/versions/1/policy",
              "{\"Action\":\"lambda:GetLayerVersion\",\"Principal\":\"*\",\"StatementId\":\"s" + i + "\"}");
          if (added.statusCode() == 201) {
            acknowledged.add("s" + i);
          }
        } catch (java.io.IOException killed) {
          // the killed endpoint's connection went with it: this add is not acknowledged
        }
      }
      assertThat(a.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(45);

      String policy = http.send(HttpRequest.newBuilder(URI.create(b.url() + "/2018-10-31/layers/shared/versions/1/policy"))
          .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
      for (String sid : acknowledged) {
        assertThat(occurrences(policy, "\\\"Sid\\\":\\\"" + sid + "\\\"")).as(sid).isEqualTo(1);
      }

      Instant until = Instant.now().plus(Duration.ofSeconds(60));
      String status = "IN_PROGRESS";
      while (status.equals("IN_PROGRESS") && Instant.now().isBefore(until)) {
        Thread.sleep(250);
        status = match(STATUS, sso(b, "DescribePermissionSetProvisioningStatus",
            "{\"InstanceArn\":\"" + instance + "\",\"ProvisionPermissionSetRequestId\":\"" + requestId + "\"}"));
      }
      assertThat(status).isEqualTo("SUCCEEDED");
      assertThat(sso(b, "ListAccountsForProvisionedPermissionSet", "{\"InstanceArn\":\"" + instance
          + "\",\"PermissionSetArn\":\"" + set + "\"}")).contains("\"AccountIds\":[\"111122223333\"]");
    } finally {
      a.process().destroyForcibly();
      b.process().destroy();
      b.process().waitFor(20, TimeUnit.SECONDS);
    }
  }

  private String sso(EndpointProcesses.Started endpoint, String operation, String body) throws Exception {
    HttpResponse<String> answer = ssoResponse(endpoint, operation, body);
    assertThat(answer.statusCode()).as(operation + ": " + answer.body()).isEqualTo(200);
    return answer.body();
  }

  private HttpResponse<String> ssoResponse(EndpointProcesses.Started endpoint, String operation, String body)
      throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(endpoint.url() + "/"))
        .header("X-Amz-Target", "SWBExternalService." + operation)
        .header("Content-Type", "application/x-amz-json-1.1")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String match(Pattern pattern, String text) {
    Matcher found = pattern.matcher(text);
    assertThat(found.find()).as(pattern + " in " + text).isTrue();
    return found.group(1);
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }
}
