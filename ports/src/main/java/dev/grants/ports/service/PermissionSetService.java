package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRules;
import dev.grants.domain.provisioning.Tag;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.CreateInstanceCommand;
import dev.grants.ports.in.CreatePermissionSetCommand;
import dev.grants.ports.in.DeletePermissionSetCommand;
import dev.grants.ports.in.DescribeInstanceCommand;
import dev.grants.ports.in.DescribePermissionSetCommand;
import dev.grants.ports.in.ListInstancesCommand;
import dev.grants.ports.in.ListPermissionSetsCommand;
import dev.grants.ports.in.ListTagsForResourceCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.PermissionSets;
import dev.grants.ports.in.PutInlinePolicyToPermissionSetCommand;
import dev.grants.ports.in.TagResourceCommand;
import dev.grants.ports.in.UntagResourceCommand;
import dev.grants.ports.in.UpdatePermissionSetCommand;
import dev.grants.ports.out.AccountAssignmentRepository;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.PermissionSetRepository.TagOutcome;
import dev.grants.ports.out.PermissionSetRepository;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@link PermissionSets} on the outbound ports. Finds what a request names through {@link PermissionSetLookup}, and
 * keeps a deleted permission set from being provisioned through {@link ProvisioningLifecycle}. Built by
 * {@link Grants}; thread-safe when its ports are.
 */
public final class PermissionSetService implements PermissionSets {
  /** Where the assignments of a deleted permission set are removed. */
  private final AccountAssignmentRepository assignments;
  private final PermissionSetRepository directory;
  private final PermissionSetLookup lookup;
  private final ResourceTags tags;
  private final ProvisioningLifecycle provisioning;
  private final IdGenerator ids;
  private final Clock clock;
  private final SignedPageTokens tokens;
  private final Redefinition redefinition;

  PermissionSetService(PermissionSetRepository directory, PermissionSetLookup lookup, ProvisioningLifecycle provisioning,
      IdGenerator ids, Clock clock, SignedPageTokens tokens, int maxAttempts, AccountAssignmentRepository assignments) {
    this.directory = directory;
    this.lookup = lookup;
    this.tags = new ResourceTags(directory, lookup);
    this.provisioning = provisioning;
    this.ids = ids;
    this.clock = clock;
    this.tokens = tokens;
    this.assignments = assignments;
    this.redefinition = new Redefinition(directory, lookup, maxAttempts);
  }

  @Override
  public Either<GrantsError, Instance> createInstance(CreateInstanceCommand command) {
    List<Violation> found = new ArrayList<>(ProvisioningRules.INSTANCE_NAME.check(command.name()));
    found.addAll(ResourceTags.check(ProvisioningRules.TAGS, command.tags()));
    return PortFailures.contained(() -> Requests.violations(found)
        .flatMap(valid -> {
          CallContext context = command.context();
          Instance instance = new Instance(new InstanceArn(context.region().partition(), ids.newInstanceId()),
              context.account(), command.name(), ids.newIdentityStoreId(), clock.instant());
          Either<GrantsError, List<Tag>> initial = ResourceTags.withinQuota(instance.arn(),
              ResourceTags.distinct(command.tags()));
          if (initial.isLeft()) {
            return Either.left(initial.getLeft());
          }
          if (directory.insertInstance(instance, initial.get())) {
            return Either.right(instance);
          }
          return Either.left(new GrantsError.InstanceAlreadyExists(context.account(),
              directory.instancesOf(context.account()).get(0).arn()));
        }));
  }

  @Override
  public Either<GrantsError, Page<Instance>> listInstances(ListInstancesCommand command) {
    return PortFailures.contained(() -> Requests.violations(
            ProvisioningRules.paging(command.maxResults(), command.nextToken()))
        .flatMap(valid -> tokens.page("instances|" + command.context().account(),
            directory.instancesOf(command.context().account()), command.maxResults(), command.nextToken())));
  }

  @Override
  public Either<GrantsError, PermissionSet> createPermissionSet(CreatePermissionSetCommand command) {
    return PortFailures.contained(() -> {
      List<Violation> found = new ArrayList<>();
      found.addAll(ProvisioningRules.PERMISSION_SET_NAME.check(command.name()));
      found.addAll(ProvisioningRules.DESCRIPTION.check(command.description()));
      found.addAll(ProvisioningRules.INSTANCE_ARN.check(command.instanceArn()));
      found.addAll(ProvisioningRules.SESSION_DURATION.check(command.sessionDuration()));
      found.addAll(ProvisioningRules.RELAY_STATE.check(command.relayState()));
      found.addAll(ResourceTags.check(ProvisioningRules.TAGS, command.tags()));
      return Requests.violations(found)
          .flatMap(valid -> lookup.ownedInstance(command.context(), command.instanceArn(), "sso:CreatePermissionSet"))
          .flatMap(instance -> {
            PermissionSet created = new PermissionSet(PermissionSetArn.of(instance.arn(), ids.newPermissionSetId()),
                command.name(), command.description(),
                command.sessionDuration() == null ? PermissionSet.DEFAULT_SESSION_DURATION : command.sessionDuration(),
                command.relayState(), null, clock.instant(), 1);
            return ResourceTags.withinQuota(created.arn(), ResourceTags.distinct(command.tags()))
                .flatMap(initial -> directory.insertPermissionSet(created, initial)
                    ? Either.right(created)
                    : Either.left(new GrantsError.PermissionSetNameConflict(instance.arn(), command.name())));
          });
    });
  }

  @Override
  public Either<GrantsError, PermissionSet> describePermissionSet(DescribePermissionSetCommand command) {
    return PortFailures.contained(() -> lookup.permissionSet(command.context(), command.instanceArn(),
        command.permissionSetArn(), List.of(), "sso:DescribePermissionSet"));
  }

  @Override
  public Either<GrantsError, PermissionSet> putInlinePolicy(PutInlinePolicyToPermissionSetCommand command) {
    return PortFailures.contained(() -> lookup.permissionSet(command.context(), command.instanceArn(),
            command.permissionSetArn(), ProvisioningRules.INLINE_POLICY.check(command.inlinePolicy()),
            "sso:PutInlinePolicyToPermissionSet")
        .flatMap(current -> redefine(current, base -> base.withInlinePolicy(command.inlinePolicy()))));
  }

  @Override
  public Either<GrantsError, PermissionSet> updatePermissionSet(UpdatePermissionSetCommand command) {
    List<Violation> members = new ArrayList<>();
    members.addAll(ProvisioningRules.DESCRIPTION.check(command.description()));
    members.addAll(ProvisioningRules.SESSION_DURATION.check(command.sessionDuration()));
    members.addAll(ProvisioningRules.RELAY_STATE.check(command.relayState()));
    return PortFailures.contained(() -> lookup.permissionSet(command.context(), command.instanceArn(),
            command.permissionSetArn(), members, "sso:UpdatePermissionSet")
        .flatMap(current -> redefine(current,
            base -> base.updated(command.description(), command.sessionDuration(), command.relayState()))));
  }

  /** {@code change} applied to the stored permission set by compare-and-set, read again and retried when it moved. */
  private Either<GrantsError, PermissionSet> redefine(PermissionSet current, UnaryOperator<PermissionSet> change) {
    return redefinition.apply(current, base -> Either.right(change.apply(base)));
  }

  @Override
  public Either<GrantsError, Instance> describeInstance(DescribeInstanceCommand command) {
    return PortFailures.contained(() -> Requests.violations(ProvisioningRules.INSTANCE_ARN.check(command.instanceArn()))
        .flatMap(valid -> {
          InstanceArn arn = InstanceArn.parse(command.instanceArn()).get();
          // DescribeInstance documents no ResourceNotFoundException: the service answers AccessDenied for an instance
          // that is not (or no longer) there, so a caller cannot tell it from another account's.
          return directory.findInstance(arn)
              .filter(instance -> command.context().isAccount(instance.owner()))
              .toEither(() -> AccountBoundary.denied(command.context(), Arn.parse(arn.toString()).get(),
                  "sso:DescribeInstance", false));
        }));
  }

  @Override
  public Either<GrantsError, Page<PermissionSetArn>> listPermissionSets(ListPermissionSetsCommand command) {
    List<Violation> found = new ArrayList<>(ProvisioningRules.INSTANCE_ARN.check(command.instanceArn()));
    found.addAll(ProvisioningRules.paging(command.maxResults(), command.nextToken()));
    return PortFailures.contained(() -> Requests.violations(found)
        .flatMap(valid -> lookup.ownedInstance(command.context(), command.instanceArn(), "sso:ListPermissionSets"))
        .flatMap(instance -> tokens.page("permission-sets|" + instance.arn(),
            directory.permissionSetsOf(instance.arn()).stream().map(PermissionSet::arn).toList(),
            command.maxResults(), command.nextToken())));
  }

  @Override
  public Either<GrantsError, List<Tag>> tagResource(TagResourceCommand command) {
    return PortFailures.contained(() -> tags.resource(command,
            ResourceTags.check(ProvisioningRules.REQUIRED_TAGS, command.tags()), "sso:TagResource")
        .flatMap(resource -> {
          TagOutcome outcome = directory.tag(resource, ResourceTags.distinct(command.tags()), Tag.MAX_PER_RESOURCE);
          return switch (outcome) {
            case TAGGED -> tags.tagsOf(resource);
            case NOT_FOUND -> Either.left(ResourceTags.notFound(resource));
            case OVER_LIMIT -> Either.left(new GrantsError.TooManyTags(resource, Tag.MAX_PER_RESOURCE));
          };
        }));
  }

  @Override
  public Either<GrantsError, List<Tag>> untagResource(UntagResourceCommand command) {
    return PortFailures.contained(() -> tags.resource(command,
            ProvisioningRules.TAG_KEYS.checkList(command.tagKeys()), "sso:UntagResource")
        .flatMap(resource -> directory.untag(resource, command.tagKeys())
            ? tags.tagsOf(resource)
            : Either.left(ResourceTags.notFound(resource))));
  }

  @Override
  public Either<GrantsError, Page<Tag>> listTagsForResource(ListTagsForResourceCommand command) {
    return PortFailures.contained(() -> tags.resource(command,
            ProvisioningRules.NEXT_TOKEN.check(command.nextToken()), "sso:ListTagsForResource")
        .flatMap(resource -> tags.tagsOf(resource).flatMap(found -> tokens.page("tags|" + resource,
            found, null, command.nextToken()))));
  }

  @Override
  public Either<GrantsError, PermissionSet> deletePermissionSet(DeletePermissionSetCommand command) {
    return PortFailures.contained(() -> lookup.permissionSet(command.context(), command.instanceArn(),
            command.permissionSetArn(), List.of(), "sso:DeletePermissionSet")
        .flatMap(set -> provisioning.idle(set.arn()).map(idle -> set))
        .map(set -> {
          // If the delete fails but took effect, the check below must still run.
          PortFailures.repairing(() -> directory.deletePermissionSet(set.arn()), () -> {
            if (directory.findPermissionSet(set.arn()).isEmpty()) {
              provisioning.abandonProvisioningOf(set.arn());
            }
          });
          // A provisioning that started after the idle check above must not outlive the permission set (see
          // ProvisioningLifecycle.dispatch, which checks the other way round).
          provisioning.abandonProvisioningOf(set.arn());
          // Its assignments go with it, as the service's documentation says (their principals lose the access).
          assignments.removeAssignmentsOf(set.arn());
          return set;
        }));
  }
}
