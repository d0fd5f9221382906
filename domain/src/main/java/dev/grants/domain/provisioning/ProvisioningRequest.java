package dev.grants.domain.provisioning;

import dev.grants.domain.Nullable;
import dev.grants.domain.principal.AccountId;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A request to provision a permission set, one type per state: {@link InProgress} moves once to
 * {@link Succeeded} or to {@link Failed} with a reason; the terminal states have no transitions. A request names
 * one account ({@code AWS_ACCOUNT}) or fans out to every account the permission set was provisioned to
 * ({@code ALL_PROVISIONED_ACCOUNTS}); it succeeds when every account did, fails when any failed (the reason names
 * them all) or when no answer came for some account by its deadline.
 *
 * <pre>{@code
 * ProvisioningRequest started = ProvisioningRequest.start(id, instance, set, version, List.of(account),
 *     account, now, deadline);
 * if (started instanceof ProvisioningRequest.InProgress running) {
 *   ProvisioningRequest next = running.accountSucceeded(account); // Succeeded
 * }
 * }</pre>
 */
public sealed interface ProvisioningRequest {

  /** The request id, a lowercase UUID. */
  String requestId();

  /** The instance it was made in. */
  InstanceArn instance();

  /** The permission set being provisioned. */
  PermissionSetArn permissionSet();

  /** The account, for an {@code AWS_ACCOUNT} request; {@code null} for {@code ALL_PROVISIONED_ACCOUNTS}. */
  @Nullable
  AccountId account();

  /** When the request was made. */
  Instant createdDate();

  /** The status. */
  ProvisioningStatus status();

  /** Why it failed; none unless {@link Failed}. */
  default Option<String> failureReason() {
    return this instanceof Failed failed ? Option.some(failed.reason()) : Option.none();
  }

  /**
   * A new request: {@link InProgress} with every account of {@code accounts} pending, or at once
   * {@link Succeeded} when there is no account to provision (an {@code ALL_PROVISIONED_ACCOUNTS} request for a
   * permission set provisioned nowhere).
   *
   * @param account the single account of an {@code AWS_ACCOUNT} request, {@code null} for a fan-out
   */
  static ProvisioningRequest start(
      String requestId, PermissionSetArn permissionSet, long definitionVersion, List<AccountId> accounts,
      @Nullable AccountId account, Instant createdDate, Instant deadline) {
    if (accounts.isEmpty()) {
      return new Succeeded(requestId, permissionSet, account, createdDate);
    }
    return new InProgress(requestId, permissionSet, account, createdDate, deadline, definitionVersion,
        accounts, List.of(), Map.of());
  }

  /**
   * Work under way: accounts still pending, those that succeeded, and the failures so far.
   *
   * @param requestId the request id
   * @param permissionSet the permission set
   * @param account the single account, or {@code null} for a fan-out
   * @param createdDate when it was made
   * @param deadline when it fails if it has not finished
   * @param definitionVersion the permission set's definition version being provisioned
   * @param pending the accounts with no answer yet, in order
   * @param succeeded the accounts that succeeded, in order of answer
   * @param failures the accounts that failed, with their reasons, in order of answer
   */
  record InProgress(
      String requestId, PermissionSetArn permissionSet, @Nullable AccountId account, Instant createdDate,
      Instant deadline, long definitionVersion, List<AccountId> pending, List<AccountId> succeeded,
      Map<AccountId, String> failures) implements ProvisioningRequest {

    /** Checks the parts and copies the collections. */
    public InProgress {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(permissionSet, "permissionSet");
      createdDate = Objects.requireNonNull(createdDate, "createdDate").truncatedTo(ChronoUnit.MILLIS);
      Objects.requireNonNull(deadline, "deadline");
      pending = List.copyOf(pending);
      succeeded = List.copyOf(succeeded);
      failures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failures));
      if (pending.isEmpty()) {
        throw new IllegalArgumentException("work in progress has an account pending");
      }
    }

    @Override
    public InstanceArn instance() {
      return permissionSet.instance();
    }

    @Override
    public ProvisioningStatus status() {
      return ProvisioningStatus.IN_PROGRESS;
    }

    /** Whether {@code candidate} has no answer yet. */
    public boolean isPending(AccountId candidate) {
      return pending.contains(candidate);
    }

    /**
     * The request after {@code answered} succeeded: still in progress while others are pending, then
     * {@link Succeeded} or {@link Failed}. An answer for an account that is not pending changes nothing.
     */
    public ProvisioningRequest accountSucceeded(AccountId answered) {
      if (!isPending(answered)) {
        return this;
      }
      List<AccountId> done = new ArrayList<>(succeeded);
      done.add(answered);
      return next(without(answered), done, failures);
    }

    /**
     * The request after {@code answered} failed with {@code reason}: still in progress while others are
     * pending, then {@link Failed}. An answer for an account that is not pending changes nothing.
     */
    public ProvisioningRequest accountFailed(AccountId answered, String reason) {
      if (!isPending(answered)) {
        return this;
      }
      Map<AccountId, String> failed = new LinkedHashMap<>(failures);
      failed.put(answered, Objects.requireNonNull(reason, "reason"));
      return next(without(answered), succeeded, failed);
    }

    /** Whether the deadline has passed at {@code now}. */
    public boolean isOverdue(Instant now) {
      return !now.isBefore(deadline);
    }

    /** {@link Failed} if the deadline has passed at {@code now}, this otherwise. */
    public ProvisioningRequest expireAt(Instant now) {
      if (!isOverdue(now)) {
        return this;
      }
      // The created date is kept to the millisecond, the deadline as given: name the window at that precision.
      Duration allowed = Duration.between(createdDate, deadline).truncatedTo(ChronoUnit.MILLIS);
      String reason = "Provisioning did not complete within " + allowed + ": no answer for account"
          + (pending.size() == 1 ? " " : "s ") + join(pending)
          + (failures.isEmpty() ? "" : "; " + failureText(failures));
      return new Failed(requestId, permissionSet, account, createdDate, reason);
    }

    private List<AccountId> without(AccountId answered) {
      List<AccountId> rest = new ArrayList<>(pending);
      rest.remove(answered);
      return rest;
    }

    private ProvisioningRequest next(
        List<AccountId> stillPending, List<AccountId> done, Map<AccountId, String> failed) {
      if (!stillPending.isEmpty()) {
        return new InProgress(requestId, permissionSet, account, createdDate, deadline, definitionVersion,
            stillPending, done, failed);
      }
      if (failed.isEmpty()) {
        return new Succeeded(requestId, permissionSet, account, createdDate);
      }
      String reason = account != null && failed.size() == 1 && failed.containsKey(account)
          ? failed.get(account)
          : failureText(failed);
      return new Failed(requestId, permissionSet, account, createdDate, reason);
    }

    private static String failureText(Map<AccountId, String> failed) {
      return "Provisioning failed for account" + (failed.size() == 1 ? " " : "s ")
          + failed.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
              .collect(Collectors.joining(", "));
    }

    private static String join(List<AccountId> accounts) {
      return accounts.stream().map(AccountId::value).collect(Collectors.joining(", "));
    }
  }

  /**
   * Every account was provisioned. Terminal.
   *
   * @param requestId the request id
   * @param permissionSet the permission set
   * @param account the single account, or {@code null} for a fan-out
   * @param createdDate when it was made
   */
  record Succeeded(String requestId, PermissionSetArn permissionSet, @Nullable AccountId account, Instant createdDate)
      implements ProvisioningRequest {
    /** Checks the parts. */
    public Succeeded {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(permissionSet, "permissionSet");
      createdDate = Objects.requireNonNull(createdDate, "createdDate").truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public InstanceArn instance() {
      return permissionSet.instance();
    }

    @Override
    public ProvisioningStatus status() {
      return ProvisioningStatus.SUCCEEDED;
    }
  }

  /**
   * Some account failed, or no answer came by the deadline. Terminal.
   *
   * @param requestId the request id
   * @param permissionSet the permission set
   * @param account the single account, or {@code null} for a fan-out
   * @param createdDate when it was made
   * @param reason why, naming the accounts
   */
  record Failed(
      String requestId, PermissionSetArn permissionSet, @Nullable AccountId account, Instant createdDate,
      String reason) implements ProvisioningRequest {
    /** Checks the parts. */
    public Failed {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(permissionSet, "permissionSet");
      createdDate = Objects.requireNonNull(createdDate, "createdDate").truncatedTo(ChronoUnit.MILLIS);
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public InstanceArn instance() {
      return permissionSet.instance();
    }

    @Override
    public ProvisioningStatus status() {
      return ProvisioningStatus.FAILED;
    }
  }
}
