package dev.grants.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.memory.InMemoryAccountAssignmentRepository;
import dev.grants.adapters.memory.InMemoryLayerVersionRepository;
import dev.grants.adapters.memory.InMemoryPermissionSetRepository;
import dev.grants.adapters.memory.InMemoryProvisioningGateway;
import dev.grants.adapters.memory.InMemoryProvisioningRequestRepository;
import dev.grants.adapters.memory.InMemoryResourcePolicyRepository;
import dev.grants.adapters.memory.InMemorySigningProfileRepository;
import dev.grants.adapters.memory.RandomRevisionIds;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.fault.Fault;
import dev.grants.testkit.fault.FaultPlan;
import dev.grants.testkit.fault.InjectedFault;
import dev.grants.testkit.fault.OutboundCall;
import dev.grants.testkit.fault.OutboundStores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Only a real internal fault reaches a 500, and then in the family's own format, never a stack trace: an exception
 * that escapes the services, or an outbound port's failure, which the services answer as
 * {@code GrantsError.InternalFailure}.
 */
class InternalFaultTest {

  @Test
  void a_failing_repository_is_an_internal_server_exception_in_the_json_1_1_format_for_sso_admin() throws Exception {
    FaultPlan faults = new FaultPlan();
    try (GrantsEndpoint endpoint = GrantsEndpoint.builder().grants(behind(faults)).build().start()) {
      HttpClient http = HttpClient.newHttpClient();

      faults.arm(OutboundCall.INSTANCES_OF, 1, Fault.failBefore());
      HttpResponse<String> sso = target(http, endpoint, "ListInstances");

      assertIsSsoInternalError(sso);
      assertThat(sso.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
    }
  }

  @Test
  void a_failing_repository_is_a_service_exception_for_lambda_and_an_internal_error_for_signer() throws Exception {
    FaultPlan faults = new FaultPlan();
    try (GrantsEndpoint endpoint = GrantsEndpoint.builder().grants(behind(faults)).build().start()) {
      HttpClient http = HttpClient.newHttpClient();
      publishLayerAndPutProfile(http, endpoint, "Broken");

      faults.arm(OutboundCall.POLICY_FIND, 1, Fault.failBefore());
      HttpResponse<String> lambda = send(http, endpoint, "GET", "/2018-10-31/layers/x/versions/1/policy", "");
      faults.arm(OutboundCall.POLICY_FIND, 1, Fault.failBefore());
      HttpResponse<String> signer = send(http, endpoint, "GET", "/signing-profiles/Broken/permissions", "");

      assertIsLambdaServiceException(lambda);
      assertIsSignerInternalError(signer);
    }
  }

  @Test
  void a_fault_injected_at_any_port_is_the_familys_500_and_its_body_tells_nothing_of_it() throws Exception {
    FaultPlan faults = new FaultPlan();
    try (GrantsEndpoint endpoint = GrantsEndpoint.builder().grants(behind(faults)).build().start()) {
      HttpClient http = HttpClient.newHttpClient();
      publishLayerAndPutProfile(http, endpoint, "Faulty");

      faults.arm(OutboundCall.POLICY_COMMIT, 1, Fault.failBefore());
      HttpResponse<String> lambda = send(http, endpoint, "POST", "/2018-10-31/layers/x/versions/1/policy",
          "{\"Action\":\"lambda:GetLayerVersion\",\"Principal\":\"*\",\"StatementId\":\"s\"}");
      faults.arm(OutboundCall.PROFILE_REPLACE, 1, Fault.failBefore());
      HttpResponse<String> signer = send(http, endpoint, "DELETE", "/signing-profiles/Faulty", "");
      faults.arm(OutboundCall.INSTANCE_INSERT, 1, Fault.failAfter());
      HttpResponse<String> sso = target(http, endpoint, "CreateInstance");

      assertIsLambdaServiceException(lambda);
      assertIsSignerInternalError(signer);
      assertIsSsoInternalError(sso);
      assertThat(List.of(lambda.body(), signer.body(), sso.body())).noneMatch(body -> body.contains(InjectedFault.MARKER));
    }
  }

  @Test
  void after_a_fault_the_same_calls_answer_as_if_the_first_took_effect_or_did_not() throws Exception {
    FaultPlan faults = new FaultPlan();
    try (GrantsEndpoint endpoint = GrantsEndpoint.builder().grants(behind(faults)).build().start()) {
      HttpClient http = HttpClient.newHttpClient();
      send(http, endpoint, "POST", "/2018-10-31/layers/x/versions", "{\"Content\":{\"ZipFile\":\"UEsFBg==\"}}");
      String grant = "{\"Action\":\"lambda:GetLayerVersion\",\"Principal\":\"*\",\"StatementId\":\"s\"}";

      faults.arm(OutboundCall.POLICY_COMMIT, 1, Fault.failBefore());
      assertThat(send(http, endpoint, "POST", "/2018-10-31/layers/x/versions/1/policy", grant).statusCode())
          .isEqualTo(500);
      assertThat(send(http, endpoint, "POST", "/2018-10-31/layers/x/versions/1/policy", grant).statusCode())
          .as("the grant did not happen: the retry makes it").isEqualTo(201);
      faults.arm(OutboundCall.INSTANCE_INSERT, 1, Fault.failAfter());
      assertThat(target(http, endpoint, "CreateInstance").statusCode()).isEqualTo(500);
      HttpResponse<String> again = target(http, endpoint, "CreateInstance");
      assertThat(again.statusCode()).as("the instance was made: the retry meets it").isEqualTo(400);
      assertThat(again.headers().firstValue("x-amzn-ErrorType")).hasValue("ConflictException");
    }
  }

  /** Layer {@code x} version 1 and signing profile {@code profile}, each checked to have been made. */
  private static void publishLayerAndPutProfile(HttpClient http, GrantsEndpoint endpoint, String profile)
      throws Exception {
    assertThat(send(http, endpoint, "POST", "/2018-10-31/layers/x/versions", "{\"Content\":{\"ZipFile\":\"UEsFBg==\"}}")
        .statusCode()).isEqualTo(201);
    assertThat(send(http, endpoint, "PUT", "/signing-profiles/" + profile, "{\"platformId\":\"AWSLambda-SHA384-ECDSA\"}")
        .statusCode()).isEqualTo(200);
  }

  private static void assertIsLambdaServiceException(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).isEqualTo(500);
    assertThat(answer.headers().firstValue("x-amzn-ErrorType")).hasValue("ServiceException");
    assertThat(answer.body()).isEqualTo("{\"Type\":\"Service\",\"Message\":\"An internal error occurred.\"}");
  }

  private static void assertIsSignerInternalError(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).isEqualTo(500);
    assertThat(answer.headers().firstValue("x-amzn-ErrorType")).hasValue("InternalServiceErrorException");
    assertThat(answer.body())
        .isEqualTo("{\"message\":\"An internal error occurred.\",\"code\":\"InternalServiceErrorException\"}");
  }

  private static void assertIsSsoInternalError(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).isEqualTo(500);
    assertThat(answer.headers().firstValue("x-amzn-ErrorType")).hasValue("InternalServerException");
    assertThat(answer.body())
        .isEqualTo("{\"__type\":\"InternalServerException\",\"Message\":\"An internal error occurred.\"}");
  }

  /** The in-memory stores, a gateway that answers at once, random ids and the system clock, all behind {@code faults}. */
  private static Grants behind(FaultPlan faults) {
    InMemoryPermissionSetRepository directory = new InMemoryPermissionSetRepository();
    OutboundStores stores = faults.wrap(new OutboundStores(new InMemoryResourcePolicyRepository(),
        new InMemoryLayerVersionRepository(), new InMemorySigningProfileRepository(),
        directory, new InMemoryProvisioningRequestRepository(), new InMemoryAccountAssignmentRepository(directory)));
    return Grants.builder().resourcePolicies(stores.resourcePolicies()).layerVersions(stores.layerVersions())
        .signingProfiles(stores.signingProfiles()).permissionSets(stores.permissionSets())
        .provisioningRequests(stores.provisioningRequests()).accountAssignments(stores.accountAssignments())
        .provisioningGateway(faults.provisioningGateway(
            InMemoryProvisioningGateway.answering(InMemoryProvisioningGateway.Outcome.succeed())))
        .ids(faults.ids(new RandomRevisionIds())).clock(Clock.systemUTC()).build();
  }

  private static HttpResponse<String> target(HttpClient http, GrantsEndpoint endpoint, String operation)
      throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(endpoint.uri() + "/"))
        .header("X-Amz-Target", "SWBExternalService." + operation)
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> send(HttpClient http, GrantsEndpoint endpoint, String method, String path,
      String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(endpoint.uri() + path))
        .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
