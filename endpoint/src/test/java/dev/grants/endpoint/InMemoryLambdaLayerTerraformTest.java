package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link LambdaLayerTerraformContract} on the in-memory store. */
class InMemoryLambdaLayerTerraformTest extends LambdaLayerTerraformContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
}
