package dev.grants.endpoint;

import dev.grants.testkit.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * What every Terraform suite shares: the endpoint a store's subclass registers ({@link #endpointOn}), and
 * {@link #terraform}, found once per class; each test is skipped, with the reason, where this machine lacks Terraform
 * or the provider's mirror ({@link Terraform#absence()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TerraformContract {
  /** Terraform on this machine; null where it is absent (every test is then skipped). */
  Terraform terraform;

  /** The suite's endpoint on {@code store}: its wirings with the embedded default's parts, settings for us-east-2. */
  static StoreEndpoint endpointOn(StoreUnderTest store) {
    return new StoreEndpoint(store, GrantsEndpointExtension.serving(store::wiring).inRegion(Fixtures.REGION));
  }

  @BeforeAll
  final void findTerraform() {
    terraform = Terraform.onThisMachine().orElse(null);
  }

  // Assumed per test, not per class: a test skipped by name, with the reason, is what Surefire reports and prints.
  @BeforeEach
  final void requireTerraform() {
    Assumptions.assumeTrue(terraform != null, Terraform::absence);
  }
}
