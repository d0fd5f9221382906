package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link CrossAccountSdkContract} on the in-memory store. */
class InMemoryCrossAccountSdkTest extends CrossAccountSdkContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
}
