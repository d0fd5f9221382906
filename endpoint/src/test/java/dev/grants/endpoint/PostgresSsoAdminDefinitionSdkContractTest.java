package dev.grants.endpoint;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SsoAdminDefinitionSdkContract} on PostgreSQL: the same SDK calls, the same answers, as in memory. */
class PostgresSsoAdminDefinitionSdkContractTest extends SsoAdminDefinitionSdkContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(PostgresStoreUnderTest.POSTGRES);
}
