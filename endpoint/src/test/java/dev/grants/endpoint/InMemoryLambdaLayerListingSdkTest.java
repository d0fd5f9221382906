package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link LambdaLayerListingSdkContract} on the in-memory store. */
class InMemoryLambdaLayerListingSdkTest extends LambdaLayerListingSdkContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
}
