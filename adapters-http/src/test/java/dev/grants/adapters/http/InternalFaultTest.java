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
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisionedAccount;
import dev.grants.ports.out.PermissionSetRepository;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.RevisionConflict;
import dev.grants.ports.service.Grants;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
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

  /** A permission set store that cannot list an account's instances. */
  static final class BrokenDirectory implements PermissionSetRepository {
    private final InMemoryPermissionSetRepository delegate = new InMemoryPermissionSetRepository();

    @Override
    public boolean insertInstance(Instance instance) {
      return delegate.insertInstance(instance);
    }

    @Override
    public Option<Instance> findInstance(InstanceArn arn) {
      return delegate.findInstance(arn);
    }

    @Override
    public List<Instance> instancesOf(AccountId owner) {
      throw new IllegalStateException("storage unavailable: secret internal detail");
    }

    @Override
    public boolean insertPermissionSet(PermissionSet permissionSet) {
      return delegate.insertPermissionSet(permissionSet);
    }

    @Override
    public Option<PermissionSet> findPermissionSet(PermissionSetArn arn) {
      return delegate.findPermissionSet(arn);
    }

    @Override
    public boolean replacePermissionSet(PermissionSet base, PermissionSet next) {
      return delegate.replacePermissionSet(base, next);
    }

    @Override
    public boolean deletePermissionSet(PermissionSetArn arn) {
      return delegate.deletePermissionSet(arn);
    }

    @Override
    public void recordProvisioned(PermissionSetArn permissionSet, AccountId account, long version) {
      delegate.recordProvisioned(permissionSet, account, version);
    }

    @Override
    public List<ProvisionedAccount> provisionedAccounts(PermissionSetArn permissionSet) {
      return delegate.provisionedAccounts(permissionSet);
    }

    @Override
    public List<ProvisionedAccount> provisionedTo(InstanceArn instance, AccountId account) {
      return delegate.provisionedTo(instance, account);
    }
  }

  @Test
  void a_failing_repository_is_an_internal_server_exception_in_the_json_1_1_format_for_sso_admin() throws Exception {
    Grants broken = Grants.builder().resourcePolicies(new InMemoryResourcePolicyRepository())
        .layerVersions(new InMemoryLayerVersionRepository()).signingProfiles(new InMemorySigningProfileRepository())
        .permissionSets(new BrokenDirectory())
        .provisioningRequests(new InMemoryProvisioningRequestRepository())
        .provisioningGateway(InMemoryProvisioningGateway.embeddedDefault())
        .ids(new RandomRevisionIds()).clock(Clock.systemUTC()).build();
    try (GrantsEndpoint endpoint = GrantsEndpoint.builder().grants(broken).build().start()) {
      HttpResponse<String> sso = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint.uri() + "/"))
          .header("X-Amz-Target", "SWBExternalService.ListInstances")
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(sso.statusCode()).isEqualTo(500);
      assertThat(sso.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
      assertThat(sso.headers().firstValue("x-amzn-ErrorType")).hasValue("InternalServerException");
      assertThat(sso.body())
          .isEqualTo("{\"__type\":\"InternalServerException\",\"Message\":\"An internal error occurred.\"}");
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
