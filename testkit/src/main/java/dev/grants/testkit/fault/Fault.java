package dev.grants.testkit.fault;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What goes wrong with one outbound call, once, when a {@link FaultPlan} arms it: the call fails before it has
 * any effect ({@link #failBefore()}; for a read, a read that throws), takes effect and then fails, so that the
 * caller cannot tell ({@link #failAfter()}), or blocks until the test releases it ({@link #stall(Duration)}).
 * Failures throw {@link InjectedFault}. A fault is used for one arming; make a new one for the next.
 *
 * <pre>{@code
 * FaultPlan plan = new FaultPlan();
 * plan.arm(OutboundCall.LAYER_VERSION_DELETE, 1, Fault.failAfter());
 *
 * Fault.Stall stall = Fault.stall(Duration.ofSeconds(5));
 * plan.arm(OutboundCall.GATEWAY_PROVISION, 1, stall);
 * executor.submit(() -> grants.permissionSetProvisioning().provision(command));
 * stall.awaitReached(Duration.ofSeconds(5)); // the call is blocked now
 * ...                                        // look at the system meanwhile
 * stall.release();                           // the call goes ahead
 * }</pre>
 *
 * <p>Thread-safe.
 */
public abstract sealed class Fault permits Fault.FailBefore, Fault.FailAfter, Fault.Stall {

  /** The kinds of fault, for a suite that tries each where it applies. */
  public enum Kind {
    /** {@link #failBefore()}. */
    FAIL_BEFORE,
    /** {@link #failAfter()}. */
    FAIL_AFTER,
    /** {@link #stall(Duration)}. */
    STALL;

    /** Whether this kind applies to {@code call}: failing after applies only to a write. */
    public boolean appliesTo(OutboundCall call) {
      return this != FAIL_AFTER || call.writes();
    }

    /** Every kind that applies to {@code call}, in declaration order. */
    public static List<Kind> applicableTo(OutboundCall call) {
      return Arrays.stream(values()).filter(kind -> kind.appliesTo(call)).toList();
    }
  }

  private final Kind kind;
  private volatile boolean fired;

  private Fault(Kind kind) {
    this.kind = kind;
  }

  /** The call throws {@link InjectedFault} without reaching the port: nothing happens. */
  public static Fault failBefore() {
    return new FailBefore();
  }

  /** The call reaches the port and takes effect, then throws {@link InjectedFault}: its outcome is unknown. */
  public static Fault failAfter() {
    return new FailAfter();
  }

  /**
   * The call blocks until {@link Stall#release()}, or for {@code atMost} if nobody releases it, then goes ahead
   * as usual: a slow port.
   */
  public static Stall stall(Duration atMost) {
    return new Stall(atMost);
  }

  /** A new fault of {@code kind}; a stall lasts at most {@code stallBound}. */
  public static Fault of(Kind kind, Duration stallBound) {
    return switch (kind) {
      case FAIL_BEFORE -> failBefore();
      case FAIL_AFTER -> failAfter();
      case STALL -> stall(stallBound);
    };
  }

  /** Its kind. */
  public final Kind kind() {
    return kind;
  }

  /** Whether a call met it. */
  public boolean fired() {
    return fired;
  }

  /** Does {@code call}'s {@code effect} with this fault. */
  final <T> T inject(OutboundCall call, Supplier<T> effect) {
    fired = true;
    return apply(call, effect);
  }

  /** A failure's way: it throws, before the effect or after it as its kind says; a stall overrides it. */
  <T> T apply(OutboundCall call, Supplier<T> effect) {
    if (kind == Kind.FAIL_AFTER) {
      effect.get();
    }
    throw new InjectedFault(kind, call);
  }

  @Override
  public String toString() {
    return kind().toString();
  }

  /** See {@link #failBefore()}. */
  public static final class FailBefore extends Fault {
    private FailBefore() {
      super(Kind.FAIL_BEFORE);
    }
  }

  /** See {@link #failAfter()}. */
  public static final class FailAfter extends Fault {
    private FailAfter() {
      super(Kind.FAIL_AFTER);
    }
  }

  /**
   * See {@link #stall(Duration)}: a call blocked until the test releases it (or its bound passes).
   *
   * <pre>{@code
   * Fault.Stall stall = Fault.stall(Duration.ofSeconds(5));
   * stall.awaitReached(Duration.ofSeconds(5));
   * stall.release();
   * }</pre>
   */
  public static final class Stall extends Fault {
    private final Duration atMost;
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private Stall(Duration atMost) {
      super(Kind.STALL);
      this.atMost = Objects.requireNonNull(atMost, "atMost");
    }

    /**
     * Waits until a call is blocked on this stall, at most {@code timeout}; returns whether one is (a guard
     * against a call that never comes, not a measure of time).
     */
    public boolean awaitReached(Duration timeout) throws InterruptedException {
      return reached.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Lets the blocked call (or the next one) go ahead. */
    public void release() {
      released.countDown();
    }

    @Override
    <T> T apply(OutboundCall call, Supplier<T> effect) {
      reached.countDown();
      try {
        released.await(atMost.toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException interrupted) {
        // Whoever interrupts wants the thread back: the call goes ahead now, and the flag stays set for it.
        Thread.currentThread().interrupt();
      }
      return effect.get();
    }
  }
}
