package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SignerSurfaceSdkContract} on the in-memory store. */
class InMemorySignerSurfaceSdkContractTest extends SignerSurfaceSdkContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
}
