package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link LambdaLayerListingSdkContract} on PostgreSQL: the same SDK calls, the same answers, as in memory. */
class PostgresLambdaLayerListingSdkTest extends LambdaLayerListingSdkContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(PostgresStoreUnderTest.POSTGRES);
}
