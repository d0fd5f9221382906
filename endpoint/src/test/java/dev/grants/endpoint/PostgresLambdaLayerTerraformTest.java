package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link LambdaLayerTerraformContract} on PostgreSQL: the same configuration, the same answers, as in memory. */
class PostgresLambdaLayerTerraformTest extends LambdaLayerTerraformContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(PostgresStoreUnderTest.POSTGRES);
}
