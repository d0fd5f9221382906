package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SsoAdminTerraformContract} on the in-memory store. */
class InMemorySsoAdminTerraformTest extends SsoAdminTerraformContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
}
