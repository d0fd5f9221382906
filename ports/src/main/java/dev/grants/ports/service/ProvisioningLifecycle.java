package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisionedAccount;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.ports.in.ProvisioningRecovery;
import dev.grants.ports.out.ClaimedWork;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.PermissionSetRepository;
import dev.grants.ports.out.ProvisioningCallback;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.out.ProvisioningRequestRepository;
import dev.grants.ports.out.ProvisioningWork;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The life of a provisioning request, from its start to its end: stores it, leases its work to this instance and
 * hands it to the gateway, records the gateway's answers (it is the {@link ProvisioningCallback} the gateway answers
 * through), fails what nobody can answer any more, and recovers the work of an instance that stopped. Its reads go
 * through {@link ProvisioningDeadlines}, so a request past its deadline is failed before anything else happens to
 * it.
 *
 * <p>Work is leased: a request this instance starts is its work (its gateway's) under a lease of {@code lease};
 * {@link #recover()} extends the leases it holds and takes over, for its own gateway, the work whose lease lapsed
 * (an instance that stopped), so that every account is handed to some gateway at least once while the request is
 * in progress. Thread-safe when its ports are; a port that fails propagates (the public operations contain it).
 */
final class ProvisioningLifecycle implements ProvisioningCallback {
  private static final String PERMISSION_SET_DELETED = "The permission set was deleted";
  /** How many accounts one take-over claims at a time, and how many rounds one recovery makes at most. */
  private static final int TAKE_OVER_BATCH = 500;
  private static final int TAKE_OVER_ROUNDS = 100;

  private final PermissionSetRepository directory;
  private final ProvisioningRequestRepository requests;
  private final ProvisioningGateway gateway;
  private final IdGenerator ids;
  private final Clock clock;
  private final Duration deadline;
  private final int maxAttempts;
  private final Announcer announcer;
  private final ProvisioningDeadlines deadlines;
  private final String owner;
  private final Duration lease;

  ProvisioningLifecycle(PermissionSetRepository directory, ProvisioningRequestRepository requests,
      ProvisioningGateway gateway, IdGenerator ids, Clock clock, Duration deadline, int maxAttempts,
      Announcer announcer, ProvisioningDeadlines deadlines, String owner, Duration lease) {
    this.directory = directory;
    this.requests = requests;
    this.gateway = gateway;
    this.ids = ids;
    this.clock = clock;
    this.deadline = deadline;
    this.maxAttempts = maxAttempts;
    this.announcer = announcer;
    this.deadlines = deadlines;
    this.owner = owner;
    this.lease = lease;
  }

  /**
   * Starts provisioning {@code set} to {@code account}, or to every account it is provisioned to when
   * {@code account} is null: ProvisioningInProgress while another request for it runs.
   */
  Either<GrantsError, ProvisioningRequest> start(PermissionSet set, AccountId account) {
    return CompareAndSet.retry(maxAttempts, () -> attemptStart(set, account))
        .getOrElseGet(lost -> Either.left(new GrantsError.ConcurrentModification(
            Arn.parse(set.arn().toString()).get(), maxAttempts)));
  }

  private Either<CompareAndSet.Lost, Either<GrantsError, ProvisioningRequest>> attemptStart(
      PermissionSet set, AccountId account) {
    List<AccountId> accounts = account != null
        ? List.of(account)
        : directory.provisionedAccounts(set.arn()).stream().map(ProvisionedAccount::account).toList();
    Instant now = clock.instant();
    ProvisioningRequest request = ProvisioningRequest.start(ids.newRequestId(), set.arn(), set.definitionVersion(),
        accounts, account, now, now.plus(deadline));
    // If storing fails, whether it happened is read back: a request that was stored is carried on with, never
    // left to wait undispatched for its deadline.
    Either<ProvisioningRequest, ProvisioningRequest> started = PortFailures.outcomeOf(() -> requests.start(request),
        () -> requests.find(request.requestId()).map(Either::right));
    if (started.isRight()) {
      announcer.announce(new GrantsEvent.ProvisioningStarted(request.requestId(), set.arn(), account));
      deadlines.ended(request);
      List<AccountId> mine = leased(request, accounts, now);
      // Whatever keeps the work from reaching the gateway fails the request now: nobody would ever answer it.
      PortFailures.repairing(() -> dispatch(set, request, mine),
          () -> abandon(request.requestId(), "The request could not be handed to the provisioning gateway"));
      return CompareAndSet.done(Either.right(deadlines.observe(requests.find(request.requestId()).getOrElse(request))));
    }
    ProvisioningRequest running = deadlines.observe(started.getLeft());
    if (running.status() == ProvisioningStatus.IN_PROGRESS) {
      return CompareAndSet.done(Either.left(new GrantsError.ProvisioningInProgress(set.arn(), running.requestId())));
    }
    // It ended (its deadline passed) while we looked: try again.
    return CompareAndSet.again();
  }

  /**
   * The accounts of {@code request} this instance leased, to hand to its gateway. If the lease cannot be stored,
   * all of them: a lost lease means at most that another instance hands the work over again (at least once), while
   * work handed to nobody would wait for its deadline.
   */
  private List<AccountId> leased(ProvisioningRequest request, List<AccountId> accounts, Instant now) {
    if (accounts.isEmpty()) {
      return accounts;
    }
    try {
      return requests.lease(request.requestId(), owner, now, now.plus(lease));
    } catch (RuntimeException unleased) {
      return accounts;
    }
  }

  private void dispatch(PermissionSet set, ProvisioningRequest request, List<AccountId> accounts) {
    if (accounts.isEmpty()) {
      return;
    }
    // DeletePermissionSet checks for a request in progress, then deletes; a request stored in between must see
    // the deletion here (it stored itself first, the delete looks for requests after it deleted: one of the two
    // sees the other), or it would provision a permission set that no longer exists.
    if (directory.findPermissionSet(set.arn()).isEmpty()) {
      abandon(request.requestId(), PERMISSION_SET_DELETED);
      return;
    }
    for (AccountId target : accounts) {
      dispatchOne(set, request.requestId(), target);
    }
  }

  /** Hands one account of request {@code requestId} to the gateway; fails it if the gateway does not take it. */
  private void dispatchOne(PermissionSet set, String requestId, AccountId target) {
    try {
      gateway.provision(new ProvisioningWork(requestId, set, target), this);
    } catch (RuntimeException refused) {
      // The failure reason is on the wire: what the gateway threw is internal detail and stays out of it.
      failed(requestId, target, "The provisioning gateway did not take the work");
    }
  }

  /** Fails every account of request {@code requestId} still pending, for {@code reason}; nothing if it ended. */
  void abandon(String requestId, String reason) {
    Option<ProvisioningRequest> found = requests.find(requestId);
    if (found.isDefined() && deadlines.observe(found.get()) instanceof ProvisioningRequest.InProgress running) {
      for (AccountId pending : running.pending()) {
        failed(requestId, pending, reason);
      }
    }
  }

  /**
   * Fails the provisioning of {@code set} in progress, if any: {@code set} was deleted, so no answer for it may
   * ever be recorded.
   */
  void abandonProvisioningOf(PermissionSetArn set) {
    Option<ProvisioningRequest> running = requests.inProgress(set);
    if (running.isDefined()) {
      abandon(running.get().requestId(), PERMISSION_SET_DELETED);
    }
  }

  /** Right when no provisioning of {@code set} is in progress. */
  Either<GrantsError, Boolean> idle(PermissionSetArn set) {
    Option<ProvisioningRequest> running = requests.inProgress(set).map(deadlines::observe)
        .filter(request -> request.status() == ProvisioningStatus.IN_PROGRESS);
    return running.isEmpty()
        ? Either.right(true)
        : Either.left(new GrantsError.ProvisioningInProgress(set, running.get().requestId()));
  }

  // --- Recovery ---------------------------------------------------------------------------------------------

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
            ? PERMISSION_SET_DELETED
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
            dispatchOne(set.get(), running.requestId(), pending);
            handedOver++;
          } else {
            failed(running.requestId(), pending, lost);
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

  // --- ProvisioningCallback ---------------------------------------------------------------------------------

  @Override
  public void succeeded(String requestId, AccountId account) {
    answer(requestId, account, null);
  }

  @Override
  public void failed(String requestId, AccountId account, String reason) {
    answer(requestId, account, reason == null ? "Provisioning failed" : reason);
  }

  /** Applies one account's answer (a failure when {@code reason} is given); late and repeated answers change nothing. */
  private void answer(String requestId, AccountId account, String reason) {
    CompareAndSet.retry(maxAttempts, () -> {
      Option<ProvisioningRequest> found = requests.find(requestId);
      if (found.isEmpty() || !(deadlines.observe(found.get()) instanceof ProvisioningRequest.InProgress running)
          || !running.isPending(account)) {
        return CompareAndSet.done(false);
      }
      if (reason == null) {
        // The account has the definition now, whatever happens to the request; record it first.
        directory.recordProvisioned(running.permissionSet(), account, running.definitionVersion());
      }
      ProvisioningRequest next = reason == null ? running.accountSucceeded(account) : running.accountFailed(account, reason);
      if (requests.replace(running, next)) {
        deadlines.ended(next);
        return CompareAndSet.done(true);
      }
      return CompareAndSet.again();
    });
  }
}
