package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SsoAdminAssignmentSdkContract} on the PostgreSQL store. */
class PostgresSsoAdminAssignmentSdkContractTest extends SsoAdminAssignmentSdkContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(PostgresStoreUnderTest.POSTGRES);
}
