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
   * One account's answer to a request in progress: it succeeded, or it failed for a reason.
   *
   * @param account the account
   * @param failureReason why it failed; {@code null} when it succeeded
   */
  record AccountAnswer(AccountId account, @Nullable String failureReason) {
    /** Checks the account is present. */
    public AccountAnswer {
      Objects.requireNonNull(account, "account");
    }

    /** A success of {@code account}. */
    public static AccountAnswer succeeded(AccountId account) {
      return new AccountAnswer(account, null);
    }

    /** A failure of {@code account} for {@code reason}. */
    public static AccountAnswer failed(AccountId account, String reason) {
      return new AccountAnswer(account, Objects.requireNonNull(reason, "reason"));
    }

    /** Whether the account succeeded. */
    public boolean isSuccess() {
      return failureReason == null;
    }
  }

  /**
   * Work under way: the accounts it is for, and the answers so far. The accounts are kept once, in order, and
   * the answers in a persistent vector (in the order they came) beside a persistent set of the accounts that
   * answered, so that each answer costs O(log n), not a copy of every account: a fan-out to n accounts is linear
   * in n.
   */
  final class InProgress implements ProvisioningRequest {
    private final String requestId;
    private final PermissionSetArn permissionSet;
    private final AccountId account;
    private final Instant createdDate;
    private final Instant deadline;
    private final long definitionVersion;
    private final List<AccountId> accounts;
    private final io.vavr.collection.Vector<AccountAnswer> answers;
    private final io.vavr.collection.Set<AccountId> answered;

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
          definitionVersion, List.copyOf(new java.util.LinkedHashSet<>(accounts)), io.vavr.collection.Vector.empty(),
          io.vavr.collection.HashSet.empty());
      if (this.accounts.isEmpty()) {
        throw new IllegalArgumentException("work in progress has an account pending");
      }
    }

    private InProgress(String requestId, PermissionSetArn permissionSet, AccountId account, Instant createdDate,
        Instant deadline, long definitionVersion, List<AccountId> accounts,
        io.vavr.collection.Vector<AccountAnswer> answers, io.vavr.collection.Set<AccountId> answered) {
      this.requestId = Objects.requireNonNull(requestId, "requestId");
      this.permissionSet = Objects.requireNonNull(permissionSet, "permissionSet");
      this.account = account;
      this.createdDate = Objects.requireNonNull(createdDate, "createdDate");
      this.deadline = Objects.requireNonNull(deadline, "deadline");
      this.definitionVersion = definitionVersion;
      this.accounts = accounts;
      this.answers = answers;
      this.answered = answered;
    }

    /**
     * Work under way as a store reads it back: the request as it was made, with {@code answers} (in the order
     * they came) applied. Equal to the request that those answers, given in that order, made.
     *
     * <pre>{@code
     * InProgress read = InProgress.restore(id, set, null, created, deadline, 3, List.of(a, b),
     *     List.of(AccountAnswer.failed(a, "Account is suspended")));
     * }</pre>
     *
     * @throws IllegalArgumentException if an answer is for an account the request is not for or answers it twice,
     *     or if every account has answered (such a request is no longer in progress)
     */
    public static InProgress restore(String requestId, PermissionSetArn permissionSet, @Nullable AccountId account,
        Instant createdDate, Instant deadline, long definitionVersion, List<AccountId> accounts,
        List<AccountAnswer> answers) {
      InProgress restored = new InProgress(requestId, permissionSet, account, createdDate, deadline,
          definitionVersion, accounts);
      if (answers.size() >= restored.accounts.size()) {
        throw new IllegalArgumentException("a request in progress has an account pending");
      }
      io.vavr.collection.Vector<AccountAnswer> inOrder = io.vavr.collection.Vector.empty();
      io.vavr.collection.Set<AccountId> seen = io.vavr.collection.HashSet.empty();
      for (AccountAnswer answer : answers) {
        if (!restored.isPending(answer.account()) || seen.contains(answer.account())) {
          throw new IllegalArgumentException("no pending account " + answer.account() + " to answer");
        }
        inOrder = inOrder.append(answer);
        seen = seen.add(answer.account());
      }
      InProgress withAnswers = new InProgress(requestId, permissionSet, account, restored.createdDate, deadline,
          definitionVersion, restored.accounts, inOrder, seen);
      withAnswers.accountSetCache = restored.accountSetCache;
      return withAnswers;
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

    /** Every account it is for, each once, in the request's order; unmodifiable. */
    public List<AccountId> accounts() {
      return accounts;
    }

    /**
     * The answers so far, in the order they came; unmodifiable, and made in constant time (a view of the
     * persistent vector the request keeps).
     */
    public List<AccountAnswer> answers() {
      return answers.asJava();
    }

    /** The accounts with no answer yet, in the request's order. */
    public List<AccountId> pending() {
      return accounts.stream().filter(candidate -> !answered.contains(candidate)).toList();
    }

    /** The accounts that succeeded, in order of answer. */
    public List<AccountId> succeeded() {
      return answers.filter(AccountAnswer::isSuccess).map(AccountAnswer::account).asJava();
    }

    /** The accounts that failed, with their reasons, in order of answer. */
    public Map<AccountId, String> failures() {
      Map<AccountId, String> failed = new LinkedHashMap<>();
      answers.filter(answer -> !answer.isSuccess()).forEach(answer -> failed.put(answer.account(), answer.failureReason()));
      return java.util.Collections.unmodifiableMap(failed);
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
      return !answered.contains(candidate) && (accounts.size() == 1 ? accounts.get(0).equals(candidate)
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
      return isPending(answered) ? next(AccountAnswer.succeeded(answered)) : this;
    }

    /**
     * The request after {@code answered} failed with {@code reason}: still in progress while others are
     * pending, then {@link Failed}. An answer for an account that is not pending changes nothing.
     */
    public ProvisioningRequest accountFailed(AccountId answered, String reason) {
      Objects.requireNonNull(reason, "reason");
      return isPending(answered) ? next(AccountAnswer.failed(answered, reason)) : this;
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

    private ProvisioningRequest next(AccountAnswer answer) {
      io.vavr.collection.Vector<AccountAnswer> more = answers.append(answer);
      if (more.size() < accounts.size()) {
        InProgress next = new InProgress(requestId, permissionSet, account, createdDate, deadline, definitionVersion,
            accounts, more, answered.add(answer.account()));
        next.accountSetCache = accountSetCache;
        return next;
      }
      Map<AccountId, String> failed = new LinkedHashMap<>();
      more.filter(done -> !done.isSuccess()).forEach(done -> failed.put(done.account(), done.failureReason()));
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
