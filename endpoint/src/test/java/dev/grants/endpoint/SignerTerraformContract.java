package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.testkit.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.signer.SignerClient;
import software.amazon.awssdk.services.signer.model.Permission;
import software.amazon.awssdk.services.signer.model.ResourceNotFoundException;
import software.amazon.awssdk.services.signer.model.SigningProfileStatus;

/**
 * Signer profiles and their permissions driven by Terraform's AWS provider ({@value Terraform#PROVIDER_VERSION}), as
 * a user manages them: {@code aws_signer_signing_profile} with several {@code aws_signer_signing_profile_permission}s
 * through apply, a plan with no changes, a change of every permission attribute (each replaces the permission), a plan
 * with no changes, and destroy, after which nothing the configuration made is left: the profile has no policy any more and
 * is canceled (Signer never deletes a profile). What Terraform applied is read back with the SDK at each step.
 * Skipped, saying why, where Terraform or the provider's local mirror is absent ({@link Terraform#onThisMachine()}).
 *
 * <p>A store runs it with a subclass that registers {@link #endpointOn} on a static field, as for the SDK contracts.
 */
abstract class SignerTerraformContract extends TerraformContract {
  private static final AtomicInteger PROFILES = new AtomicInteger();
  private static final String OTHER_GRANTEE = "111122223333";

  @Test
  void a_profile_and_its_permissions_go_through_apply_plan_change_plan_and_destroy_leaving_nothing(
      ClientSettings settings, @TempDir Path directory) {
    String name = "terraform" + PROFILES.incrementAndGet() + System.nanoTime() % 100_000;
    Terraform.Workspace workspace = terraform.workspace(directory, settings.endpoint(), settings.region(),
        settings.accessKeyId(), configuration(name, "signer:GetSigningProfile", Fixtures.GRANTEE));
    try (SignerClient signer = SignerSdkContract.client(settings)) {
      workspace.apply();

      assertThat(signer.getSigningProfile(b -> b.profileName(name)).status()).isEqualTo(SigningProfileStatus.ACTIVE);
      assertThat(permissions(signer, name)).containsExactlyInAnyOrder(
          "start signer:StartSigningJob " + Fixtures.GRANTEE,
          "read signer:GetSigningProfile " + Fixtures.GRANTEE);
      assertThat(workspace.output("profile_arn"))
          .isEqualTo("arn:aws:signer:" + settings.region() + ":" + Fixtures.OWNER + ":/signing-profiles/" + name);
      assertNoChanges(workspace);

      workspace.configure(configuration(name, "signer:RevokeSignature", OTHER_GRANTEE));
      workspace.apply();

      assertThat(permissions(signer, name)).containsExactlyInAnyOrder(
          "start signer:StartSigningJob " + Fixtures.GRANTEE,
          "read signer:RevokeSignature " + OTHER_GRANTEE);
      assertNoChanges(workspace);

      workspace.destroy();

      assertThat(workspace.state()).isEmpty();
      assertThat(signer.getSigningProfile(b -> b.profileName(name)).status())
          .isEqualTo(SigningProfileStatus.CANCELED);
      assertThatThrownBy(() -> signer.listProfilePermissions(b -> b.profileName(name)))
          .isInstanceOfSatisfying(ResourceNotFoundException.class, none -> assertThat(none.getMessage())
              .startsWith("No policies associated with profile " + name + " "));
    } finally {
      if (!workspace.state().isEmpty()) {
        workspace.destroy();
      }
    }
  }

  private static void assertNoChanges(Terraform.Workspace workspace) {
    Terraform.Plan plan = workspace.plan();
    assertThat(plan.hasChanges()).as("terraform plan after apply:\n%s", plan.output()).isFalse();
  }

  /** Each permission of the profile as {@code "<statement id> <action> <principal>"}. */
  private static List<String> permissions(SignerClient signer, String name) {
    return signer.listProfilePermissions(b -> b.profileName(name)).permissions().stream()
        .map((Permission permission) -> permission.statementId() + ' ' + permission.action() + ' '
            + permission.principal())
        .toList();
  }

  /** The profile, a permission that never changes, and one whose action and principal are given. */
  private static String configuration(String name, String readAction, String readPrincipal) {
    return """
        resource "aws_signer_signing_profile" "main" {
          platform_id = "AWSLambda-SHA384-ECDSA"
          name        = "%s"
        }

        resource "aws_signer_signing_profile_permission" "start" {
          profile_name = aws_signer_signing_profile.main.name
          action       = "signer:StartSigningJob"
          principal    = "%s"
          statement_id = "start"
        }

        resource "aws_signer_signing_profile_permission" "read" {
          profile_name = aws_signer_signing_profile.main.name
          action       = "%s"
          principal    = "%s"
          statement_id = "read"
        }

        output "profile_arn" {
          value = aws_signer_signing_profile.main.arn
        }
        """.formatted(name, Fixtures.GRANTEE, readAction, readPrincipal);
  }
}
