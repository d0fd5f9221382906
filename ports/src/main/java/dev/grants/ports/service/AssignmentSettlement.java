package dev.grants.ports.service;

import dev.grants.domain.provisioning.AssignmentOperation;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.ports.out.AccountAssignmentRepository;
import dev.grants.ports.out.ProvisioningRequestRepository;
import io.vavr.control.Option;

/**
 * Ends assignment creations when they are looked at: a creation is the provisioning request of the same id, so one
 * in progress whose request has ended (an answer, a deadline through {@link ProvisioningDeadlines}, a take-over that
 * failed it) takes that outcome before anyone reads it. Like deadlines, no timer and no callback is needed, and any
 * instance sharing the stores settles what another started. A port that fails propagates.
 */
final class AssignmentSettlement {
  private final AccountAssignmentRepository assignments;
  private final ProvisioningRequestRepository requests;
  private final ProvisioningDeadlines deadlines;

  AssignmentSettlement(AccountAssignmentRepository assignments, ProvisioningRequestRepository requests,
      ProvisioningDeadlines deadlines) {
    this.assignments = assignments;
    this.requests = requests;
    this.deadlines = deadlines;
  }

  /** {@code operation} as it stands now: a creation whose provisioning ended is ended with it (and stored so). */
  AssignmentOperation settle(AssignmentOperation operation) {
    if (operation.hasEnded()) {
      return operation;
    }
    Option<ProvisioningRequest> provisioning = requests.find(operation.requestId());
    if (provisioning.isEmpty()) {
      return operation;
    }
    AssignmentOperation settled = operation.settledBy(deadlines.observe(provisioning.get()));
    if (!settled.hasEnded() || assignments.settle(settled)) {
      return settled;
    }
    // Another caller settled it first: what it stored is the outcome.
    return assignments.findOperation(operation.kind(), operation.requestId()).getOrElse(settled);
  }

  /** Settles every creation of {@code instance} in progress, before its assignments are listed. */
  void settleAll(InstanceArn instance) {
    assignments.creationsInProgress(instance).forEach(this::settle);
  }
}
