package dev.grants.adapters.memory;

import dev.grants.domain.principal.AccountId;
import dev.grants.ports.out.ProvisioningCallback;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.out.ProvisioningWork;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A provisioning gateway that does no real work and answers as scripted: succeed (at once or after a delay),
 * fail an account with a reason, or never answer. The script can change while requests run; each account's
 * outcome is read when its work arrives. Delayed answers come from one daemon thread.
 *
 * <pre>{@code
 * InMemoryProvisioningGateway gateway = InMemoryProvisioningGateway.answering(Outcome.succeedAfter(Duration.ofMillis(200)));
 * gateway.script("111122223333", Outcome.fail("Account is suspended"));
 * gateway.script("444455556666", Outcome.neverAnswer());
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class InMemoryProvisioningGateway implements ProvisioningGateway {
  private static final ScheduledExecutorService LATER = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "grants-provisioning-gateway");
    thread.setDaemon(true);
    return thread;
  });

  private final Map<AccountId, Outcome> scripted = new ConcurrentHashMap<>();
  private volatile Outcome byDefault;

  private InMemoryProvisioningGateway(Outcome byDefault) {
    this.byDefault = Objects.requireNonNull(byDefault, "byDefault");
  }

  /** A gateway that answers every account with {@code outcome} unless scripted otherwise. */
  public static InMemoryProvisioningGateway answering(Outcome outcome) {
    return new InMemoryProvisioningGateway(outcome);
  }

  /** The embedded default: every account succeeds 200 ms later, so a request is first seen IN_PROGRESS. */
  public static InMemoryProvisioningGateway embeddedDefault() {
    return answering(Outcome.succeedAfter(Duration.ofMillis(200)));
  }

  /** From now on, work for {@code account} gets {@code outcome}. */
  public InMemoryProvisioningGateway script(String account, Outcome outcome) {
    scripted.put(AccountId.of(account), Objects.requireNonNull(outcome, "outcome"));
    return this;
  }

  /** From now on, work for accounts not scripted gets {@code outcome}. */
  public InMemoryProvisioningGateway byDefault(Outcome outcome) {
    this.byDefault = Objects.requireNonNull(outcome, "outcome");
    return this;
  }

  /** Forgets every account's script. */
  public InMemoryProvisioningGateway reset() {
    scripted.clear();
    return this;
  }

  @Override
  public void provision(ProvisioningWork work, ProvisioningCallback callback) {
    Outcome outcome = scripted.getOrDefault(work.account(), byDefault);
    if (outcome.kind == Kind.NEVER) {
      return;
    }
    Runnable answer = outcome.kind == Kind.SUCCEED
        ? () -> callback.succeeded(work.requestId(), work.account())
        : () -> callback.failed(work.requestId(), work.account(), outcome.reason);
    if (outcome.delay.isZero()) {
      answer.run();
    } else {
      LATER.schedule(answer, outcome.delay.toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  private enum Kind { SUCCEED, FAIL, NEVER }

  /** What the gateway answers for an account. */
  public static final class Outcome {
    private final Kind kind;
    private final String reason;
    private final Duration delay;

    private Outcome(Kind kind, String reason, Duration delay) {
      this.kind = kind;
      this.reason = reason;
      this.delay = Objects.requireNonNull(delay, "delay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("a delay is not negative");
      }
    }

    /** Succeeds at once, on the caller's thread. */
    public static Outcome succeed() {
      return new Outcome(Kind.SUCCEED, null, Duration.ZERO);
    }

    /** Succeeds after {@code delay}. */
    public static Outcome succeedAfter(Duration delay) {
      return new Outcome(Kind.SUCCEED, null, delay);
    }

    /** Fails at once with {@code reason}. */
    public static Outcome fail(String reason) {
      return new Outcome(Kind.FAIL, Objects.requireNonNull(reason, "reason"), Duration.ZERO);
    }

    /** Fails with {@code reason} after {@code delay}. */
    public static Outcome failAfter(String reason, Duration delay) {
      return new Outcome(Kind.FAIL, Objects.requireNonNull(reason, "reason"), delay);
    }

    /** Never answers; the request fails at its deadline. */
    public static Outcome neverAnswer() {
      return new Outcome(Kind.NEVER, null, Duration.ZERO);
    }
  }
}
