package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.testkit.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.signer.SignerClient;
import software.amazon.awssdk.services.signer.model.GetSigningProfileResponse;
import software.amazon.awssdk.services.signer.model.Permission;
import software.amazon.awssdk.services.signer.model.ResourceNotFoundException;
import software.amazon.awssdk.services.signer.model.SigningProfileStatus;

/**
 * Signer profiles and their permissions driven by Terraform's AWS provider ({@value Terraform#PROVIDER_VERSION}), as
 * a user manages them: {@code aws_signer_signing_profile} with tags and a signature validity period, several
 * {@code aws_signer_signing_profile_permission}s, a second profile named by {@code name_prefix} and the data source
 * {@code aws_signer_signing_profile} (its attributes read back as outputs) through apply, a plan with no changes, a
 * change (every permission attribute, each replacing the permission; the tags, in place; the second profile's validity,
 * which the provider replaces the profile for, under a new name since a canceled name is never reused), a plan with no
 * changes, and destroy, after which nothing the configuration made is left: the profiles have no policy any more and
 * are canceled (Signer never deletes a profile). What Terraform applied is read back with the SDK at each step.
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
        settings.accessKeyId(), configuration(name, "signer:GetSigningProfile", Fixtures.GRANTEE, "a", 3));
    try (SignerClient signer = SignerSdkContract.client(settings)) {
      workspace.apply();

      assertThat(signer.getSigningProfile(b -> b.profileName(name)).status()).isEqualTo(SigningProfileStatus.ACTIVE);
      assertThat(permissions(signer, name)).containsExactlyInAnyOrder(
          "start signer:StartSigningJob " + Fixtures.GRANTEE,
          "read signer:GetSigningProfile " + Fixtures.GRANTEE);
      assertThat(workspace.output("profile_arn"))
          .isEqualTo("arn:aws:signer:" + settings.region() + ":" + Fixtures.OWNER + ":/signing-profiles/" + name);
      GetSigningProfileResponse read = signer.getSigningProfile(b -> b.profileName(name));
      assertThat(read.tags()).isEqualTo(Map.of("team", "a", "env", "test"));
      assertThat(read.signatureValidityPeriod().value()).isEqualTo(3);
      assertThat(read.signatureValidityPeriod().typeAsString()).isEqualTo("YEARS");
      assertDataSource(workspace, read);
      String firstValidity = workspace.output("validity_name");
      assertThat(firstValidity).startsWith(name + "_v");
      assertThat(signer.getSigningProfile(b -> b.profileName(firstValidity)).signatureValidityPeriod().value())
          .isEqualTo(3);
      assertNoChanges(workspace);

      workspace.configure(configuration(name, "signer:RevokeSignature", OTHER_GRANTEE, "b", 4));
      workspace.apply();

      assertThat(permissions(signer, name)).containsExactlyInAnyOrder(
          "start signer:StartSigningJob " + Fixtures.GRANTEE,
          "read signer:RevokeSignature " + OTHER_GRANTEE);
      GetSigningProfileResponse changed = signer.getSigningProfile(b -> b.profileName(name));
      assertThat(changed.profileVersion()).as("tags change in place").isEqualTo(read.profileVersion());
      assertThat(changed.tags()).isEqualTo(Map.of("team", "b", "owner", "me"));
      assertDataSource(workspace, changed);
      String secondValidity = workspace.output("validity_name");
      assertThat(secondValidity).as("a new validity replaces the profile").isNotEqualTo(firstValidity)
          .startsWith(name + "_v");
      assertThat(signer.getSigningProfile(b -> b.profileName(firstValidity)).status())
          .isEqualTo(SigningProfileStatus.CANCELED);
      assertThat(signer.getSigningProfile(b -> b.profileName(secondValidity)).signatureValidityPeriod().value())
          .isEqualTo(4);
      assertNoChanges(workspace);

      workspace.destroy();

      assertThat(workspace.state()).isEmpty();
      assertThat(signer.listSigningProfilesPaginator(b -> b.includeCanceled(true)).stream()
          .flatMap(page -> page.profiles().stream()).filter(profile -> profile.profileName().startsWith(name))
          .map(profile -> profile.profileName() + ' ' + profile.statusAsString()))
          .containsExactlyInAnyOrder(name + " Canceled", firstValidity + " Canceled", secondValidity + " Canceled");
      assertThat(signer.listSigningProfilesPaginator(b -> { }).stream()
          .flatMap(page -> page.profiles().stream()).filter(profile -> profile.profileName().startsWith(name)))
          .as("none left active").isEmpty();
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

  /** The data source's attributes, as outputs, are the profile's as the SDK reads it. */
  private static void assertDataSource(Terraform.Workspace workspace, GetSigningProfileResponse read) {
    assertThat(workspace.output("ds_arn")).isEqualTo(read.arn());
    assertThat(workspace.output("ds_platform_id")).isEqualTo(read.platformId());
    assertThat(workspace.output("ds_platform_display_name")).isEqualTo("AWS Lambda");
    assertThat(workspace.output("ds_status")).isEqualTo("Active");
    assertThat(workspace.output("ds_version")).isEqualTo(read.profileVersion());
    assertThat(workspace.output("ds_version_arn")).isEqualTo(read.profileVersionArn());
    assertThat(workspace.output("ds_validity")).isEqualTo("[{\"type\":\"YEARS\",\"value\":3}]");
    assertThat(workspace.output("ds_tags")).isEqualTo(new java.util.TreeMap<>(read.tags()).entrySet().stream()
        .map(tag -> "\"" + tag.getKey() + "\":\"" + tag.getValue() + '"')
        .collect(java.util.stream.Collectors.joining(",", "{", "}")));
  }

  /** Each permission of the profile as {@code "<statement id> <action> <principal>"}. */
  private static List<String> permissions(SignerClient signer, String name) {
    return signer.listProfilePermissions(b -> b.profileName(name)).permissions().stream()
        .map((Permission permission) -> permission.statementId() + ' ' + permission.action() + ' '
            + permission.principal())
        .toList();
  }

  /**
   * The profile with its tags ({@code team} {@code a}: team and env; otherwise team and owner) and a validity of 3
   * years, a permission that never changes, one whose action and principal are given, a second profile named by
   * {@code name_prefix} with a validity of {@code validityMonths}, and the data source on the first profile.
   */
  private static String configuration(String name, String readAction, String readPrincipal, String team,
      int validityMonths) {
    String tags = team.equals("a") ? "{ team = \"a\", env = \"test\" }" : "{ team = \"%s\", owner = \"me\" }"
        .formatted(team);
    return """
        resource "aws_signer_signing_profile" "main" {
          platform_id = "AWSLambda-SHA384-ECDSA"
          name        = "%s"
          signature_validity_period {
            value = 3
            type  = "YEARS"
          }
          tags = %s
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

        resource "aws_signer_signing_profile" "validity" {
          platform_id = "AWSLambda-SHA384-ECDSA"
          name_prefix = "%s_v"
          signature_validity_period {
            value = %d
            type  = "MONTHS"
          }
        }

        data "aws_signer_signing_profile" "read" {
          name       = aws_signer_signing_profile.main.name
          depends_on = [aws_signer_signing_profile.main]
        }

        output "profile_arn" {
          value = aws_signer_signing_profile.main.arn
        }

        output "validity_name" {
          value = aws_signer_signing_profile.validity.name
        }

        output "ds_arn" { value = data.aws_signer_signing_profile.read.arn }
        output "ds_platform_id" { value = data.aws_signer_signing_profile.read.platform_id }
        output "ds_platform_display_name" { value = data.aws_signer_signing_profile.read.platform_display_name }
        output "ds_status" { value = data.aws_signer_signing_profile.read.status }
        output "ds_version" { value = data.aws_signer_signing_profile.read.version }
        output "ds_version_arn" { value = data.aws_signer_signing_profile.read.version_arn }
        output "ds_tags" { value = data.aws_signer_signing_profile.read.tags }
        output "ds_validity" { value = data.aws_signer_signing_profile.read.signature_validity_period }
        """.formatted(name, tags, Fixtures.GRANTEE, readAction, readPrincipal, name, validityMonths);
  }
}
