package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SignerSurfaceSdkContract} on PostgreSQL. */
class PostgresSignerSurfaceSdkContractTest extends SignerSurfaceSdkContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(PostgresStoreUnderTest.POSTGRES);
}
