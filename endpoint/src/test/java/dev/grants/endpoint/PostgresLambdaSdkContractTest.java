package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link LambdaSdkContract} on PostgreSQL: the same SDK calls, the same answers, as in memory. */
class PostgresLambdaSdkContractTest extends LambdaSdkContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(PostgresStoreUnderTest.POSTGRES);
}
