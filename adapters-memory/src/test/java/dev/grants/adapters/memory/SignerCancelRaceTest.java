package dev.grants.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.revision.RevisionId;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileStatus;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.SequentialIds;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A permission change that checked the profile's status before a cancel, and commits after it, must be refused:
 * no permission ever lands on a canceled profile. The race is made deterministic by cancelling from inside the
 * id generator, which the add calls between its status check and its commit.
 */
class SignerCancelRaceTest {
  private final SequentialIds sequential = new SequentialIds();
  private final AtomicReference<Runnable> duringNextId = new AtomicReference<>();
  private final IdGenerator ids = () -> {
    Runnable hook = duringNextId.getAndSet(null);
    if (hook != null) {
      hook.run();
    }
    return sequential.newRevisionId();
  };
  private final Grants grants = InMemoryGrants.builder().ids(ids).build();

  @Test
  void an_add_racing_a_cancel_is_refused_and_leaves_no_permission() {
    grants.signingProfiles().put(Fixtures.putSigningProfile().build()).get();
    duringNextId.set(() -> grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build()).get());

    var added = grants.signingProfilePermissions().add(Fixtures.addProfilePermission().build());

    SigningProfile profile = grants.signingProfiles().get(Fixtures.getSigningProfile().build()).get();
    assertThat(profile.status()).isEqualTo(SigningProfileStatus.CANCELED);
    assertThat(added.getLeft()).isEqualTo(new GrantsError.ProfileNotActive(profile.arn(), SigningProfileStatus.CANCELED));
    assertThat(grants.signingProfilePermissions().list(Fixtures.listProfilePermissions().build()).getLeft())
        .isInstanceOf(GrantsError.PolicyHasNoStatements.class);
  }

  @Test
  void a_remove_racing_a_cancel_is_refused_and_the_permission_stays() {
    grants.signingProfiles().put(Fixtures.putSigningProfile().build()).get();
    RevisionId revision = grants.signingProfilePermissions().add(Fixtures.addProfilePermission().build()).get().revisionId();
    duringNextId.set(() -> grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build()).get());

    var removed = grants.signingProfilePermissions().remove(Fixtures.removeProfilePermission().revisionId(revision.value()).build());

    assertThat(removed.getLeft()).isInstanceOf(GrantsError.ProfileNotActive.class);
    assertThat(grants.signingProfilePermissions().list(Fixtures.listProfilePermissions().build()).get().permissions())
        .hasSize(1);
  }
}
