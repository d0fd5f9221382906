package dev.grants.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.ports.in.RevokeSigningProfileCommand;
import dev.grants.ports.in.SignerListTagsForResourceCommand;
import dev.grants.ports.in.SignerTagResourceCommand;
import dev.grants.ports.in.SignerUntagResourceCommand;
import dev.grants.ports.in.TagMember;
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
