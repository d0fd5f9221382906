package dev.grants.ports.service;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.ports.in.ProvisioningRecovery;
import dev.grants.ports.out.ClaimedWork;
import dev.grants.ports.out.PermissionSetRepository;
import dev.grants.ports.out.ProvisioningRequestRepository;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recovery of provisioning work, the end of the lifecycle that outlives an instance: work is leased, so a request
 * this instance starts is its work (its gateway's) under a lease of {@code lease}; {@link #recover()} extends the
 * leases it holds and takes over, for its own gateway, the work whose lease lapsed (an instance that stopped), so
 * that every account is handed to some gateway at least once while the request is in progress.
 */
final class ProvisioningTakeOver {
  /** How many accounts one take-over claims at a time, and how many rounds one recovery makes at most. */
  private static final int TAKE_OVER_BATCH = 500;
  private static final int TAKE_OVER_ROUNDS = 100;

  private final PermissionSetRepository directory;
  private final ProvisioningRequestRepository requests;
  private final ProvisioningLifecycle lifecycle;
  private final ProvisioningDeadlines deadlines;
  private final Clock clock;
  private final String owner;
  private final Duration lease;

  ProvisioningTakeOver(PermissionSetRepository directory, ProvisioningRequestRepository requests,
      ProvisioningLifecycle lifecycle, ProvisioningDeadlines deadlines, Clock clock, String owner, Duration lease) {
    this.directory = directory;
    this.requests = requests;
    this.lifecycle = lifecycle;
    this.deadlines = deadlines;
    this.clock = clock;
    this.owner = owner;
    this.lease = lease;
  }

  /**
   * One run of recovery, safe on any number of instances at once: extends the leases this instance holds, fails
   * the requests past their deadline, and takes over the work whose lease lapsed (an instance that stopped, or one
   * that could not lease it): hands it to this instance's gateway, unless its permission set was deleted or its
   * definition changed meanwhile, which fails it. A port that fails propagates (what was done stays done).
   */
  ProvisioningRecovery recover() {
    Instant now = clock.instant();
    Instant until = now.plus(lease);
    int renewed = requests.renew(owner, until);
    int expired = 0;
    for (ProvisioningRequest stored : requests.allInProgress()) {
      if (!(deadlines.observe(stored) instanceof ProvisioningRequest.InProgress)) {
        expired++;
      }
    }
    int handedOver = 0;
    int failedAccounts = 0;
    for (int round = 0; round < TAKE_OVER_ROUNDS; round++) {
      List<ClaimedWork> taken = requests.takeOver(owner, now, until, TAKE_OVER_BATCH);
      Map<String, List<AccountId>> byRequest = new LinkedHashMap<>();
      taken.forEach(work -> byRequest.computeIfAbsent(work.requestId(), id -> new ArrayList<>()).add(work.account()));
      for (Map.Entry<String, List<AccountId>> work : byRequest.entrySet()) {
        Option<ProvisioningRequest> found = requests.find(work.getKey());
        if (found.isEmpty() || !(deadlines.observe(found.get()) instanceof ProvisioningRequest.InProgress running)) {
          continue;
        }
        Option<PermissionSet> set = directory.findPermissionSet(running.permissionSet());
        String lost = set.isEmpty()
            ? ProvisioningLifecycle.PERMISSION_SET_DELETED
            : set.get().definitionVersion() != running.definitionVersion()
                // The definition this request was for is gone; provisioning the new one under it would record
                // a version that was never provisioned.
                ? "The permission set's definition changed while the request was interrupted"
                : null;
        for (AccountId pending : work.getValue()) {
          if (!running.isPending(pending)) {
            continue;
          }
          if (lost == null) {
            lifecycle.dispatchOne(set.get(), running.requestId(), pending);
            handedOver++;
          } else {
            lifecycle.failed(running.requestId(), pending, lost);
            failedAccounts++;
          }
        }
      }
      if (taken.size() < TAKE_OVER_BATCH) {
        break;
      }
    }
    return new ProvisioningRecovery(renewed, expired, handedOver, failedAccounts);
  }
}
