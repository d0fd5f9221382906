package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningRules;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.DescribePermissionSetProvisioningStatusCommand;
import dev.grants.ports.in.ListAccountsForProvisionedPermissionSetCommand;
import dev.grants.ports.in.ListPermissionSetProvisioningStatusCommand;
import dev.grants.ports.in.ListPermissionSetsProvisionedToAccountCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.PermissionSetProvisioning;
import dev.grants.ports.in.ProvisionPermissionSetCommand;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link PermissionSetProvisioning} on the outbound ports: ProvisionPermissionSet checks its request and starts a
 * request's {@link ProvisioningLifecycle}; the four reads are {@link ProvisioningQueries}. Deadlines are enforced
 * when a request is looked at ({@link ProvisioningDeadlines}), so no one ever sees a request IN_PROGRESS after its
 * deadline. Built by {@link Grants}; thread-safe when its ports are.
 */
public final class ProvisioningService implements PermissionSetProvisioning {
  static final String AWS_ACCOUNT = "AWS_ACCOUNT";

  private final PermissionSetLookup lookup;
  private final ProvisioningLifecycle lifecycle;
  private final ProvisioningQueries queries;

  ProvisioningService(PermissionSetLookup lookup, ProvisioningLifecycle lifecycle, ProvisioningQueries queries) {
    this.lookup = lookup;
    this.lifecycle = lifecycle;
    this.queries = queries;
  }

  @Override
  public Either<GrantsError, ProvisioningRequest> provision(ProvisionPermissionSetCommand command) {
    return PortFailures.contained(() -> {
      List<Violation> found = new ArrayList<>();
      found.addAll(ProvisioningRules.INSTANCE_ARN.check(command.instanceArn()));
      found.addAll(ProvisioningRules.PERMISSION_SET_ARN.check(command.permissionSetArn()));
      found.addAll(ProvisioningRules.TARGET_ID.check(command.targetId()));
      found.addAll(ProvisioningRules.TARGET_TYPE.check(command.targetType()));
      boolean single = AWS_ACCOUNT.equals(command.targetType());
      // A missing TargetId is a validation error (CONTRACT.md C): it comes before the instance and permission set
      // are looked up.
      return Requests.violations(found)
          .flatMap(valid -> single && command.targetId() == null
              ? Either.<GrantsError, Boolean>left(new GrantsError.TargetIdRequired())
              : Either.<GrantsError, Boolean>right(true))
          .flatMap(valid -> lookup.permissionSet(command.context(), command.instanceArn(), command.permissionSetArn(),
              List.of(), "sso:ProvisionPermissionSet"))
          .flatMap(set -> lifecycle.start(set, single ? AccountId.of(command.targetId()) : null));
    });
  }

  @Override
  public Either<GrantsError, ProvisioningRequest> describeStatus(
      DescribePermissionSetProvisioningStatusCommand command) {
    return PortFailures.contained(() -> queries.describeStatus(command));
  }

  @Override
  public Either<GrantsError, Page<ProvisioningRequest>> listStatus(ListPermissionSetProvisioningStatusCommand command) {
    return PortFailures.contained(() -> queries.listStatus(command));
  }

  @Override
  public Either<GrantsError, Page<String>> listAccounts(ListAccountsForProvisionedPermissionSetCommand command) {
    return PortFailures.contained(() -> queries.listAccounts(command));
  }

  @Override
  public Either<GrantsError, Page<String>> listPermissionSets(ListPermissionSetsProvisionedToAccountCommand command) {
    return PortFailures.contained(() -> queries.listPermissionSets(command));
  }
}
