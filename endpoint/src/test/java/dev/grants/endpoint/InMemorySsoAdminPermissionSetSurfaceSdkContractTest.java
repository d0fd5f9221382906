package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SsoAdminPermissionSetSurfaceSdkContract} on the in-memory store. */
class InMemorySsoAdminPermissionSetSurfaceSdkContractTest extends SsoAdminPermissionSetSurfaceSdkContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
}
