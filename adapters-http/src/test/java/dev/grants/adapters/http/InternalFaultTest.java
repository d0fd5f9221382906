package dev.grants.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.memory.InMemoryLayerVersionRepository;
import dev.grants.adapters.memory.InMemoryPermissionSetRepository;
import dev.grants.adapters.memory.InMemoryProvisioningGateway;
import dev.grants.adapters.memory.InMemoryProvisioningRequestRepository;
import dev.grants.adapters.memory.InMemoryResourcePolicyRepository;
import dev.grants.adapters.memory.InMemorySigningProfileRepository;
import dev.grants.adapters.memory.RandomRevisionIds;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.principal.Arn;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.RevisionConflict;
import dev.grants.ports.service.Grants;
import io.vavr.control.Either;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Only a real internal fault reaches a 500, and then in the family's own format, never a stack trace. */
class InternalFaultTest {

  /** A policy store whose disk is gone. */
  static final class BrokenPolicies implements ResourcePolicyRepository {
    private final InMemoryResourcePolicyRepository delegate = new InMemoryResourcePolicyRepository();

    @Override
    public ResourcePolicy find(Arn resource) {
      throw new IllegalStateException("storage unavailable: secret internal detail");
    }

    @Override
    public Either<RevisionConflict, ResourcePolicy> commit(ResourcePolicy base, ResourcePolicy next) {
      return delegate.commit(base, next);
    }

    @Override
    public void delete(Arn resource) {
      delegate.delete(resource);
    }
  }

  @Test
  void a_failing_repository_is_a_service_exception_for_lambda_and_an_internal_error_for_signer() throws Exception {
    Grants broken = Grants.builder().resourcePolicies(new BrokenPolicies())
        .layerVersions(new InMemoryLayerVersionRepository()).signingProfiles(new InMemorySigningProfileRepository())
        .permissionSets(new InMemoryPermissionSetRepository())
        .provisioningRequests(new InMemoryProvisioningRequestRepository())
        .provisioningGateway(InMemoryProvisioningGateway.embeddedDefault())
        .ids(new RandomRevisionIds()).clock(Clock.systemUTC()).build();
    try (GrantsEndpoint endpoint = GrantsEndpoint.builder().grants(broken).build().start()) {
      HttpClient http = HttpClient.newHttpClient();
      send(http, endpoint, "POST", "/2018-10-31/layers/x/versions", "{\"Content\":{\"ZipFile\":\"UEsFBg==\"}}");
      send(http, endpoint, "PUT", "/signing-profiles/Broken", "{\"platformId\":\"AWSLambda-SHA384-ECDSA\"}");

      HttpResponse<String> lambda = send(http, endpoint, "GET", "/2018-10-31/layers/x/versions/1/policy", "");
      HttpResponse<String> signer = send(http, endpoint, "GET", "/signing-profiles/Broken/permissions", "");

      assertThat(lambda.statusCode()).isEqualTo(500);
      assertThat(lambda.headers().firstValue("x-amzn-ErrorType")).hasValue("ServiceException");
      assertThat(lambda.body()).isEqualTo("{\"Type\":\"Service\",\"Message\":\"An internal error occurred.\"}");
      assertThat(signer.statusCode()).isEqualTo(500);
      assertThat(signer.headers().firstValue("x-amzn-ErrorType")).hasValue("InternalServiceErrorException");
      assertThat(signer.body())
          .isEqualTo("{\"message\":\"An internal error occurred.\",\"code\":\"InternalServiceErrorException\"}");
    }
  }

  private static HttpResponse<String> send(HttpClient http, GrantsEndpoint endpoint, String method, String path,
      String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(endpoint.uri() + path))
        .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
