package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SsoAdminTerraformContract} on PostgreSQL: the same configuration, the same answers, as in memory. */
class PostgresSsoAdminTerraformTest extends SsoAdminTerraformContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(PostgresStoreUnderTest.POSTGRES);
}
