package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.AccountAssignment;
import software.amazon.awssdk.services.ssoadmin.model.PermissionSet;
import software.amazon.awssdk.services.ssoadmin.model.PermissionSetProvisioningStatusMetadata;
import software.amazon.awssdk.services.ssoadmin.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ssoadmin.model.StatusValues;
import software.amazon.awssdk.services.ssoadmin.model.Tag;

/**
 * A permission set driven by Terraform's AWS provider ({@value Terraform#PROVIDER_VERSION}), as a user manages one:
 * {@code aws_ssoadmin_permission_set} (name, description, session duration, relay state, tags) in the instance the
 * data source {@code aws_ssoadmin_instances} finds, read back through the data source
 * {@code aws_ssoadmin_permission_set}, through apply, a plan with no changes, a change of every updatable attribute
 * (one tag changes its value, one goes, one comes), a plan with no changes, and destroy, after which the instance has
 * no permission set left. An {@code aws_ssoadmin_account_assignment} of the set goes through the same steps: the change
 * replaces it by another principal in another account, and after destroy no principal has an assignment and no
 * account has the set. What Terraform applied is read back with the SDK at each step. Skipped, saying why, where
 * Terraform or the provider's local mirror is absent ({@link Terraform#onThisMachine()}).
 *
 * <p>A store runs it with a subclass that registers {@link #endpointOn} on a static field, as for the SDK contracts.
 */
abstract class SsoAdminTerraformContract extends TerraformContract {
  private static final String FIRST_RELAY = "https://console.aws.amazon.com/";
  private static final String SECOND_RELAY = "https://console.aws.amazon.com/s3/home";

  @Test
  void a_permission_set_goes_through_apply_plan_change_plan_and_destroy_leaving_nothing(
      ClientSettings settings, @TempDir Path directory) {
    try (SsoAdminClient sso = SsoAdminSdkContract.client(settings)) {
      String instance = sso.createInstance(b -> b.name("terraform")).instanceArn();
      Terraform.Workspace workspace = terraform.workspace(directory, settings.endpoint(), settings.region(),
          settings.accessKeyId(), configuration("First version", "PT2H", FIRST_RELAY,
              Map.of("team", "platform", "owner", "identity"), FIRST_ASSIGNMENT));
      try {
        workspace.apply();

        String set = workspace.output("permission_set_arn");
        assertThat(sso.listPermissionSets(b -> b.instanceArn(instance)).permissionSets()).containsExactly(set);
        assertDescribed(sso, instance, set, "First version", "PT2H", FIRST_RELAY);
        assertThat(tags(sso, instance, set)).isEqualTo(Map.of("team", "platform", "owner", "identity"));
        assertThat(workspace.output("read_description")).as("the data source").isEqualTo("First version");
        assertThat(workspace.output("instance_arn")).isEqualTo(instance);
        assertAssigned(sso, instance, set, FIRST_ASSIGNMENT);
        assertNoChanges(workspace);

        workspace.configure(configuration("Second version", "PT4H", SECOND_RELAY,
            Map.of("team", "security", "env", "test"), SECOND_ASSIGNMENT));
        workspace.apply();

        assertThat(workspace.output("permission_set_arn")).as("updated in place").isEqualTo(set);
        assertDescribed(sso, instance, set, "Second version", "PT4H", SECOND_RELAY);
        assertThat(tags(sso, instance, set)).isEqualTo(Map.of("team", "security", "env", "test"));
        assertThat(workspace.output("read_description")).isEqualTo("Second version");
        // Every attribute of an assignment forces its replacement: the first is gone, and with it the set from
        // its account.
        assertAssigned(sso, instance, set, SECOND_ASSIGNMENT);
        assertThat(sso.listAccountAssignments(b -> b.instanceArn(instance).permissionSetArn(set)
            .accountId(FIRST_ASSIGNMENT.account())).accountAssignments()).isEmpty();
        assertThat(sso.listPermissionSetsProvisionedToAccount(b -> b.instanceArn(instance)
            .accountId(FIRST_ASSIGNMENT.account())).permissionSets()).isEmpty();
        // The provider re-provisions a permission set after updating it; provisioned nowhere, that succeeds at once.
        assertThat(sso.listPermissionSetProvisioningStatus(b -> b.instanceArn(instance))
            .permissionSetsProvisioningStatus()).extracting(PermissionSetProvisioningStatusMetadata::status)
            .containsOnly(StatusValues.SUCCEEDED);
        assertNoChanges(workspace);

        workspace.destroy();

        assertThat(workspace.state()).isEmpty();
        assertThat(sso.listPermissionSets(b -> b.instanceArn(instance)).permissionSets()).isEmpty();
        for (Assignment assignment : List.of(FIRST_ASSIGNMENT, SECOND_ASSIGNMENT)) {
          assertThat(sso.listAccountAssignmentsForPrincipal(b -> b.instanceArn(instance)
              .principalType(assignment.principalType()).principalId(assignment.principalId()))
              .accountAssignments()).isEmpty();
          assertThat(sso.listPermissionSetsProvisionedToAccount(b -> b.instanceArn(instance)
              .accountId(assignment.account())).permissionSets()).isEmpty();
        }
        assertThatThrownBy(() -> sso.listTagsForResource(b -> b.instanceArn(instance).resourceArn(set)))
            .isInstanceOf(ResourceNotFoundException.class);
      } finally {
        if (!workspace.state().isEmpty()) {
          workspace.destroy();
        }
      }
    }
  }

  /** An {@code aws_ssoadmin_account_assignment}'s principal and target account. */
  private record Assignment(String principalType, String principalId, String account) {}

  private static final Assignment FIRST_ASSIGNMENT =
      new Assignment("USER", "f81d4fae-7dec-11d0-a765-00a0c91e6bf6", "111122223333");
  private static final Assignment SECOND_ASSIGNMENT =
      new Assignment("GROUP", "9067aa4fd1-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "444455556666");

  /** {@code assignment} is the one assignment of {@code set} in its account, and the set is provisioned there. */
  private static void assertAssigned(SsoAdminClient sso, String instance, String set, Assignment assignment) {
    assertThat(sso.listAccountAssignments(b -> b.instanceArn(instance).permissionSetArn(set)
        .accountId(assignment.account())).accountAssignments()).containsExactly(AccountAssignment.builder()
        .accountId(assignment.account()).permissionSetArn(set).principalType(assignment.principalType())
        .principalId(assignment.principalId()).build());
    assertThat(sso.listAccountsForProvisionedPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set))
        .accountIds()).containsExactly(assignment.account());
  }

  private static void assertNoChanges(Terraform.Workspace workspace) {
    Terraform.Plan plan = workspace.plan();
    assertThat(plan.hasChanges()).as("terraform plan after apply:\n%s", plan.output()).isFalse();
  }

  private static void assertDescribed(SsoAdminClient sso, String instance, String set, String description,
      String sessionDuration, String relayState) {
    PermissionSet described = sso.describePermissionSet(b -> b.instanceArn(instance).permissionSetArn(set))
        .permissionSet();
    assertThat(described.name()).isEqualTo("TerraformOps");
    assertThat(described.description()).isEqualTo(description);
    assertThat(described.sessionDuration()).isEqualTo(sessionDuration);
    assertThat(described.relayState()).isEqualTo(relayState);
  }

  private static Map<String, String> tags(SsoAdminClient sso, String instance, String set) {
    return sso.listTagsForResource(b -> b.instanceArn(instance).resourceArn(set)).tags().stream()
        .collect(Collectors.toMap(Tag::key, Tag::value));
  }

  /** The permission set with the attributes given, the data sources that find its instance and read it back. */
  private static String configuration(String description, String sessionDuration, String relayState,
      Map<String, String> tags, Assignment assignment) {
    String tagLines = tags.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(tag -> "    %s = \"%s\"".formatted(tag.getKey(), tag.getValue()))
        .collect(Collectors.joining("\n"));
    return """
        data "aws_ssoadmin_instances" "main" {}

        resource "aws_ssoadmin_permission_set" "ops" {
          name             = "TerraformOps"
          instance_arn     = tolist(data.aws_ssoadmin_instances.main.arns)[0]
          description      = "%s"
          session_duration = "%s"
          relay_state      = "%s"
          tags = {
        %s
          }
        }

        data "aws_ssoadmin_permission_set" "read" {
          instance_arn = tolist(data.aws_ssoadmin_instances.main.arns)[0]
          arn          = aws_ssoadmin_permission_set.ops.arn
          # Read after the resource changed, not before: the plan would otherwise read the old description.
          depends_on = [aws_ssoadmin_permission_set.ops]
        }

        # The provider waits for the creation (and, on replacement and destroy, the deletion) status to end.
        resource "aws_ssoadmin_account_assignment" "ops" {
          instance_arn       = tolist(data.aws_ssoadmin_instances.main.arns)[0]
          permission_set_arn = aws_ssoadmin_permission_set.ops.arn
          principal_type     = "%s"
          principal_id       = "%s"
          target_type        = "AWS_ACCOUNT"
          target_id          = "%s"
        }

        output "permission_set_arn" {
          value = aws_ssoadmin_permission_set.ops.arn
        }

        output "instance_arn" {
          value = tolist(data.aws_ssoadmin_instances.main.arns)[0]
        }

        output "read_description" {
          value = data.aws_ssoadmin_permission_set.read.description
        }
        """.formatted(description, sessionDuration, relayState, tagLines, assignment.principalType(),
            assignment.principalId(), assignment.account());
  }
}
