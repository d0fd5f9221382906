package dev.grants.endpoint;

import dev.grants.adapters.memory.InMemoryGrants;
import dev.grants.adapters.memory.InMemoryProvisioningGateway;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.service.Grants;
import java.time.Clock;
import java.time.Duration;

/**
 * The store an SDK contract suite ({@link LambdaSdkContract}, {@link SignerSdkContract}, {@link SsoAdminSdkContract},
 * {@link CrossAccountSdkContract}) runs against, the one hook a store gives each suite: every call is a new wiring
 * on a new, empty store of its kind, around the clock, provisioning gateway and deadline the suite passes in (the
 * store supplies its repositories and revision ids). A store runs a suite with a subclass that registers the
 * suite's endpoint on it:
 *
 * <pre>{@code
 * class InMemoryLambdaSdkContractTest extends LambdaSdkContract {
 *   @RegisterExtension
 *   static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
 * }
 * }</pre>
 */
@FunctionalInterface
interface StoreUnderTest {

  /** adapters-memory's store: {@code InMemoryGrants} with the given parts, its defaults for the rest. */
  StoreUnderTest IN_MEMORY = (clock, gateway, deadline) -> InMemoryGrants.builder()
      .clock(clock).provisioningGateway(gateway).provisioningDeadline(deadline).build();

  /** A new wiring on a new, empty store, with these parts. */
  Grants wiring(Clock clock, ProvisioningGateway gateway, Duration deadline);

  /**
   * A new wiring with the embedded default's parts: the system clock in UTC, a gateway that succeeds 200 ms after
   * the work arrives, the five-minute deadline.
   */
  default Grants wiring() {
    return wiring(Clock.systemUTC());
  }

  /** A new wiring at {@code clock}, with the embedded default's gateway and deadline. */
  default Grants wiring(Clock clock) {
    return wiring(clock, InMemoryProvisioningGateway.embeddedDefault(), Grants.Builder.DEFAULT_PROVISIONING_DEADLINE);
  }

  /** A new wiring around {@code gateway}, with the system clock and the five-minute deadline. */
  default Grants wiring(ProvisioningGateway gateway) {
    return wiring(Clock.systemUTC(), gateway, Grants.Builder.DEFAULT_PROVISIONING_DEADLINE);
  }
}
