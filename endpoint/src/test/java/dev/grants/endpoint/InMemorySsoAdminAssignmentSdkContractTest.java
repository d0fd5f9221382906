package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SsoAdminAssignmentSdkContract} on the in-memory store. */
class InMemorySsoAdminAssignmentSdkContractTest extends SsoAdminAssignmentSdkContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
}
