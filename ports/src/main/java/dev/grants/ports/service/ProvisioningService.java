package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisionedAccount;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningRules;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.DescribePermissionSetProvisioningStatusCommand;
import dev.grants.ports.in.ListAccountsForProvisionedPermissionSetCommand;
import dev.grants.ports.in.ListPermissionSetProvisioningStatusCommand;
import dev.grants.ports.in.ListPermissionSetsProvisionedToAccountCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.PermissionSetProvisioning;
import dev.grants.ports.in.ProvisionPermissionSetCommand;
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
 * {@link PermissionSetProvisioning} on the outbound ports, and the {@link ProvisioningCallback} its gateway
 * answers through. Deadlines are enforced when a request is looked at: any read of a request in progress past its
 * deadline first fails it, so no one ever sees a request IN_PROGRESS after its deadline, and no timer is needed.
 *
 * <p>Work is leased: a request this instance starts is its work (its gateway's) under a lease of {@code lease};
 * {@link #recover()} extends the leases it holds and takes over, for its own gateway, the work whose lease lapsed
 * (an instance that stopped), so that every account is handed to some gateway at least once while the request is
 * in progress. Built by {@link Grants}; thread-safe when its ports are.
 */
public final class ProvisioningService implements PermissionSetProvisioning, ProvisioningCallback {
  static final String AWS_ACCOUNT = "AWS_ACCOUNT";
  private static final String PERMISSION_SET_DELETED = "The permission set was deleted";

  private final PermissionSetRepository directory;
  private final ProvisioningRequestRepository requests;
  private final ProvisioningGateway gateway;
  private final IdGenerator ids;
  private final Clock clock;
  private final Duration deadline;
  private final SignedPageTokens tokens;
  private final int maxAttempts;
  private final Announcer announcer;
  private final String owner;
  private final Duration lease;

  ProvisioningService(PermissionSetRepository directory, ProvisioningRequestRepository requests,
      ProvisioningGateway gateway, IdGenerator ids, Clock clock, Duration deadline, SignedPageTokens tokens,
      int maxAttempts, Announcer announcer, String owner, Duration lease) {
    this.directory = directory;
    this.requests = requests;
    this.gateway = gateway;
    this.ids = ids;
    this.clock = clock;
    this.deadline = deadline;
    this.tokens = tokens;
    this.maxAttempts = maxAttempts;
    this.announcer = announcer;
    this.owner = owner;
    this.lease = lease;
  }

  // --- PermissionSetProvisioning ----------------------------------------------------------------------------

  @Override
  public Either<GrantsError, ProvisioningRequest> provision(ProvisionPermissionSetCommand command) {
    return PortFailures.contained(() -> provisionOrThrow(command));
  }

  private Either<GrantsError, ProvisioningRequest> provisionOrThrow(ProvisionPermissionSetCommand command) {
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
        .flatMap(valid -> permissionSet(command.context(), command.instanceArn(), command.permissionSetArn(), List.of(),
            "sso:ProvisionPermissionSet"))
        .flatMap(set -> start(set, single ? AccountId.of(command.targetId()) : null));
  }

  private Either<GrantsError, ProvisioningRequest> start(PermissionSet set, AccountId account) {
    for (int attempt = 0; attempt < maxAttempts; attempt++) {
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
        ended(request);
        List<AccountId> mine = leased(request, accounts, now);
        // Whatever keeps the work from reaching the gateway fails the request now: nobody would ever answer it.
        PortFailures.repairing(() -> dispatch(set, request, mine),
            () -> abandon(request.requestId(), "The request could not be handed to the provisioning gateway"));
        return Either.right(observe(requests.find(request.requestId()).getOrElse(request)));
      }
      ProvisioningRequest running = observe(started.getLeft());
      if (running.status() == ProvisioningStatus.IN_PROGRESS) {
        return Either.left(new GrantsError.ProvisioningInProgress(set.arn(), running.requestId()));
      }
      // It ended (its deadline passed) while we looked: try again.
    }
    return Either.left(new GrantsError.ConcurrentModification(
        dev.grants.domain.principal.Arn.parse(set.arn().toString()).get(), maxAttempts));
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

  /** Fails every account of request {@code requestId} still pending, for {@code reason}; nothing if it ended. */
  void abandon(String requestId, String reason) {
    Option<ProvisioningRequest> found = requests.find(requestId);
    if (found.isDefined() && observe(found.get()) instanceof ProvisioningRequest.InProgress running) {
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

  @Override
  public Either<GrantsError, ProvisioningRequest> describeStatus(
      DescribePermissionSetProvisioningStatusCommand command) {
    return PortFailures.contained(() -> describeStatusOrThrow(command));
  }

  private Either<GrantsError, ProvisioningRequest> describeStatusOrThrow(
      DescribePermissionSetProvisioningStatusCommand command) {
    List<Violation> found = new ArrayList<>();
    found.addAll(ProvisioningRules.INSTANCE_ARN.check(command.instanceArn()));
    found.addAll(ProvisioningRules.REQUEST_ID.check(command.provisionPermissionSetRequestId()));
    return Requests.violations(found)
        .flatMap(valid -> ownedInstance(command.context(), command.instanceArn(),
            "sso:DescribePermissionSetProvisioningStatus"))
        .flatMap(instance -> requests.find(command.provisionPermissionSetRequestId())
            .filter(request -> request.instance().equals(instance.arn()))
            .map(this::observe)
            .toEither(() -> new GrantsError.ProvisioningRequestNotFound(
                instance.arn(), command.provisionPermissionSetRequestId())));
  }

  @Override
  public Either<GrantsError, Page<ProvisioningRequest>> listStatus(ListPermissionSetProvisioningStatusCommand command) {
    return PortFailures.contained(() -> listStatusOrThrow(command));
  }

  private Either<GrantsError, Page<ProvisioningRequest>> listStatusOrThrow(
      ListPermissionSetProvisioningStatusCommand command) {
    List<Violation> found = new ArrayList<>();
    found.addAll(ProvisioningRules.INSTANCE_ARN.check(command.instanceArn()));
    found.addAll(ProvisioningRules.paging(command.maxResults(), command.nextToken()));
    found.addAll(ProvisioningRules.FILTER_STATUS.check(command.filterStatus()));
    return Requests.violations(found)
        .flatMap(valid -> ownedInstance(command.context(), command.instanceArn(),
            "sso:ListPermissionSetProvisioningStatus"))
        .flatMap(instance -> {
          List<ProvisioningRequest> all = requests.requestsOf(instance.arn()).stream().map(this::observe)
              .filter(request -> command.filterStatus() == null
                  || request.status().name().equals(command.filterStatus()))
              .toList();
          return tokens.page("status|" + instance.arn() + '|' + command.filterStatus(), all, command.maxResults(),
              command.nextToken());
        });
  }

  @Override
  public Either<GrantsError, Page<String>> listAccounts(ListAccountsForProvisionedPermissionSetCommand command) {
    return PortFailures.contained(() -> listAccountsOrThrow(command));
  }

  private Either<GrantsError, Page<String>> listAccountsOrThrow(
      ListAccountsForProvisionedPermissionSetCommand command) {
    List<Violation> found = new ArrayList<>();
    found.addAll(ProvisioningRules.PROVISIONING_STATUS.check(command.provisioningStatus()));
    found.addAll(ProvisioningRules.paging(command.maxResults(), command.nextToken()));
    return permissionSet(command.context(), command.instanceArn(), command.permissionSetArn(), found,
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

  @Override
  public Either<GrantsError, Page<String>> listPermissionSets(ListPermissionSetsProvisionedToAccountCommand command) {
    return PortFailures.contained(() -> listPermissionSetsOrThrow(command));
  }

  private Either<GrantsError, Page<String>> listPermissionSetsOrThrow(
      ListPermissionSetsProvisionedToAccountCommand command) {
    List<Violation> found = new ArrayList<>();
    found.addAll(ProvisioningRules.INSTANCE_ARN.check(command.instanceArn()));
    found.addAll(ProvisioningRules.ACCOUNT_ID.check(command.accountId()));
    found.addAll(ProvisioningRules.PROVISIONING_STATUS.check(command.provisioningStatus()));
    found.addAll(ProvisioningRules.paging(command.maxResults(), command.nextToken()));
    return Requests.violations(found)
        .flatMap(valid -> ownedInstance(command.context(), command.instanceArn(),
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
    for (int attempt = 0; attempt < maxAttempts; attempt++) {
      Option<ProvisioningRequest> found = requests.find(requestId);
      if (found.isEmpty() || !(observe(found.get()) instanceof ProvisioningRequest.InProgress running)
          || !running.isPending(account)) {
        return;
      }
      if (reason == null) {
        // The account has the definition now, whatever happens to the request; record it first.
        directory.recordProvisioned(running.permissionSet(), account, running.definitionVersion());
      }
      ProvisioningRequest next = reason == null ? running.accountSucceeded(account) : running.accountFailed(account, reason);
      if (requests.replace(running, next)) {
        ended(next);
        return;
      }
    }
  }

  /** Announces {@code request}'s end, if it has ended: called once, by whoever committed the ending. */
  private void ended(ProvisioningRequest request) {
    if (request instanceof ProvisioningRequest.Succeeded succeeded) {
      announcer.announce(new GrantsEvent.ProvisioningSucceeded(succeeded.requestId(), succeeded.permissionSet()));
    } else if (request instanceof ProvisioningRequest.Failed failed) {
      announcer.announce(new GrantsEvent.ProvisioningFailed(failed.requestId(), failed.permissionSet(), failed.reason()));
    }
  }

  // --- shared with PermissionSetService ---------------------------------------------------------------------

  /** {@code request} as it stands now: a request in progress past its deadline is failed (and stored so). */
  ProvisioningRequest observe(ProvisioningRequest request) {
    ProvisioningRequest current = request;
    for (int attempt = 0; attempt < maxAttempts; attempt++) {
      if (!(current instanceof ProvisioningRequest.InProgress running) || !running.isOverdue(clock.instant())) {
        return current;
      }
      ProvisioningRequest expired = running.expireAt(clock.instant());
      if (requests.replace(running, expired)) {
        ended(expired);
        return expired;
      }
      current = requests.find(running.requestId()).getOrElse(expired);
    }
    return current;
  }

  /** Right when no provisioning of {@code set} is in progress. */
  Either<GrantsError, Boolean> idle(PermissionSetArn set) {
    Option<ProvisioningRequest> running = requests.inProgress(set).map(this::observe)
        .filter(request -> request.status() == ProvisioningStatus.IN_PROGRESS);
    return running.isEmpty()
        ? Either.right(true)
        : Either.left(new GrantsError.ProvisioningInProgress(set, running.get().requestId()));
  }

  /**
   * The caller's instance {@code raw}, after its model constraints are checked. An instance belongs to the account
   * that created it (its ARN names no account): another account's instance is refused {@code action}
   * (AccessDenied), for reads as for changes; an instance no account has is not found.
   */
  Either<GrantsError, Instance> ownedInstance(CallContext context, String raw, String action) {
    return Requests.violations(ProvisioningRules.INSTANCE_ARN.check(raw)).flatMap(valid -> {
      InstanceArn arn = InstanceArn.parse(raw).get();
      return directory.findInstance(arn)
          .toEither(() -> (GrantsError) new GrantsError.InstanceNotFound(arn))
          .flatMap(instance -> AccountBoundary.owned(context, instance.owner(), Arn.parse(arn.toString()).get(),
              action, () -> Either.right(instance)));
    });
  }

  /**
   * The permission set {@code rawSet} of the caller's instance {@code rawInstance}: model constraints of both and
   * of {@code more} first (every violation), then the instance, then the permission set.
   */
  Either<GrantsError, PermissionSet> permissionSet(
      CallContext context, String rawInstance, String rawSet, List<Violation> more, String action) {
    List<Violation> found = new ArrayList<>();
    found.addAll(ProvisioningRules.INSTANCE_ARN.check(rawInstance));
    found.addAll(ProvisioningRules.PERMISSION_SET_ARN.check(rawSet));
    found.addAll(more);
    return Requests.violations(found)
        .flatMap(valid -> ownedInstance(context, rawInstance, action))
        .flatMap(instance -> {
          PermissionSetArn arn = PermissionSetArn.parse(rawSet).get();
          return directory.findPermissionSet(arn)
              .filter(set -> set.arn().instance().equals(instance.arn()))
              .toEither(() -> new GrantsError.PermissionSetNotFound(arn));
        });
  }

  /** How many accounts one take-over claims at a time, and how many rounds one recovery makes at most. */
  private static final int TAKE_OVER_BATCH = 500;
  private static final int TAKE_OVER_ROUNDS = 100;

  /**
   * One run of recovery, safe on any number of instances at once: extends the leases this instance holds, fails
   * the requests past their deadline, and takes over the work whose lease lapsed (an instance that stopped, or one
   * that could not lease it): hands it to this instance's gateway, unless its permission set was deleted or its
   * definition changed meanwhile, which fails it.
   */
  Either<GrantsError, ProvisioningRecovery> recover() {
    return PortFailures.contained(() -> Either.right(recoverOrThrow()));
  }

  private ProvisioningRecovery recoverOrThrow() {
    Instant now = clock.instant();
    Instant until = now.plus(lease);
    int renewed = requests.renew(owner, until);
    int expired = 0;
    for (ProvisioningRequest stored : requests.allInProgress()) {
      if (!(observe(stored) instanceof ProvisioningRequest.InProgress)) {
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
        if (found.isEmpty() || !(observe(found.get()) instanceof ProvisioningRequest.InProgress running)) {
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

  private void dispatchOne(PermissionSet set, String requestId, AccountId target) {
    try {
      gateway.provision(new ProvisioningWork(requestId, set, target), this);
    } catch (RuntimeException refused) {
      // The failure reason is on the wire: what the gateway threw is internal detail and stays out of it.
      failed(requestId, target, "The provisioning gateway did not take the work");
    }
  }
}
