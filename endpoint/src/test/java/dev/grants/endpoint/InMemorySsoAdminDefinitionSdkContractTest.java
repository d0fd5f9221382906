package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SsoAdminDefinitionSdkContract} on the in-memory store. */
class InMemorySsoAdminDefinitionSdkContractTest extends SsoAdminDefinitionSdkContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
}
