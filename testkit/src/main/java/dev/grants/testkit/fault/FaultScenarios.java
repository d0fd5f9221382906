package dev.grants.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.ports.in.DescribeAccountAssignmentCreationStatusCommand;
import dev.grants.ports.in.DescribeAccountAssignmentDeletionStatusCommand;
import dev.grants.ports.in.ListAccountAssignmentCreationStatusCommand;
import dev.grants.ports.in.ListAccountAssignmentDeletionStatusCommand;
import dev.grants.ports.in.ListAccountAssignmentsCommand;
import dev.grants.ports.in.ListAccountAssignmentsForPrincipalCommand;
import dev.grants.ports.in.ListSigningProfilesCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.RevokeSigningProfileCommand;
import dev.grants.ports.in.SignerListTagsForResourceCommand;
import dev.grants.ports.in.SignerTagResourceCommand;
import dev.grants.ports.in.SignerUntagResourceCommand;
import dev.grants.ports.in.TagMember;
import dev.grants.ports.in.ListPoliciesInPermissionSetCommand;
import dev.grants.ports.in.PermissionSetCommand;
import dev.grants.ports.in.PolicyReferenceCommand;
import dev.grants.ports.in.PolicyReferenceCommand.CustomerManagedPolicyMember;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/** The inbound operations of the three families as {@link FaultToleranceBehaviour} runs them: set-up, call, checks. */
final class FaultScenarios {
  private FaultScenarios() {}

  /** The operations of the Lambda layer family. */
  static List<Scenario> lambda() {
    return List.of(
        Scenario.of("PublishLayerVersion", world -> { },
            world -> world.grants.layerVersions().publish(Fixtures.publishLayerVersion().build())),
        Scenario.of("GetLayerVersion", FaultWorld::layerVersion,
            world -> world.grants.layerVersions().get(Fixtures.getLayerVersion().build())),
        Scenario.of("DeleteLayerVersion", FaultWorld::layerVersionWithGrant,
            world -> world.grants.layerVersions().delete(Fixtures.deleteLayerVersion().build())),
        Scenario.of("AddLayerVersionPermission", FaultWorld::layerVersion,
                world -> world.grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().build()))
            .alreadyDone(GrantsError.StatementIdConflict.class),
        Scenario.of("RemoveLayerVersionPermission", FaultWorld::layerVersionWithGrant,
                world -> world.grants.layerVersionPermissions()
                    .remove(Fixtures.removeLayerVersionPermission().build()))
            .alreadyDone(GrantsError.StatementNotFound.class),
        Scenario.of("GetLayerVersionPolicy", FaultWorld::layerVersionWithGrant,
            world -> world.grants.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().build())),
        Scenario.of("GetLayerVersionByArn", FaultWorld::layerVersion,
            world -> world.grants.layerVersions().getByArn(Fixtures.getLayerVersionByArn().build())),
        Scenario.of("ListLayers", FaultWorld::layerVersion,
            world -> world.grants.layerVersions().listLayers(Fixtures.listLayers().build())),
        Scenario.of("ListLayerVersions", FaultWorld::layerVersion,
            world -> world.grants.layerVersions().listVersions(Fixtures.listLayerVersions().build())));
  }

  /** The operations of the Signer profile family. */
  static List<Scenario> signer() {
    return List.of(
        Scenario.of("PutSigningProfile", world -> { },
            world -> world.grants.signingProfiles().put(Fixtures.putSigningProfile().build())),
        Scenario.of("GetSigningProfile", FaultWorld::profile,
            world -> world.grants.signingProfiles().get(Fixtures.getSigningProfile().build())),
        Scenario.of("CancelSigningProfile", FaultWorld::profileWithGrant,
            world -> world.grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().build())),
        Scenario.of("AddProfilePermission", FaultWorld::profile,
                world -> world.grants.signingProfilePermissions().add(Fixtures.addProfilePermission().build()))
            .alreadyDone(GrantsError.StatementIdConflict.class),
        Scenario.of("RemoveProfilePermission", FaultWorld::profileWithGrant,
                world -> world.grants.signingProfilePermissions().remove(Fixtures.removeProfilePermission()
                    .revisionId(world.revision.value()).build()))
            .alreadyDone(GrantsError.RevisionMismatch.class, GrantsError.StatementNotFound.class),
        Scenario.of("ListProfilePermissions", FaultWorld::profileWithGrant,
            world -> world.grants.signingProfilePermissions().list(Fixtures.listProfilePermissions().build())),
        Scenario.of("RevokeSigningProfile", FaultWorld::profileWithGrant,
                world -> world.grants.signingProfiles().revoke(RevokeSigningProfileCommand.builder()
                    .context(Fixtures.context()).profileName(Fixtures.signingProfileArn().name())
                    .profileVersion(world.profileVersion)
                    .reason("compromised").effectiveTime(java.time.Instant.parse("2018-11-01T00:00:00Z")).build()))
            .alreadyDone(GrantsError.ProfileNotRevocable.class),
        Scenario.of("ListSigningProfiles", FaultWorld::profile,
                world -> world.grants.signingProfiles().list(ListSigningProfilesCommand.builder()
                    .context(Fixtures.context()).build()))
            .tells(FaultScenarios::profilesListed),
        Scenario.of("TagResource (Signer)", FaultWorld::profile,
                world -> world.grants.signingProfileTags().tag(SignerTagResourceCommand.builder()
                    .context(Fixtures.context()).resourceArn(Fixtures.signingProfileArn().toString())
                    .tags(Map.of("a", "1", "b", "2")).build()))
            .tells(FaultScenarios::profileTagsStored),
        Scenario.of("UntagResource (Signer)", FaultScenarios::taggedProfile,
                world -> world.grants.signingProfileTags().untag(SignerUntagResourceCommand.builder()
                    .context(Fixtures.context()).resourceArn(Fixtures.signingProfileArn().toString())
                    .tagKeys(List.of("a")).build()))
            .tells(FaultScenarios::profileTagsStored),
        Scenario.of("ListTagsForResource (Signer)", FaultScenarios::taggedProfile,
                world -> world.grants.signingProfileTags().list(SignerListTagsForResourceCommand.builder()
                    .context(Fixtures.context()).resourceArn(Fixtures.signingProfileArn().toString()).build()))
            .tells(FaultScenarios::profileTagsStored));
  }

  /** A profile with the tags a=1 and b=2. */
  private static void taggedProfile(FaultWorld world) {
    FaultWorld.right(world.grants.signingProfiles().put(Fixtures.putSigningProfile()
        .tags(Map.of("a", "1", "b", "2")).build()));
  }

  private static void profilesListed(FaultWorld world, Object page) {
    assertThat(((Page<?>) page).items()).as("the profiles listed")
        .isEqualTo(List.of(world.stores.signingProfiles().find(Fixtures.signingProfileArn()).get()));
  }

  private static void profileTagsStored(FaultWorld world, Object tags) {
    assertThat(world.stores.signingProfiles().find(Fixtures.signingProfileArn()).get().tags())
        .as("the tags returned").isEqualTo(tags);
  }

  /** The operations of the Identity Center family. */
  static List<Scenario> identityCenter() {
    return List.of(
        Scenario.of("CreateInstance", world -> { },
                world -> world.grants.permissionSets().createInstance(Fixtures.createInstance().build()))
            .alreadyDone(GrantsError.InstanceAlreadyExists.class),
        Scenario.of("ListInstances", FaultWorld::instance,
            world -> world.grants.permissionSets().listInstances(Fixtures.listInstances().build())),
        Scenario.of("CreatePermissionSet", FaultWorld::instance,
                world -> world.grants.permissionSets()
                    .createPermissionSet(Fixtures.createPermissionSet(world.instance.arn()).build()))
            .alreadyDone(GrantsError.PermissionSetNameConflict.class),
        Scenario.of("DescribePermissionSet", FaultWorld::instanceWithSet,
            world -> world.grants.permissionSets()
                .describePermissionSet(Fixtures.describePermissionSet(world.instance.arn(), world.set.arn()).build())),
        Scenario.of("PutInlinePolicyToPermissionSet", FaultWorld::setProvisionedToA,
            world -> world.grants.permissionSets()
                .putInlinePolicy(Fixtures.putInlinePolicy(world.instance.arn(), world.set.arn()).build())),
        Scenario.of("DeletePermissionSet", FaultWorld::setProvisionedToA,
                world -> world.grants.permissionSets()
                    .deletePermissionSet(Fixtures.deletePermissionSet(world.instance.arn(), world.set.arn()).build()))
            .alreadyDone(GrantsError.PermissionSetNotFound.class)
            .tells((world, deleted) -> assertThat(world.stores.permissionSets()
                .findPermissionSet(((PermissionSet) deleted).arn())).as("the deleted permission set").isEmpty()),
        Scenario.of("CreateInstance with tags", world -> { },
                world -> world.grants.permissionSets().createInstance(Fixtures.createInstance()
                    .tags(List.of(TagMember.of("a", "1"), TagMember.of("b", "2"))).build()))
            .alreadyDone(GrantsError.InstanceAlreadyExists.class),
        Scenario.of("CreatePermissionSet with tags", FaultWorld::instance,
                world -> world.grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(
                    world.instance.arn()).tags(List.of(TagMember.of("a", "1"), TagMember.of("b", "2"))).build()))
            .alreadyDone(GrantsError.PermissionSetNameConflict.class),
        Scenario.of("DescribeInstance", FaultWorld::instance,
            world -> world.grants.permissionSets().describeInstance(
                Fixtures.describeInstance(world.instance.arn()).build())),
        Scenario.of("ListPermissionSets", FaultWorld::instanceWithSet,
            world -> world.grants.permissionSets().listPermissionSets(
                Fixtures.listPermissionSets(world.instance.arn()).build())),
        Scenario.of("UpdatePermissionSet", FaultWorld::setProvisionedToA,
            world -> world.grants.permissionSets().updatePermissionSet(
                Fixtures.updatePermissionSet(world.instance.arn(), world.set.arn()).sessionDuration("PT2H").build())),
        Scenario.of("TagResource", FaultWorld::taggedSet,
                world -> world.grants.permissionSets().tagResource(Fixtures.tagResource(world.set.arn())
                    .tags(List.of(TagMember.of(Fixtures.TAG_KEY, "new"), TagMember.of("more", "1"))).build()))
            .tells(FaultScenarios::tagsStored),
        Scenario.of("UntagResource", FaultWorld::taggedSet,
                world -> world.grants.permissionSets().untagResource(Fixtures.untagResource(world.set.arn()).build()))
            .tells(FaultScenarios::tagsStored),
        Scenario.of("ListTagsForResource", FaultWorld::taggedSet,
            world -> world.grants.permissionSets().listTagsForResource(
                Fixtures.listTagsForResource(world.set.arn()).build())),
        Scenario.of("ProvisionPermissionSet to an account", FaultWorld::instanceWithSet,
                world -> world.grants.permissionSetProvisioning().provision(
                    Fixtures.provisionToAccount(world.instance.arn(), world.set.arn(), Fixtures.ACCOUNT_A).build()))
            .notAtomic(),
        Scenario.of("ProvisionPermissionSet to all provisioned accounts", FaultWorld::setProvisionedToAAndB,
                world -> world.grants.permissionSetProvisioning().provision(
                    Fixtures.provisionToAllProvisionedAccounts(world.instance.arn(), world.set.arn()).build()))
            .notAtomic(),
        Scenario.of("DescribePermissionSetProvisioningStatus of an overdue request", FaultWorld::overdueRequest,
            world -> world.grants.permissionSetProvisioning().describeStatus(
                Fixtures.describeProvisioningStatus(world.instance.arn(), world.requestId).build())),
        Scenario.of("ListPermissionSetProvisioningStatus with an overdue request", FaultWorld::overdueRequest,
            world -> world.grants.permissionSetProvisioning()
                .listStatus(Fixtures.listProvisioningStatus(world.instance.arn()).build())),
        Scenario.of("ListAccountsForProvisionedPermissionSet", FaultWorld::setProvisionedToA,
            world -> world.grants.permissionSetProvisioning().listAccounts(
                Fixtures.listAccountsForProvisionedPermissionSet(world.instance.arn(), world.set.arn()).build())),
        Scenario.of("ListPermissionSetsProvisionedToAccount", FaultWorld::setProvisionedToA,
            world -> world.grants.permissionSetProvisioning().listPermissionSets(
                Fixtures.listPermissionSetsProvisionedToAccount(world.instance.arn(), Fixtures.ACCOUNT_A).build())));
  }

  /** The account-assignment operations of the Identity Center family. */
  static List<Scenario> accountAssignments() {
    return List.of(
        // A creation is a provisioning: like ProvisionPermissionSet, it may end FAILED, which is whole too.
        Scenario.of("CreateAccountAssignment", FaultWorld::instanceWithSet,
                world -> world.grants.accountAssignments().createAccountAssignment(
                    Fixtures.createAccountAssignment(world.instance.arn(), world.set.arn(), Fixtures.ACCOUNT_A)
                        .build()))
            .notAtomic()
            .alreadyDone(GrantsError.AccountAssignmentConflict.class, GrantsError.ProvisioningInProgress.class),
        Scenario.of("DeleteAccountAssignment", FaultWorld::assignedToA,
                world -> world.grants.accountAssignments().deleteAccountAssignment(
                    Fixtures.deleteAccountAssignment(world.instance.arn(), world.set.arn(), Fixtures.ACCOUNT_A)
                        .build()))
            .alreadyDone(GrantsError.AccountAssignmentConflict.class),
        Scenario.of("DescribeAccountAssignmentCreationStatus of an overdue creation", FaultWorld::overdueCreation,
            world -> world.grants.accountAssignments().describeCreationStatus(
                DescribeAccountAssignmentCreationStatusCommand.builder().context(Fixtures.context())
                    .instanceArn(world.instance.arn().toString()).accountAssignmentCreationRequestId(world.requestId)
                    .build())),
        Scenario.of("ListAccountAssignmentCreationStatus with an overdue creation", FaultWorld::overdueCreation,
            world -> world.grants.accountAssignments().listCreationStatus(
                ListAccountAssignmentCreationStatusCommand.builder().context(Fixtures.context())
                    .instanceArn(world.instance.arn().toString()).build())),
        Scenario.of("DescribeAccountAssignmentDeletionStatus", FaultWorld::deletedFromA,
            world -> world.grants.accountAssignments().describeDeletionStatus(
                DescribeAccountAssignmentDeletionStatusCommand.builder().context(Fixtures.context())
                    .instanceArn(world.instance.arn().toString()).accountAssignmentDeletionRequestId(world.requestId)
                    .build())),
        Scenario.of("ListAccountAssignmentDeletionStatus", FaultWorld::deletedFromA,
            world -> world.grants.accountAssignments().listDeletionStatus(
                ListAccountAssignmentDeletionStatusCommand.builder().context(Fixtures.context())
                    .instanceArn(world.instance.arn().toString()).build())),
        Scenario.of("ListAccountAssignments with an overdue creation", FaultWorld::overdueCreation,
            world -> world.grants.accountAssignments().listAccountAssignments(
                ListAccountAssignmentsCommand.builder().context(Fixtures.context())
                    .instanceArn(world.instance.arn().toString()).permissionSetArn(world.set.arn().toString())
                    .accountId(Fixtures.ACCOUNT_A).build())),
        Scenario.of("ListAccountAssignmentsForPrincipal", FaultWorld::assignedToA,
            world -> world.grants.accountAssignments().listAccountAssignmentsForPrincipal(
                ListAccountAssignmentsForPrincipalCommand.builder().context(Fixtures.context())
                    .instanceArn(world.instance.arn().toString()).principalType("USER").principalId(Fixtures.USER_ID)
                    .build())));
  }

  /** The operations of a permission set's definition (issue 16), each on a set provisioned to an account. */
  static List<Scenario> permissionSetDefinition() {
    return List.of(
        Scenario.of("GetInlinePolicyForPermissionSet", FaultWorld::definedSetProvisionedToA,
            world -> world.grants.permissionSetDefinitions().getInlinePolicy(address(world).build())),
        Scenario.of("DeleteInlinePolicyFromPermissionSet", FaultWorld::definedSetProvisionedToA,
            world -> world.grants.permissionSetDefinitions().deleteInlinePolicy(address(world).build())),
        Scenario.of("AttachManagedPolicyToPermissionSet", FaultWorld::definedSetProvisionedToA,
                world -> world.grants.permissionSetDefinitions().attachManagedPolicy(policy(world)
                    .managedPolicyArn("arn:aws:iam::aws:policy/PowerUserAccess").build()))
            .alreadyDone(GrantsError.PolicyAlreadyAttached.class),
        Scenario.of("DetachManagedPolicyFromPermissionSet", FaultWorld::definedSetProvisionedToA,
                world -> world.grants.permissionSetDefinitions().detachManagedPolicy(policy(world)
                    .managedPolicyArn(FaultWorld.MANAGED_POLICY).build()))
            .alreadyDone(GrantsError.PolicyNotAttached.class),
        Scenario.of("ListManagedPoliciesInPermissionSet", FaultWorld::definedSetProvisionedToA,
            world -> world.grants.permissionSetDefinitions().listManagedPolicies(list(world).build())),
        Scenario.of("AttachCustomerManagedPolicyReferenceToPermissionSet", FaultWorld::definedSetProvisionedToA,
                world -> world.grants.permissionSetDefinitions().attachCustomerManagedPolicy(policy(world)
                    .customerManagedPolicyReference(new CustomerManagedPolicyMember("Other", "/team/")).build()))
            .alreadyDone(GrantsError.PolicyAlreadyAttached.class),
        Scenario.of("DetachCustomerManagedPolicyReferenceFromPermissionSet", FaultWorld::definedSetProvisionedToA,
                world -> world.grants.permissionSetDefinitions().detachCustomerManagedPolicy(policy(world)
                    .customerManagedPolicyReference(FaultWorld.CUSTOMER_POLICY).build()))
            .alreadyDone(GrantsError.PolicyNotAttached.class),
        Scenario.of("ListCustomerManagedPolicyReferencesInPermissionSet", FaultWorld::definedSetProvisionedToA,
            world -> world.grants.permissionSetDefinitions().listCustomerManagedPolicies(list(world).build())),
        Scenario.of("PutPermissionsBoundaryToPermissionSet", FaultWorld::definedSetProvisionedToA,
            world -> world.grants.permissionSetDefinitions().putPermissionsBoundary(policy(world)
                .customerManagedPolicyReference(FaultWorld.CUSTOMER_POLICY).build())),
        Scenario.of("GetPermissionsBoundaryForPermissionSet", FaultWorld::definedSetProvisionedToA,
            world -> world.grants.permissionSetDefinitions().getPermissionsBoundary(address(world).build())),
        Scenario.of("DeletePermissionsBoundaryFromPermissionSet", FaultWorld::definedSetProvisionedToA,
                world -> world.grants.permissionSetDefinitions().deletePermissionsBoundary(address(world).build()))
            .alreadyDone(GrantsError.PermissionsBoundaryNotFound.class));
  }

  private static PermissionSetCommand.Builder address(FaultWorld world) {
    return PermissionSetCommand.builder().context(Fixtures.context()).instanceArn(world.instance.arn().toString())
        .permissionSetArn(world.set.arn().toString());
  }

  private static PolicyReferenceCommand.Builder policy(FaultWorld world) {
    return PolicyReferenceCommand.builder().context(Fixtures.context()).instanceArn(world.instance.arn().toString())
        .permissionSetArn(world.set.arn().toString());
  }

  private static ListPoliciesInPermissionSetCommand.Builder list(FaultWorld world) {
    return ListPoliciesInPermissionSetCommand.builder().context(Fixtures.context())
        .instanceArn(world.instance.arn().toString()).permissionSetArn(world.set.arn().toString());
  }

  /** The tags a tagging operation returned are the permission set's tags in the store. */
  private static void tagsStored(FaultWorld world, Object tags) {
    assertThat(world.stores.permissionSets().tagsOf(world.set.arn()).getOrNull()).as("the tags returned")
        .isEqualTo(tags);
  }

  /**
   * One inbound operation: the state it starts from, the call, whether what it leaves must be exactly the state
   * before or after it ({@code atomic}; a provisioning may also end FAILED, which is whole too), the refusals a
   * retry may meet when the first call took effect, and how its result is checked against the stores.
   */
  record Scenario(String operation, Consumer<FaultWorld> setUp, Function<FaultWorld, Either<GrantsError, ?>> call,
      boolean atomic, Set<Class<?>> alreadyDone, BiConsumer<FaultWorld, Object> tells) {

    static Scenario of(String operation, Consumer<FaultWorld> setUp, Function<FaultWorld, Either<GrantsError, ?>> call) {
      return new Scenario(operation, setUp, call, true, Set.of(), FaultWorld::resultTells);
    }

    Scenario alreadyDone(Class<?>... refusals) {
      return new Scenario(operation, setUp, call, atomic, Set.of(refusals), tells);
    }

    Scenario notAtomic() {
      return new Scenario(operation, setUp, call, false, alreadyDone, tells);
    }

    Scenario tells(BiConsumer<FaultWorld, Object> check) {
      return new Scenario(operation, setUp, call, atomic, alreadyDone, check);
    }
  }
}
