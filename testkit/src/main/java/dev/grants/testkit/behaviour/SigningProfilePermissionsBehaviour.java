package dev.grants.testkit.behaviour;

import dev.grants.domain.error.GrantsError;
import dev.grants.testkit.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/**
 * The behaviour of {@link dev.grants.ports.in.SigningProfilePermissions}: every case of CONTRACT.md section B
 * (AddProfilePermission, ListProfilePermissions, RemoveProfilePermission and the common rules), refusals
 * compared as {@link GrantsError} values with their fields, for any wiring:
 *
 * <pre>{@code
 * class MyWiringSigningProfilePermissionsTest extends SigningProfilePermissionsBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events) { ... }
 * }
 * }</pre>
 *
 * <p>Each test starts with the Signer example's profile ({@value Fixtures#PROFILE}, platform
 * {@value Fixtures#LAMBDA_PLATFORM}) put and without permissions. The cases come in parts, one nested class per
 * operation, so that this one subclass runs them all.
 */
public abstract class SigningProfilePermissionsBehaviour extends WiringBehaviour {
  /** Creates the suite. */
  protected SigningProfilePermissionsBehaviour() {}

  @BeforeEach
  final void putTheExampleProfile() {
    grants.signingProfiles().put(Fixtures.putSigningProfile().build()).get();
  }

  /** AddProfilePermission, and what it checks first. */
  @Nested
  class Adding extends ProfilePermissionAddCases {
    Adding() {
      super(SigningProfilePermissionsBehaviour.this);
    }
  }

  /** Revisions and RemoveProfilePermission. */
  @Nested
  class Removing extends ProfilePermissionRemoveCases {
    Removing() {
      super(SigningProfilePermissionsBehaviour.this);
    }
  }

  /** ListProfilePermissions, the policy size and events. */
  @Nested
  class Listing extends ProfilePermissionListCases {
    Listing() {
      super(SigningProfilePermissionsBehaviour.this);
    }
  }
}
