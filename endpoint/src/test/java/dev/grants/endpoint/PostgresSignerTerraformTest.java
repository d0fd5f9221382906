package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SignerTerraformContract} on PostgreSQL: the same configuration, the same answers, as in memory. */
class PostgresSignerTerraformTest extends SignerTerraformContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(PostgresStoreUnderTest.POSTGRES);
}
