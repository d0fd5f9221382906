package dev.grants.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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
