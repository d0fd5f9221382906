package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.adapters.http.GrantsEndpoint;
import dev.grants.adapters.memory.InMemoryGrants;
import dev.grants.adapters.memory.InMemoryProvisioningGateway;
import dev.grants.adapters.memory.InMemoryProvisioningGateway.Outcome;
import dev.grants.domain.layer.LayerArchiveInput;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.ports.in.AddLayerVersionPermissionCommand;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.CreateInstanceCommand;
import dev.grants.ports.in.CreatePermissionSetCommand;
import dev.grants.ports.in.PublishLayerVersionCommand;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.PermissionSetProvisioningStatus;
import software.amazon.awssdk.services.ssoadmin.model.ProvisionTargetType;
import software.amazon.awssdk.services.ssoadmin.model.StatusValues;

class GrantsEndpointExtensionTest {

  @Nested
  class OnAStaticField {
    @RegisterExtension
    static final GrantsEndpointExtension ENDPOINT = GrantsEndpointExtension.create().inRegion("eu-central-1");

    @Test
    void hands_out_the_uri_and_ready_made_client_settings(ClientSettings settings, URI uri, GrantsEndpoint endpoint) {
      assertThat(settings.endpoint()).isEqualTo(uri).isEqualTo(endpoint.uri()).isEqualTo(ENDPOINT.uri());
      assertThat(uri.getHost()).isEqualTo("127.0.0.1");
      assertThat(settings.region()).isEqualTo("eu-central-1");
      assertThat(settings.accessKeyId()).isEqualTo(ClientSettings.DUMMY_ACCESS_KEY_ID);
      assertThat(settings.secretAccessKey()).isNotBlank();
    }

    @Test
    void the_endpoint_answers(URI uri) throws Exception {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(uri + "/2018-10-31/layers/x/versions/1")).GET().build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ResourceNotFoundException");
    }
  }

  @Nested
  class ServingAWiringWithAScriptedGateway {
    static final InMemoryProvisioningGateway GATEWAY = InMemoryProvisioningGateway.answering(Outcome.succeed());

    @RegisterExtension
    static final GrantsEndpointExtension ENDPOINT = GrantsEndpointExtension.serving(() -> InMemoryGrants.builder()
        .provisioningGateway(GATEWAY).provisioningDeadline(Duration.ofSeconds(2)).build());

    @Test
    void the_test_scripts_the_gateway_and_arranges_state_through_the_java_api(Grants grants, ClientSettings settings) {
      GATEWAY.script("111122223333", Outcome.fail("Account is suspended"));
      CallContext owner = CallContext.of(ENDPOINT.endpoint().account(), settings.region());
      Instance instance = grants.permissionSets().createInstance(CreateInstanceCommand.builder().context(owner).build())
          .get();
      PermissionSet set = grants.permissionSets().createPermissionSet(CreatePermissionSetCommand.builder()
          .context(owner).instanceArn(instance.arn().toString()).name("ReadOnly").build()).get();

      try (SsoAdminClient sso = SsoAdminSdkContract.client(settings)) {
        PermissionSetProvisioningStatus failed = sso.provisionPermissionSet(b -> b.instanceArn(instance.arn().toString())
            .permissionSetArn(set.arn().toString()).targetType(ProvisionTargetType.AWS_ACCOUNT)
            .targetId("111122223333")).permissionSetProvisioningStatus();
        PermissionSetProvisioningStatus succeeded = sso.provisionPermissionSet(b -> b
            .instanceArn(instance.arn().toString()).permissionSetArn(set.arn().toString())
            .targetType(ProvisionTargetType.AWS_ACCOUNT).targetId("444455556666")).permissionSetProvisioningStatus();

        assertThat(failed.status()).isEqualTo(StatusValues.FAILED);
        assertThat(failed.failureReason()).isEqualTo("Account is suspended");
        assertThat(succeeded.status()).isEqualTo(StatusValues.SUCCEEDED);
      }
    }
  }

  @Nested
  class WithAnOrganization {
    @RegisterExtension
    static final GrantsEndpointExtension ENDPOINT = GrantsEndpointExtension.create().inRegion("us-east-2")
        .withOrganization("o-a1b2c3d4e5", "444455556666").withOrganization("o-a1b2c3d4e5", "777788889999");

    @Test
    void clients_act_as_the_account_their_settings_name_and_members_read_what_the_organization_is_granted(
        Grants grants, ClientSettings settings) {
      CallContext owner = CallContext.of("111122223333", "us-east-2");
      grants.layerVersions().publish(PublishLayerVersionCommand.builder().context(owner).layerName("shared")
          .content(LayerArchiveInput.ofZipFile(Fixtures.ARCHIVE)).build()).get();
      grants.layerVersionPermissions().add(AddLayerVersionPermissionCommand.builder().context(owner)
          .layerName("shared").versionNumber(1).statementId("org").action("lambda:GetLayerVersion").principal("*")
          .organizationId("o-a1b2c3d4e5").build()).get();
      String arn = "arn:aws:lambda:us-east-2:111122223333:layer:shared";

      assertThat(settings.asAccount("777788889999").accessKeyId()).isEqualTo("777788889999");
      for (String member : List.of("444455556666", "777788889999")) {
        try (LambdaClient lambda = LambdaSdkContract.client(settings.asAccount(member), "us-east-2")) {
          assertThat(lambda.getLayerVersion(b -> b.layerName(arn).versionNumber(1L)).version()).isEqualTo(1L);
        }
      }
      try (LambdaClient outsider = LambdaSdkContract.client(settings, "us-east-2")) {
        assertThatThrownBy(() -> outsider.getLayerVersion(b -> b.layerName(arn).versionNumber(1L)))
            .isInstanceOfSatisfying(LambdaException.class, refused -> assertThat(refused.statusCode()).isEqualTo(403));
      }
    }

    @Test
    void a_bad_organization_is_refused_when_the_extension_is_made() {
      assertThatThrownBy(() -> GrantsEndpointExtension.create().withOrganization("o-a1b2c3d4e5", "111122223333")
          .withOrganization("o-zzzzzzzzzz", "111122223333"))
          .hasMessage("account 111122223333 is already in organization o-a1b2c3d4e5");
      assertThatThrownBy(() -> ClientSettings.of(URI.create("http://127.0.0.1:1"), "us-east-1").asAccount("AKID"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class OnAnInstanceField {
    @RegisterExtension
    final GrantsEndpointExtension endpoint = GrantsEndpointExtension.create().asAccount("111122223333");

    @Test
    void each_test_gets_a_fresh_endpoint_with_the_chosen_account() {
      assertThat(endpoint.endpoint().account()).isEqualTo("111122223333");
      assertThat(endpoint.endpoint().grants().layerVersions()).isNotNull();
    }
  }
}
