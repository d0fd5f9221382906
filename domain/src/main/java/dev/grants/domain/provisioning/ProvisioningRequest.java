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
    return new InProgress(requestId, permissionSet, account, createdDate, deadline, definitionVersion, accounts);
  }

  /**
   * Work under way: the accounts it is for, and the answers so far. The accounts are kept once, in order, and
   * the answers in a persistent map, so that each answer costs O(log n), not a copy of every account: a
   * fan-out to n accounts is linear in n.
   */
  final class InProgress implements ProvisioningRequest {
    private final String requestId;
    private final PermissionSetArn permissionSet;
    private final AccountId account;
    private final Instant createdDate;
    private final Instant deadline;
    private final long definitionVersion;
    private final List<AccountId> accounts;
    private final io.vavr.collection.Map<AccountId, Answer> answers;

    /** One account's answer, in the order answers came. */
    private record Answer(int order, @Nullable String failure) {}

    /**
     * Work under way with no answer yet.
     *
     * @param requestId the request id
     * @param permissionSet the permission set
     * @param account the single account, or {@code null} for a fan-out
     * @param createdDate when it was made
     * @param deadline when it fails if it has not finished
     * @param definitionVersion the permission set's definition version being provisioned
     * @param accounts the accounts it is for, each once, at least one
     */
    public InProgress(String requestId, PermissionSetArn permissionSet, @Nullable AccountId account,
        Instant createdDate, Instant deadline, long definitionVersion, List<AccountId> accounts) {
      this(requestId, permissionSet, account, createdDate.truncatedTo(ChronoUnit.MILLIS), deadline,
          definitionVersion, List.copyOf(new java.util.LinkedHashSet<>(accounts)), io.vavr.collection.HashMap.empty());
      if (this.accounts.isEmpty()) {
        throw new IllegalArgumentException("work in progress has an account pending");
      }
    }

    private InProgress(String requestId, PermissionSetArn permissionSet, AccountId account, Instant createdDate,
        Instant deadline, long definitionVersion, List<AccountId> accounts,
        io.vavr.collection.Map<AccountId, Answer> answers) {
      this.requestId = Objects.requireNonNull(requestId, "requestId");
      this.permissionSet = Objects.requireNonNull(permissionSet, "permissionSet");
      this.account = account;
      this.createdDate = Objects.requireNonNull(createdDate, "createdDate");
      this.deadline = Objects.requireNonNull(deadline, "deadline");
      this.definitionVersion = definitionVersion;
      this.accounts = accounts;
      this.answers = answers;
    }

    @Override
    public String requestId() {
      return requestId;
    }

    @Override
    public PermissionSetArn permissionSet() {
      return permissionSet;
    }

    @Override
    public @Nullable AccountId account() {
      return account;
    }

    @Override
    public Instant createdDate() {
      return createdDate;
    }

    /** When it fails if it has not finished. */
    public Instant deadline() {
      return deadline;
    }

    /** The permission set's definition version being provisioned. */
    public long definitionVersion() {
      return definitionVersion;
    }

    /** The accounts with no answer yet, in the request's order. */
    public List<AccountId> pending() {
      return accounts.stream().filter(candidate -> !answers.containsKey(candidate)).toList();
    }

    /** The accounts that succeeded, in order of answer. */
    public List<AccountId> succeeded() {
      return inAnswerOrder().stream().filter(entry -> entry._2.failure() == null).map(io.vavr.Tuple2::_1).toList();
    }

    /** The accounts that failed, with their reasons, in order of answer. */
    public Map<AccountId, String> failures() {
      Map<AccountId, String> failed = new LinkedHashMap<>();
      inAnswerOrder().stream().filter(entry -> entry._2.failure() != null)
          .forEach(entry -> failed.put(entry._1, entry._2.failure()));
      return java.util.Collections.unmodifiableMap(failed);
    }

    private List<io.vavr.Tuple2<AccountId, Answer>> inAnswerOrder() {
      List<io.vavr.Tuple2<AccountId, Answer>> ordered = new ArrayList<>(answers.toJavaList());
      ordered.sort(java.util.Comparator.comparingInt(entry -> entry._2.order()));
      return ordered;
    }

    @Override
    public InstanceArn instance() {
      return permissionSet.instance();
    }

    @Override
    public ProvisioningStatus status() {
      return ProvisioningStatus.IN_PROGRESS;
    }

    /** Whether {@code candidate} is one of this request's accounts and has no answer yet. */
    public boolean isPending(AccountId candidate) {
      return !answers.containsKey(candidate) && (accounts.size() == 1 ? accounts.get(0).equals(candidate)
          : accountSet().contains(candidate));
    }

    private java.util.Set<AccountId> accountSetCache;

    private java.util.Set<AccountId> accountSet() {
      java.util.Set<AccountId> set = accountSetCache;
      if (set == null) {
        set = java.util.Set.copyOf(accounts);
        accountSetCache = set;
      }
      return set;
    }

    /**
     * The request after {@code answered} succeeded: still in progress while others are pending, then
     * {@link Succeeded} or {@link Failed}. An answer for an account that is not pending changes nothing.
     */
    public ProvisioningRequest accountSucceeded(AccountId answered) {
      return isPending(answered) ? next(answered, null) : this;
    }

    /**
     * The request after {@code answered} failed with {@code reason}: still in progress while others are
     * pending, then {@link Failed}. An answer for an account that is not pending changes nothing.
     */
    public ProvisioningRequest accountFailed(AccountId answered, String reason) {
      Objects.requireNonNull(reason, "reason");
      return isPending(answered) ? next(answered, reason) : this;
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
      // The window as configured: the created date is kept to the millisecond, so is the window.
      Duration allowed = Duration.between(createdDate, deadline.truncatedTo(ChronoUnit.MILLIS));
      List<AccountId> stillPending = pending();
      Map<AccountId, String> failed = failures();
      String reason = "Provisioning did not complete within " + allowed + ": no answer for account"
          + (stillPending.size() == 1 ? " " : "s ") + join(stillPending)
          + (failed.isEmpty() ? "" : "; " + failureText(failed));
      return new Failed(requestId, permissionSet, account, createdDate, reason);
    }

    private ProvisioningRequest next(AccountId answered, @Nullable String failure) {
      io.vavr.collection.Map<AccountId, Answer> more = answers.put(answered, new Answer(answers.size(), failure));
      if (more.size() < accounts.size()) {
        InProgress next = new InProgress(requestId, permissionSet, account, createdDate, deadline, definitionVersion,
            accounts, more);
        next.accountSetCache = accountSetCache;
        return next;
      }
      InProgress done = new InProgress(requestId, permissionSet, account, createdDate, deadline, definitionVersion,
          accounts, more);
      Map<AccountId, String> failed = done.failures();
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

    @Override
    public boolean equals(Object other) {
      return other instanceof InProgress that
          && requestId.equals(that.requestId)
          && permissionSet.equals(that.permissionSet)
          && Objects.equals(account, that.account)
          && createdDate.equals(that.createdDate)
          && deadline.equals(that.deadline)
          && definitionVersion == that.definitionVersion
          && accounts.equals(that.accounts)
          && answers.equals(that.answers);
    }

    @Override
    public int hashCode() {
      return Objects.hash(requestId, answers.size(), deadline);
    }

    @Override
    public String toString() {
      return "InProgress[" + requestId + ' ' + permissionSet + " pending=" + (accounts.size() - answers.size())
          + " of " + accounts.size() + ']';
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
