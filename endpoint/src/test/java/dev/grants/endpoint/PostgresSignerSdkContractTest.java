package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SignerSdkContract} on PostgreSQL: the same SDK calls, the same answers, as in memory. */
class PostgresSignerSdkContractTest extends SignerSdkContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(PostgresStoreUnderTest.POSTGRES);
}
