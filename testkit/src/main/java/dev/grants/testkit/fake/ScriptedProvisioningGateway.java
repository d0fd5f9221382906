package dev.grants.testkit.fake;

import dev.grants.domain.principal.AccountId;
import dev.grants.ports.out.ProvisioningCallback;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.out.ProvisioningWork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A deterministic {@link ProvisioningGateway} for tests: it records every {@link ProvisioningWork} it is given,
 * with the callback to answer through, and answers only when the test says so, on the test's thread. An
 * auto-answer mode makes it answer at once instead: every account succeeds, but those scripted to fail.
 *
 * <pre>{@code
 * ScriptedProvisioningGateway gateway = new ScriptedProvisioningGateway(); // holds every work
 * Grants grants = Grants.builder()...provisioningGateway(gateway).build();
 * grants.permissionSetProvisioning().provision(command);      // IN_PROGRESS
 * gateway.pending();                                          // the one work it was given
 * gateway.fail("111122223333", "Account is suspended");       // the request is FAILED now
 *
 * gateway.answerAtOnce().failAtOnce("444455556666", "Quota exceeded"); // from now on
 * }</pre>
 *
 * <p>Thread-safe: work may arrive and be answered from any thread. Answers are given outside the gateway's
 * lock, so a callback may call the gateway again.
 */
public final class ScriptedProvisioningGateway implements ProvisioningGateway {

  /**
   * What the gateway does with work when it arrives.
   *
   * <pre>{@code
   * gateway.answerAtOnce();
   * gateway.mode(); // Mode.ANSWER_AT_ONCE
   * }</pre>
   */
  public enum Mode {
    /** Records the work and answers nothing until the test says so (the default). */
    HOLD,
    /** Answers at once: success, or failure for the accounts scripted with {@link #failAtOnce}. */
    ANSWER_AT_ONCE,
    /** Throws from {@link #provision}, as a gateway that refuses work (the work is still recorded). */
    REFUSE
  }

  private final List<Job> received = new ArrayList<>();
  private final Map<AccountId, String> failing = new HashMap<>();
  private Mode mode = Mode.HOLD;

  /** A gateway that holds every work until told to answer. */
  public ScriptedProvisioningGateway() {}

  /**
   * One work the gateway was given, and the callback to answer it through. {@link #succeed()} and
   * {@link #fail(String)} answer it (again, if it was answered before: for testing late and repeated answers).
   *
   * <pre>{@code
   * Job job = gateway.received().get(0);
   * job.work().account();   // the account
   * job.succeed();          // answers through the callback it came with
   * }</pre>
   *
   * <p>Thread-safe.
   */
  public static final class Job {
    private final ProvisioningWork work;
    private final ProvisioningCallback callback;
    private volatile boolean answered;

    Job(ProvisioningWork work, ProvisioningCallback callback) {
      this.work = work;
      this.callback = callback;
    }

    /** The work. */
    public ProvisioningWork work() {
      return work;
    }

    /** The callback it came with. */
    public ProvisioningCallback callback() {
      return callback;
    }

    /** The request it belongs to. */
    public String requestId() {
      return work.requestId();
    }

    /** The account it is for, as 12 digits. */
    public String account() {
      return work.account().value();
    }

    /** Whether this gateway answered it (at least once). */
    public boolean answered() {
      return answered;
    }

    /** Answers that the account's share succeeded. */
    public void succeed() {
      answered = true;
      callback.succeeded(work.requestId(), work.account());
    }

    /** Answers that the account's share failed, for {@code reason}. */
    public void fail(String reason) {
      answered = true;
      callback.failed(work.requestId(), work.account(), reason);
    }

    @Override
    public String toString() {
      return "Job[" + work.requestId() + ", " + work.account() + ", version "
          + work.permissionSet().definitionVersion() + (answered ? ", answered]" : "]");
    }
  }

  @Override
  public void provision(ProvisioningWork work, ProvisioningCallback callback) {
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(callback, "callback");
    Job job = new Job(work, callback);
    Mode now;
    String reason;
    synchronized (this) {
      received.add(job);
      now = mode;
      reason = failing.get(work.account());
    }
    if (now == Mode.REFUSE) {
      throw new IllegalStateException("the scripted gateway refuses work");
    }
    if (now == Mode.ANSWER_AT_ONCE) {
      if (reason == null) {
        job.succeed();
      } else {
        job.fail(reason);
      }
    }
  }

  // --- modes --------------------------------------------------------------------------------------------

  /** From now on, records work and answers nothing until told (the default). */
  public synchronized ScriptedProvisioningGateway hold() {
    mode = Mode.HOLD;
    return this;
  }

  /** From now on, answers every work at once: success, or failure for the accounts given to {@link #failAtOnce}. */
  public synchronized ScriptedProvisioningGateway answerAtOnce() {
    mode = Mode.ANSWER_AT_ONCE;
    return this;
  }

  /** From now on, throws from {@link #provision} (a gateway that refuses work). */
  public synchronized ScriptedProvisioningGateway refuse() {
    mode = Mode.REFUSE;
    return this;
  }

  /** In {@link Mode#ANSWER_AT_ONCE}, from now on, work for {@code account} fails at once with {@code reason}. */
  public synchronized ScriptedProvisioningGateway failAtOnce(String account, String reason) {
    failing.put(AccountId.of(account), Objects.requireNonNull(reason, "reason"));
    return this;
  }

  /** The current mode. */
  public synchronized Mode mode() {
    return mode;
  }

  // --- what it was given ------------------------------------------------------------------------------

  /** Every work given so far, in order of arrival. */
  public synchronized List<Job> received() {
    return List.copyOf(received);
  }

  /** The works given so far that this gateway has not answered, in order of arrival. */
  public synchronized List<Job> pending() {
    return received.stream().filter(job -> !job.answered()).toList();
  }

  /** The works given so far for request {@code requestId}, in order of arrival. */
  public synchronized List<Job> receivedFor(String requestId) {
    return received.stream().filter(job -> job.requestId().equals(requestId)).toList();
  }

  // --- answering ----------------------------------------------------------------------------------------

  /** Answers success for every unanswered work of {@code account}; returns how many it answered. */
  public int succeed(String account) {
    List<Job> jobs = take(job -> job.account().equals(account));
    jobs.forEach(Job::succeed);
    return jobs.size();
  }

  /** Answers failure for every unanswered work of {@code account}; returns how many it answered. */
  public int fail(String account, String reason) {
    List<Job> jobs = take(job -> job.account().equals(account));
    jobs.forEach(job -> job.fail(reason));
    return jobs.size();
  }

  /** Answers success for every unanswered work; returns how many it answered. */
  public int succeedAll() {
    List<Job> jobs = take(job -> true);
    jobs.forEach(Job::succeed);
    return jobs.size();
  }

  /** Answers failure for every unanswered work; returns how many it answered. */
  public int failAll(String reason) {
    List<Job> jobs = take(job -> true);
    jobs.forEach(job -> job.fail(reason));
    return jobs.size();
  }

  /** The unanswered jobs that {@code which} selects, marked answered under the lock so no two callers take one. */
  private List<Job> take(Predicate<Job> which) {
    synchronized (this) {
      List<Job> taken = new ArrayList<>();
      for (Job job : received) {
        if (!job.answered && which.test(job)) {
          job.answered = true;
          taken.add(job);
        }
      }
      return taken;
    }
  }
}
