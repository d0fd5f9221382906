package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SsoAdminPermissionSetSurfaceSdkContract} on PostgreSQL: the same SDK calls, the same answers, as in memory. */
class PostgresSsoAdminPermissionSetSurfaceSdkContractTest extends SsoAdminPermissionSetSurfaceSdkContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(PostgresStoreUnderTest.POSTGRES);
}
