package dev.grants.endpoint;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link SsoAdminTerraformContract} on the in-memory store, run with
 * {@code -Dgrants.terraform.everyStore=true}: by default only PostgreSQL's runs ({@link Terraform#assumeEveryStore()}).
 */
class InMemorySsoAdminTerraformTest extends SsoAdminTerraformContract {
  @RegisterExtension
  static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);

  @BeforeEach
  void onlyWhenEveryStoreIsAsked() {
    Terraform.assumeEveryStore();
  }
}
