package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.error.GrantsError.AssignmentConflict;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.AccountAssignment;
import dev.grants.domain.provisioning.AssignmentOperation;
import dev.grants.domain.provisioning.AssignmentOperation.Kind;
import dev.grants.domain.provisioning.AssignmentRules;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PrincipalType;
import dev.grants.domain.provisioning.ProvisioningRules;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.AccountAssignments;
import dev.grants.ports.in.AssignmentGiven;
import dev.grants.ports.in.AssignmentStatusListing;
import dev.grants.ports.in.CreateAccountAssignmentCommand;
import dev.grants.ports.in.DeleteAccountAssignmentCommand;
import dev.grants.ports.in.DescribeAccountAssignmentCreationStatusCommand;
import dev.grants.ports.in.DescribeAccountAssignmentDeletionStatusCommand;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.ListAccountAssignmentCreationStatusCommand;
import dev.grants.ports.in.ListAccountAssignmentDeletionStatusCommand;
import dev.grants.ports.in.ListAccountAssignmentsCommand;
import dev.grants.ports.in.ListAccountAssignmentsForPrincipalCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.out.AccountAssignmentRepository;
import dev.grants.ports.out.AccountAssignmentRepository.CreationStart;
import dev.grants.ports.out.AccountAssignmentRepository.DeletionOutcome;
import dev.grants.ports.out.IdGenerator;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link AccountAssignments} on the outbound ports. A creation starts a provisioning request of the assignment's
 * permission set to its account through {@link ProvisioningLifecycle} (the same gateway, leases, deadlines and
 * recovery as {@code ProvisionPermissionSet}), then stores the assignment as pending under that request's id; the
 * creation ends with the request ({@link AssignmentSettlement}). A deletion is synchronous. Built by {@link Grants};
 * thread-safe when its ports are.
 */
final class AccountAssignmentService implements AccountAssignments {
  private final PermissionSetLookup lookup;
  private final ProvisioningLifecycle lifecycle;
  private final AccountAssignmentRepository assignments;
  private final AssignmentSettlement settlement;
  private final IdGenerator ids;
  private final Clock clock;
  private final SignedPageTokens tokens;

  AccountAssignmentService(PermissionSetLookup lookup, ProvisioningLifecycle lifecycle,
      AccountAssignmentRepository assignments, AssignmentSettlement settlement, IdGenerator ids, Clock clock,
      SignedPageTokens tokens) {
    this.lookup = lookup;
    this.lifecycle = lifecycle;
    this.assignments = assignments;
    this.settlement = settlement;
    this.ids = ids;
    this.clock = clock;
    this.tokens = tokens;
  }

  @Override
  public Either<GrantsError, AssignmentOperation> createAccountAssignment(CreateAccountAssignmentCommand command) {
    return PortFailures.contained(() -> assignment(command, "sso:CreateAccountAssignment").flatMap(found -> {
      AccountAssignment assignment = found.assignment();
      // Checked before provisioning starts, so that a refused creation has no effect at all; beginCreation checks
      // again, atomically, for a creation that raced this one.
      if (assignments.assignmentsOf(assignment.permissionSet(), assignment.account()).contains(assignment)) {
        return conflict(assignment, AssignmentConflict.ALREADY_ASSIGNED);
      }
      if (creationInProgress(assignment)) {
        return conflict(assignment, AssignmentConflict.CREATION_IN_PROGRESS);
      }
      return lifecycle.start(found.set(), assignment.account()).flatMap(provisioning -> {
        AssignmentOperation creation = AssignmentOperation.inProgress(Kind.CREATION, provisioning.requestId(),
            assignment, provisioning.createdDate());
        CreationStart started = assignments.beginCreation(creation);
        if (started == CreationStart.ALREADY_ASSIGNED) {
          return conflict(assignment, AssignmentConflict.ALREADY_ASSIGNED);
        }
        if (started == CreationStart.IN_PROGRESS) {
          return conflict(assignment, AssignmentConflict.CREATION_IN_PROGRESS);
        }
        // The provisioning may have ended before the creation was stored: settling reads it again.
        return Either.right(settlement.settle(creation));
      });
    }));
  }

  @Override
  public Either<GrantsError, AssignmentOperation> deleteAccountAssignment(DeleteAccountAssignmentCommand command) {
    return PortFailures.contained(() -> assignment(command, "sso:DeleteAccountAssignment").flatMap(found -> {
      AccountAssignment assignment = found.assignment();
      creationInProgress(assignment);
      AssignmentOperation deletion = AssignmentOperation.deleted(ids.newRequestId(), assignment, clock.instant());
      DeletionOutcome outcome = assignments.delete(deletion);
      if (outcome == DeletionOutcome.NOT_ASSIGNED) {
        return conflict(assignment, AssignmentConflict.NOT_ASSIGNED);
      }
      if (outcome == DeletionOutcome.CREATION_IN_PROGRESS) {
        return conflict(assignment, AssignmentConflict.CREATION_IN_PROGRESS);
      }
      return Either.right(deletion);
    }));
  }

  @Override
  public Either<GrantsError, AssignmentOperation> describeCreationStatus(
      DescribeAccountAssignmentCreationStatusCommand command) {
    return describe(command.context(), command.instanceArn(), Kind.CREATION,
        command.accountAssignmentCreationRequestId(), "sso:DescribeAccountAssignmentCreationStatus");
  }

  @Override
  public Either<GrantsError, AssignmentOperation> describeDeletionStatus(
      DescribeAccountAssignmentDeletionStatusCommand command) {
    return describe(command.context(), command.instanceArn(), Kind.DELETION,
        command.accountAssignmentDeletionRequestId(), "sso:DescribeAccountAssignmentDeletionStatus");
  }

  @Override
  public Either<GrantsError, Page<AssignmentOperation>> listCreationStatus(
      ListAccountAssignmentCreationStatusCommand command) {
    return listStatus(command, Kind.CREATION, "sso:ListAccountAssignmentCreationStatus");
  }

  @Override
  public Either<GrantsError, Page<AssignmentOperation>> listDeletionStatus(
      ListAccountAssignmentDeletionStatusCommand command) {
    return listStatus(command, Kind.DELETION, "sso:ListAccountAssignmentDeletionStatus");
  }

  @Override
  public Either<GrantsError, Page<AccountAssignment>> listAccountAssignments(ListAccountAssignmentsCommand command) {
    return PortFailures.contained(() -> {
      // The model's member order: InstanceArn, AccountId, PermissionSetArn, MaxResults, NextToken.
      List<Violation> found = new ArrayList<>();
      found.addAll(ProvisioningRules.INSTANCE_ARN.check(command.instanceArn()));
      found.addAll(ProvisioningRules.ACCOUNT_ID.check(command.accountId()));
      found.addAll(ProvisioningRules.PERMISSION_SET_ARN.check(command.permissionSetArn()));
      found.addAll(ProvisioningRules.paging(command.maxResults(), command.nextToken()));
      return Requests.violations(found)
          .flatMap(valid -> lookup.permissionSet(command.context(), command.instanceArn(), command.permissionSetArn(),
              List.of(), "sso:ListAccountAssignments"))
          .flatMap(set -> {
            settlement.settleAll(set.arn().instance());
            return tokens.page("assignments|" + set.arn() + '|' + command.accountId(),
                assignments.assignmentsOf(set.arn(), AccountId.of(command.accountId())), command.maxResults(),
                command.nextToken());
          });
    });
  }

  @Override
  public Either<GrantsError, Page<AccountAssignment>> listAccountAssignmentsForPrincipal(
      ListAccountAssignmentsForPrincipalCommand command) {
    return PortFailures.contained(() -> {
      // The model's member order: InstanceArn, PrincipalId, PrincipalType, Filter, NextToken, MaxResults.
      List<Violation> found = new ArrayList<>();
      found.addAll(ProvisioningRules.INSTANCE_ARN.check(command.instanceArn()));
      found.addAll(AssignmentRules.PRINCIPAL_ID.check(command.principalId()));
      found.addAll(AssignmentRules.PRINCIPAL_TYPE.check(command.principalType()));
      found.addAll(AssignmentRules.FILTER_ACCOUNT_ID.check(command.filterAccountId()));
      found.addAll(ProvisioningRules.NEXT_TOKEN.check(command.nextToken()));
      found.addAll(ProvisioningRules.MAX_RESULTS.check(
          command.maxResults() == null ? null : String.valueOf(command.maxResults())));
      return Requests.violations(found)
          .flatMap(valid -> lookup.ownedInstance(command.context(), command.instanceArn(),
              "sso:ListAccountAssignmentsForPrincipal"))
          .flatMap(instance -> {
            settlement.settleAll(instance.arn());
            List<AccountAssignment> all = assignments.assignmentsOfPrincipal(instance.arn(),
                    PrincipalType.valueOf(command.principalType()), command.principalId()).stream()
                .filter(assignment -> command.filterAccountId() == null
                    || assignment.account().value().equals(command.filterAccountId()))
                // A permission set whose deletion failed before its assignments went has none any more.
                .filter(assignment -> lookup.current(assignment.permissionSet()).isRight())
                .toList();
            return tokens.page("principal|" + instance.arn() + '|' + command.principalType() + '|'
                + command.principalId() + '|' + command.filterAccountId(), all, command.maxResults(),
                command.nextToken());
          });
    });
  }

  // --- shared steps -------------------------------------------------------------------------------------

  /** A permission set and the assignment a create or delete names in it. */
  private record Named(PermissionSet set, AccountAssignment assignment) {}

  /**
   * The assignment {@code given} names: its members' model constraints first, in the model's member order
   * (InstanceArn, TargetId, TargetType, PermissionSetArn, PrincipalType, PrincipalId), then the instance, then the
   * permission set.
   */
  private Either<GrantsError, Named> assignment(AssignmentGiven given, String action) {
    List<Violation> found = new ArrayList<>();
    found.addAll(ProvisioningRules.INSTANCE_ARN.check(given.instanceArn()));
    found.addAll(AssignmentRules.TARGET_ID.check(given.targetId()));
    found.addAll(AssignmentRules.TARGET_TYPE.check(given.targetType()));
    found.addAll(ProvisioningRules.PERMISSION_SET_ARN.check(given.permissionSetArn()));
    found.addAll(AssignmentRules.PRINCIPAL_TYPE.check(given.principalType()));
    found.addAll(AssignmentRules.PRINCIPAL_ID.check(given.principalId()));
    return Requests.violations(found)
        .flatMap(valid -> lookup.permissionSet(given.context(), given.instanceArn(), given.permissionSetArn(),
            List.of(), action))
        .map(set -> new Named(set, new AccountAssignment(set.arn(), AccountId.of(given.targetId()),
            PrincipalType.valueOf(given.principalType()), given.principalId())));
  }

  /** Whether a creation of {@code assignment} is still in progress, once the ended ones are settled. */
  private boolean creationInProgress(AccountAssignment assignment) {
    return assignments.creationsInProgress(assignment.instance()).stream()
        .filter(creation -> creation.assignment().equals(assignment))
        .map(settlement::settle)
        .anyMatch(creation -> !creation.hasEnded());
  }

  private Either<GrantsError, AssignmentOperation> describe(CallContext context, String instanceArn, Kind kind,
      String requestId, String action) {
    return PortFailures.contained(() -> {
      List<Violation> found = new ArrayList<>();
      found.addAll(ProvisioningRules.INSTANCE_ARN.check(instanceArn));
      found.addAll(AssignmentRules.requestId(kind).check(requestId));
      return Requests.violations(found)
          .flatMap(valid -> lookup.ownedInstance(context, instanceArn, action))
          .flatMap(instance -> assignments.findOperation(kind, requestId)
              .filter(operation -> operation.assignment().instance().equals(instance.arn()))
              .map(settlement::settle)
              .toEither(() -> new GrantsError.AssignmentOperationNotFound(instance.arn(), kind, requestId)));
    });
  }

  private Either<GrantsError, Page<AssignmentOperation>> listStatus(AssignmentStatusListing command, Kind kind,
      String action) {
    return PortFailures.contained(() -> {
      List<Violation> found = new ArrayList<>();
      found.addAll(ProvisioningRules.INSTANCE_ARN.check(command.instanceArn()));
      found.addAll(ProvisioningRules.paging(command.maxResults(), command.nextToken()));
      found.addAll(ProvisioningRules.FILTER_STATUS.check(command.filterStatus()));
      return Requests.violations(found)
          .flatMap(valid -> lookup.ownedInstance(command.context(), command.instanceArn(), action))
          .flatMap(instance -> {
            settlement.settleAll(instance.arn());
            List<AssignmentOperation> all = assignments.operationsOf(instance.arn(), kind).stream()
                .filter(operation -> command.filterStatus() == null
                    || operation.status().name().equals(command.filterStatus()))
                .toList();
            return tokens.page("assignment-" + kind + '|' + instance.arn() + '|' + command.filterStatus(), all,
                command.maxResults(), command.nextToken());
          });
    });
  }

  private static <T> Either<GrantsError, T> conflict(AccountAssignment assignment, AssignmentConflict why) {
    return Either.left(new GrantsError.AccountAssignmentConflict(assignment, why));
  }
}
