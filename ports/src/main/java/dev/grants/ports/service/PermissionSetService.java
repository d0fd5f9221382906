package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRules;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.CreateInstanceCommand;
import dev.grants.ports.in.CreatePermissionSetCommand;
import dev.grants.ports.in.DeletePermissionSetCommand;
import dev.grants.ports.in.DescribePermissionSetCommand;
import dev.grants.ports.in.ListInstancesCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.PermissionSets;
import dev.grants.ports.in.PutInlinePolicyToPermissionSetCommand;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.PermissionSetRepository;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link PermissionSets} on the outbound ports. Finds what a request names through {@link PermissionSetLookup}, and
 * keeps a deleted permission set from being provisioned through {@link ProvisioningLifecycle}. Built by
 * {@link Grants}; thread-safe when its ports are.
 */
public final class PermissionSetService implements PermissionSets {
  private final PermissionSetRepository directory;
  private final PermissionSetLookup lookup;
  private final ProvisioningLifecycle provisioning;
  private final IdGenerator ids;
  private final Clock clock;
  private final SignedPageTokens tokens;
  private final int maxAttempts;

  PermissionSetService(PermissionSetRepository directory, PermissionSetLookup lookup,
      ProvisioningLifecycle provisioning, IdGenerator ids, Clock clock, SignedPageTokens tokens, int maxAttempts) {
    this.directory = directory;
    this.lookup = lookup;
    this.provisioning = provisioning;
    this.ids = ids;
    this.clock = clock;
    this.tokens = tokens;
    this.maxAttempts = maxAttempts;
  }

  @Override
  public Either<GrantsError, Instance> createInstance(CreateInstanceCommand command) {
    return PortFailures.contained(() -> Requests.valid(ProvisioningRules.INSTANCE_NAME.validate(command.name()))
        .flatMap(name -> {
          CallContext context = command.context();
          Instance instance = new Instance(new InstanceArn(context.region().partition(), ids.newInstanceId()),
              context.account(), name, ids.newIdentityStoreId(), clock.instant());
          if (directory.insertInstance(instance)) {
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
      return Requests.violations(found)
          .flatMap(valid -> lookup.ownedInstance(command.context(), command.instanceArn(), "sso:CreatePermissionSet"))
          .flatMap(instance -> {
            PermissionSet created = new PermissionSet(PermissionSetArn.of(instance.arn(), ids.newPermissionSetId()),
                command.name(), command.description(),
                command.sessionDuration() == null ? PermissionSet.DEFAULT_SESSION_DURATION : command.sessionDuration(),
                command.relayState(), null, clock.instant(), 1);
            return directory.insertPermissionSet(created)
                ? Either.right(created)
                : Either.left(new GrantsError.PermissionSetNameConflict(instance.arn(), command.name()));
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
        .flatMap(current -> CompareAndSet.retry(maxAttempts, current, base -> {
          PermissionSet next = base.withInlinePolicy(command.inlinePolicy());
          if (directory.replacePermissionSet(base, next)) {
            return CompareAndSet.done(Either.<GrantsError, PermissionSet>right(next));
          }
          Either<GrantsError, PermissionSet> fresh = lookup.current(base.arn());
          return fresh.isLeft() ? CompareAndSet.done(fresh) : CompareAndSet.again(fresh.get());
        }).getOrElseGet(last -> Either.left(new GrantsError.ConcurrentModification(
            Arn.parse(current.arn().toString()).get(), maxAttempts)))));
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
          return set;
        }));
  }
}
