package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link CrossAccountSdkContract} on PostgreSQL: the same SDK calls, the same answers, as in memory. */
class PostgresCrossAccountSdkTest extends CrossAccountSdkContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(PostgresStoreUnderTest.POSTGRES);
}
