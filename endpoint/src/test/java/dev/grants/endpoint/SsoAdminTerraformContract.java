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
import software.amazon.awssdk.services.ssoadmin.model.AttachedManagedPolicy;
import software.amazon.awssdk.services.ssoadmin.model.CustomerManagedPolicyReference;
import software.amazon.awssdk.services.ssoadmin.model.PermissionSet;
import software.amazon.awssdk.services.ssoadmin.model.PermissionSetProvisioningStatusMetadata;
import software.amazon.awssdk.services.ssoadmin.model.PermissionsBoundary;
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
  private static final String DEFINITION_ACCOUNT = "777788889999";
  private static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
  private static final String BILLING = "arn:aws:iam::aws:policy/job-function/Billing";
  private static final String SECURITY_AUDIT = "arn:aws:iam::aws:policy/SecurityAudit";
  private static final String POWER_USER = "arn:aws:iam::aws:policy/PowerUserAccess";

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

  /**
   * A permission set's definition as Terraform manages it: its inline policy, two AWS managed policies, a customer
   * managed one and a permissions boundary. The change rewrites the inline policy document (in place), replaces one
   * managed attachment and the customer managed one (a new ARN, a new path) and turns the boundary from an AWS
   * managed policy into a customer managed one (the provider replaces these); after destroy nothing is left. It runs
   * in an account of its own, which has its own instance.
   */
  @Test
  void a_permission_sets_definition_goes_through_apply_plan_change_plan_and_destroy_leaving_nothing(
      ClientSettings owner, @TempDir Path directory) {
    ClientSettings settings = owner.asAccount(DEFINITION_ACCOUNT);
    try (SsoAdminClient sso = SsoAdminSdkContract.client(settings)) {
      String instance = sso.createInstance(b -> b.name("definitions")).instanceArn();
      Terraform.Workspace workspace = terraform.workspace(directory, settings.endpoint(), settings.region(),
          settings.accessKeyId(), definition("s3:ListAllMyBuckets", READ_ONLY, "/team/",
              "managed_policy_arn = \"" + POWER_USER + "\""));
      try {
        workspace.apply();

        String set = workspace.output("permission_set_arn");
        assertDefinition(sso, instance, set, "s3:ListAllMyBuckets", List.of(READ_ONLY, BILLING), "/team/",
            PermissionsBoundary.builder().managedPolicyArn(POWER_USER).build());
        assertNoChanges(workspace);

        workspace.configure(definition("s3:GetObject", SECURITY_AUDIT, "/ops/",
            "customer_managed_policy_reference {\n      name = \"Limit\"\n      path = \"/\"\n    }"));
        workspace.apply();

        assertThat(workspace.output("permission_set_arn")).as("the permission set stays").isEqualTo(set);
        assertDefinition(sso, instance, set, "s3:GetObject", List.of(BILLING, SECURITY_AUDIT), "/ops/",
            PermissionsBoundary.builder().customerManagedPolicyReference(r -> r.name("Limit").path("/")).build());
        assertNoChanges(workspace);

        workspace.destroy();

        assertThat(workspace.state()).isEmpty();
        assertThat(sso.listPermissionSets(b -> b.instanceArn(instance)).permissionSets()).isEmpty();
      } finally {
        if (!workspace.state().isEmpty()) {
          workspace.destroy();
        }
      }
    }
  }

  private static void assertDefinition(SsoAdminClient sso, String instance, String set, String action,
      List<String> managed, String customerPath, PermissionsBoundary boundary) {
    assertThat(sso.getInlinePolicyForPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)).inlinePolicy())
        .contains("\"" + action + "\"");
    assertThat(sso.listManagedPoliciesInPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set))
        .attachedManagedPolicies()).extracting(AttachedManagedPolicy::arn).containsExactlyInAnyOrderElementsOf(managed);
    assertThat(sso.listCustomerManagedPolicyReferencesInPermissionSet(b -> b.instanceArn(instance)
        .permissionSetArn(set)).customerManagedPolicyReferences()).containsExactly(
        CustomerManagedPolicyReference.builder().name("Deploy").path(customerPath).build());
    assertThat(sso.getPermissionsBoundaryForPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set))
        .permissionsBoundary()).isEqualTo(boundary);
  }

  /** A permission set with an inline policy allowing {@code action}, two managed policies, one customer's, a boundary. */
  private static String definition(String action, String managed, String customerPath, String boundary) {
    return """
        data "aws_ssoadmin_instances" "main" {}

        resource "aws_ssoadmin_permission_set" "defined" {
          name         = "TerraformDefined"
          instance_arn = tolist(data.aws_ssoadmin_instances.main.arns)[0]
        }

        resource "aws_ssoadmin_permission_set_inline_policy" "inline" {
          instance_arn       = aws_ssoadmin_permission_set.defined.instance_arn
          permission_set_arn = aws_ssoadmin_permission_set.defined.arn
          inline_policy      = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "%s", Resource = "*" }] })
        }

        resource "aws_ssoadmin_managed_policy_attachment" "changing" {
          instance_arn       = aws_ssoadmin_permission_set.defined.instance_arn
          permission_set_arn = aws_ssoadmin_permission_set.defined.arn
          managed_policy_arn = "%s"
        }

        resource "aws_ssoadmin_managed_policy_attachment" "billing" {
          instance_arn       = aws_ssoadmin_permission_set.defined.instance_arn
          permission_set_arn = aws_ssoadmin_permission_set.defined.arn
          managed_policy_arn = "%s"
        }

        resource "aws_ssoadmin_customer_managed_policy_attachment" "own" {
          instance_arn       = aws_ssoadmin_permission_set.defined.instance_arn
          permission_set_arn = aws_ssoadmin_permission_set.defined.arn
          customer_managed_policy_reference {
            name = "Deploy"
            path = "%s"
          }
        }

        resource "aws_ssoadmin_permissions_boundary_attachment" "boundary" {
          instance_arn       = aws_ssoadmin_permission_set.defined.instance_arn
          permission_set_arn = aws_ssoadmin_permission_set.defined.arn
          permissions_boundary {
            %s
          }
        }

        output "permission_set_arn" {
          value = aws_ssoadmin_permission_set.defined.arn
        }
        """.formatted(action, managed, BILLING, customerPath, boundary);
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
