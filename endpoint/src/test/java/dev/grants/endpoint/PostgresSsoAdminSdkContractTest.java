package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SsoAdminSdkContract} on PostgreSQL: the same SDK calls, the same answers, as in memory. */
class PostgresSsoAdminSdkContractTest extends SsoAdminSdkContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(PostgresStoreUnderTest.POSTGRES);
}
