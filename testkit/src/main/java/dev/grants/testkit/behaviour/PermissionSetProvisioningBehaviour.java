package dev.grants.testkit.behaviour;

import dev.grants.domain.error.GrantsError;
import dev.grants.testkit.fake.ScriptedProvisioningGateway;
import org.junit.jupiter.api.Nested;

/**
 * The behaviour of {@link dev.grants.ports.in.PermissionSetProvisioning}: every provisioning row and rule of
 * CONTRACT.md section C (ProvisionPermissionSet, DescribePermissionSetProvisioningStatus,
 * ListPermissionSetProvisioningStatus, ListAccountsForProvisionedPermissionSet,
 * ListPermissionSetsProvisionedToAccount), the deadline, staleness and its repair, page tokens, and recovery
 * after a restart, refusals compared as {@link GrantsError} values with their fields, for any wiring:
 *
 * <pre>{@code
 * class MyWiringPermissionSetProvisioningTest extends PermissionSetProvisioningBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
 *       ProvisioningGateway gateway, Duration deadline) { ... }
 *
 *   @Override
 *   protected Grants restartGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
 *       ProvisioningGateway gateway, Duration deadline) { ... } // the same stores
 * }
 * }</pre>
 *
 * <p>Each test starts with no instance; the suite's {@link ScriptedProvisioningGateway} holds every work until
 * the test answers it, and the wiring's deadline is {@link #DEADLINE}. The cases come in parts, one nested class per
 * concern, so that this one subclass runs them all.
 */
public abstract class PermissionSetProvisioningBehaviour extends ProvisioningWiringBehaviour {
  /** Creates the suite. */
  protected PermissionSetProvisioningBehaviour() {}

  /** ProvisionPermissionSet to one account and to every provisioned account, and the gateway's answers. */
  @Nested
  class Starting extends ProvisioningStartCases {
    Starting() {
      super(PermissionSetProvisioningBehaviour.this);
    }
  }

  /** Conflicts, the deadline, staleness and the events a request announces. */
  @Nested
  class ConflictsAndDeadline extends ProvisioningDeadlineCases {
    ConflictsAndDeadline() {
      super(PermissionSetProvisioningBehaviour.this);
    }
  }

  /** The listings, their page tokens, and describing a request. */
  @Nested
  class Listings extends ProvisioningListingCases {
    Listings() {
      super(PermissionSetProvisioningBehaviour.this);
    }
  }

  /** Recovery after a restart and take-over between instances. */
  @Nested
  class Recovery extends ProvisioningRecoveryCases {
    Recovery() {
      super(PermissionSetProvisioningBehaviour.this);
    }
  }
}
