package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.ProvisionedAccount;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningRules;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.DescribePermissionSetProvisioningStatusCommand;
import dev.grants.ports.in.ListAccountsForProvisionedPermissionSetCommand;
import dev.grants.ports.in.ListPermissionSetProvisioningStatusCommand;
import dev.grants.ports.in.ListPermissionSetsProvisionedToAccountCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.out.PermissionSetRepository;
import dev.grants.ports.out.ProvisioningRequestRepository;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * The read side of provisioning: the status of requests, and which accounts have which permission sets. It changes
 * nothing but what {@link ProvisioningDeadlines} fails on sight. A port that fails propagates (the public operation
 * contains it).
 */
final class ProvisioningQueries {
  private final PermissionSetRepository directory;
  private final ProvisioningRequestRepository requests;
  private final PermissionSetLookup lookup;
  private final ProvisioningDeadlines deadlines;
  private final SignedPageTokens tokens;

  ProvisioningQueries(PermissionSetRepository directory, ProvisioningRequestRepository requests,
      PermissionSetLookup lookup, ProvisioningDeadlines deadlines, SignedPageTokens tokens) {
    this.directory = directory;
    this.requests = requests;
    this.lookup = lookup;
    this.deadlines = deadlines;
    this.tokens = tokens;
  }

  Either<GrantsError, ProvisioningRequest> describeStatus(DescribePermissionSetProvisioningStatusCommand command) {
    List<Violation> found = new ArrayList<>();
    found.addAll(ProvisioningRules.INSTANCE_ARN.check(command.instanceArn()));
    found.addAll(ProvisioningRules.REQUEST_ID.check(command.provisionPermissionSetRequestId()));
    return Requests.violations(found)
        .flatMap(valid -> lookup.ownedInstance(command.context(), command.instanceArn(),
            "sso:DescribePermissionSetProvisioningStatus"))
        .flatMap(instance -> requests.find(command.provisionPermissionSetRequestId())
            .filter(request -> request.instance().equals(instance.arn()))
            .map(deadlines::observe)
            .toEither(() -> new GrantsError.ProvisioningRequestNotFound(
                instance.arn(), command.provisionPermissionSetRequestId())));
  }

  Either<GrantsError, Page<ProvisioningRequest>> listStatus(ListPermissionSetProvisioningStatusCommand command) {
    List<Violation> found = new ArrayList<>();
    found.addAll(ProvisioningRules.INSTANCE_ARN.check(command.instanceArn()));
    found.addAll(ProvisioningRules.paging(command.maxResults(), command.nextToken()));
    found.addAll(ProvisioningRules.FILTER_STATUS.check(command.filterStatus()));
    return Requests.violations(found)
        .flatMap(valid -> lookup.ownedInstance(command.context(), command.instanceArn(),
            "sso:ListPermissionSetProvisioningStatus"))
        .flatMap(instance -> {
          List<ProvisioningRequest> all = requests.requestsOf(instance.arn()).stream().map(deadlines::observe)
              .filter(request -> command.filterStatus() == null
                  || request.status().name().equals(command.filterStatus()))
              .toList();
          return tokens.page("status|" + instance.arn() + '|' + command.filterStatus(), all, command.maxResults(),
              command.nextToken());
        });
  }

  Either<GrantsError, Page<String>> listAccounts(ListAccountsForProvisionedPermissionSetCommand command) {
    List<Violation> found = new ArrayList<>();
    found.addAll(ProvisioningRules.PROVISIONING_STATUS.check(command.provisioningStatus()));
    found.addAll(ProvisioningRules.paging(command.maxResults(), command.nextToken()));
    return lookup.permissionSet(command.context(), command.instanceArn(), command.permissionSetArn(), found,
            "sso:ListAccountsForProvisionedPermissionSet")
        .flatMap(set -> {
          List<String> accounts = directory.provisionedAccounts(set.arn()).stream()
              .filter(provisioned -> wanted(command.provisioningStatus(), provisioned.isLatest(set)))
              .map(provisioned -> provisioned.account().value())
              .toList();
          return tokens.page("accounts|" + set.arn() + '|' + command.provisioningStatus(), accounts,
              command.maxResults(), command.nextToken());
        });
  }

  Either<GrantsError, Page<String>> listPermissionSets(ListPermissionSetsProvisionedToAccountCommand command) {
    List<Violation> found = new ArrayList<>();
    found.addAll(ProvisioningRules.INSTANCE_ARN.check(command.instanceArn()));
    found.addAll(ProvisioningRules.ACCOUNT_ID.check(command.accountId()));
    found.addAll(ProvisioningRules.PROVISIONING_STATUS.check(command.provisioningStatus()));
    found.addAll(ProvisioningRules.paging(command.maxResults(), command.nextToken()));
    return Requests.violations(found)
        .flatMap(valid -> lookup.ownedInstance(command.context(), command.instanceArn(),
            "sso:ListPermissionSetsProvisionedToAccount"))
        .flatMap(instance -> {
          List<String> sets = new ArrayList<>();
          for (ProvisionedAccount provisioned : directory.provisionedTo(instance.arn(), AccountId.of(command.accountId()))) {
            Option<PermissionSet> set = directory.findPermissionSet(provisioned.permissionSet());
            if (set.isDefined() && wanted(command.provisioningStatus(), provisioned.isLatest(set.get()))) {
              sets.add(provisioned.permissionSet().toString());
            }
          }
          return tokens.page("sets|" + instance.arn() + '|' + command.accountId() + '|'
              + command.provisioningStatus(), sets, command.maxResults(), command.nextToken());
        });
  }

  private static boolean wanted(String filter, boolean latest) {
    return filter == null || latest == filter.equals("LATEST_PERMISSION_SET_PROVISIONED");
  }
}
