package dev.grants.testkit.contract;

import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.principal.Arn;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.RevisionConflict;
import io.vavr.control.Either;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Decides whether a concurrent history of {@link ResourcePolicyRepository} operations on one resource is
 * linearizable: whether some sequential order of the operations, consistent with real time (an operation that
 * responded before another was invoked comes first), explains every result against the sequential reference
 * model of the repository.
 *
 * <p><b>The model.</b> One stored policy, or none ({@link ResourcePolicy#none}). {@code find} returns it;
 * {@code commit(base, next)} succeeds, returning {@code next} and storing it, if and only if the stored revision
 * equals {@code base}'s revision (none equals none), and otherwise returns a {@link RevisionConflict} with the
 * stored policy and stores nothing; {@code delete} stores none.
 *
 * <p><b>Recording.</b> {@link #recording(ResourcePolicyRepository)} wraps a repository so that every
 * {@code find}, {@code commit} and {@code delete} of the checked resource, on any thread, is recorded with its
 * arguments, its result and the ticks of a shared monotonic counter taken just before the call and just after
 * it returned. Operations on other resources pass through unrecorded; an operation that throws is not recorded
 * (and the exception propagates). Histories can also be built by hand from {@link Operation} values, with any
 * monotonic clock such as {@link System#nanoTime()}; equal ticks count as concurrent.
 *
 * <pre>{@code
 * LinearizabilityChecker checker = LinearizabilityChecker.forResource(arn);
 * ResourcePolicyRepository recorded = checker.recording(repository);
 * // ... run threads that call recorded.find(arn) and recorded.commit(base, next) ...
 * Either<LinearizabilityChecker.NotLinearizable, List<LinearizabilityChecker.Operation>> verdict =
 *     checker.check();
 * assertThat(verdict.isRight()).as("%s", verdict.swap().getOrNull()).isTrue();
 * }</pre>
 *
 * <p><b>The search.</b> Wing and Gong's backtracking search, with Lowe's memoization: from the set of
 * operations already placed and the model state they lead to, try each operation that may come next (one not
 * yet placed, invoked no later than every unplaced operation responded) whose result the model explains, and
 * backtrack when none fits. Each visited pair (set of placed operations, model state) is remembered and never
 * explored twice. When each thread runs its operations one after the other, a placed set is a prefix of every
 * thread's operations, so at most {@code (k1 + 1) * ... * (kt + 1)} sets for {@code t} threads of {@code ki}
 * operations, each with at most one state per distinct committed policy: 4 threads of 6 operations visit at
 * most {@code 7^4 * 25} pairs. In general (threads that overlap their own operations) the problem is
 * NP-complete and the search is exponential in the number of mutually concurrent operations.
 *
 * <p>The recorder is thread-safe; {@link #check()} reads a snapshot of what was recorded so far.
 */
public final class LinearizabilityChecker {
  private final Arn resource;
  private final ResourcePolicy initial;
  private final AtomicLong clock = new AtomicLong();
  private final ConcurrentLinkedQueue<Operation> recorded = new ConcurrentLinkedQueue<>();

  private LinearizabilityChecker(ResourcePolicy initial) {
    this.initial = Objects.requireNonNull(initial, "initial");
    this.resource = initial.resource();
  }

  /** A checker of histories on {@code resource}, which has no policy when the history starts. */
  public static LinearizabilityChecker forResource(Arn resource) {
    return new LinearizabilityChecker(ResourcePolicy.none(resource));
  }

  /** A checker of histories on {@code initial.resource()}, which stores {@code initial} when the history starts. */
  public static LinearizabilityChecker startingFrom(ResourcePolicy initial) {
    return new LinearizabilityChecker(initial);
  }

  /**
   * A view of {@code repository} that records every operation on this checker's resource, with the name of the
   * calling thread. Thread-safe if {@code repository} is.
   */
  public ResourcePolicyRepository recording(ResourcePolicyRepository repository) {
    Objects.requireNonNull(repository, "repository");
    return new ResourcePolicyRepository() {
      @Override
      public ResourcePolicy find(Arn arn) {
        if (!resource.equals(arn)) {
          return repository.find(arn);
        }
        long invoked = clock.incrementAndGet();
        ResourcePolicy returned = repository.find(arn);
        long responded = clock.incrementAndGet();
        recorded.add(new Find(Thread.currentThread().getName(), invoked, responded, returned));
        return returned;
      }

      @Override
      public Either<RevisionConflict, ResourcePolicy> commit(ResourcePolicy base, ResourcePolicy next) {
        if (!resource.equals(base.resource())) {
          return repository.commit(base, next);
        }
        long invoked = clock.incrementAndGet();
        Either<RevisionConflict, ResourcePolicy> outcome = repository.commit(base, next);
        long responded = clock.incrementAndGet();
        recorded.add(new Commit(Thread.currentThread().getName(), invoked, responded, base, next, outcome));
        return outcome;
      }

      @Override
      public void delete(Arn arn) {
        if (!resource.equals(arn)) {
          repository.delete(arn);
          return;
        }
        long invoked = clock.incrementAndGet();
        repository.delete(arn);
        long responded = clock.incrementAndGet();
        recorded.add(new Delete(Thread.currentThread().getName(), invoked, responded, arn));
      }
    };
  }

  /** The operations recorded so far, in order of invocation. */
  public List<Operation> history() {
    return byInvocation(new ArrayList<>(recorded));
  }

  /**
   * Checks the history recorded so far.
   *
   * @return a sequential order that explains it, or {@link NotLinearizable} with the history
   */
  public Either<NotLinearizable, List<Operation>> check() {
    return check(initial, history());
  }

  /**
   * Checks {@code history}, run against a repository that stored {@code initial} (or
   * {@link ResourcePolicy#none}) for its resource when it started.
   *
   * @return a sequential order of the operations, consistent with real time, that the model explains; or
   *     {@link NotLinearizable} with the history and the longest explained prefix the search found
   */
  public static Either<NotLinearizable, List<Operation>> check(ResourcePolicy initial, List<? extends Operation> history) {
    Objects.requireNonNull(initial, "initial");
    List<Operation> operations = byInvocation(new ArrayList<>(history));
    for (Operation operation : operations) {
      if (operation.responded() < operation.invoked()) {
        throw new IllegalArgumentException("responded before it was invoked: " + operation);
      }
    }
    Search search = new Search(operations);
    if (search.place(new BitSet(operations.size()), initial, new ArrayList<>())) {
      return Either.right(List.copyOf(search.order));
    }
    return Either.left(new NotLinearizable(initial, operations, List.copyOf(search.longest)));
  }

  private static List<Operation> byInvocation(List<Operation> operations) {
    operations.sort(Comparator.comparingLong(Operation::invoked).thenComparingLong(Operation::responded));
    return List.copyOf(operations);
  }

  /**
   * Backtracking over (placed operations, model state), memoized; with an explicit stack, so that a history of
   * any length needs no deeper call stack.
   */
  private static final class Search {
    private final List<Operation> operations;
    private final Set<Visited> visited = new HashSet<>();
    private List<Operation> order = List.of();
    private List<Operation> longest = List.of();

    Search(List<Operation> operations) {
      this.operations = operations;
    }

    boolean place(BitSet placed, ResourcePolicy initial, List<Operation> prefix) {
      int size = operations.size();
      if (size == 0) {
        return true;
      }
      Deque<Frame> frames = new ArrayDeque<>();
      frames.push(new Frame(initial, earliestResponse(placed)));
      while (!frames.isEmpty()) {
        Frame frame = frames.peek();
        int i = placed.nextClearBit(frame.next);
        if (i >= size || operations.get(i).invoked() > frame.earliestResponse) {
          // sorted by invocation: every later one was invoked after some unplaced operation responded
          frames.pop();
          if (!frames.isEmpty()) {
            placed.clear(frames.peek().chosen);
            prefix.remove(prefix.size() - 1);
          }
          continue;
        }
        frame.next = i + 1;
        Operation operation = operations.get(i);
        ResourcePolicy after = operation.apply(frame.stored);
        if (after == null) {
          continue;
        }
        placed.set(i);
        prefix.add(operation);
        if (prefix.size() > longest.size()) {
          longest = new ArrayList<>(prefix);
        }
        if (prefix.size() == size) {
          order = new ArrayList<>(prefix);
          return true;
        }
        if (!visited.add(new Visited((BitSet) placed.clone(), after))) {
          placed.clear(i);
          prefix.remove(prefix.size() - 1);
          continue;
        }
        frame.chosen = i;
        frames.push(new Frame(after, earliestResponse(placed)));
      }
      return false;
    }

    private long earliestResponse(BitSet placed) {
      long earliest = Long.MAX_VALUE;
      for (int i = placed.nextClearBit(0); i < operations.size(); i = placed.nextClearBit(i + 1)) {
        earliest = Math.min(earliest, operations.get(i).responded());
      }
      return earliest;
    }
  }

  /** One level of the search: the model state, the next operation to try, the one placed from here. */
  private static final class Frame {
    private final ResourcePolicy stored;
    private final long earliestResponse;
    private int next;
    private int chosen = -1;

    Frame(ResourcePolicy stored, long earliestResponse) {
      this.stored = stored;
      this.earliestResponse = earliestResponse;
    }
  }

  private record Visited(BitSet placed, ResourcePolicy stored) {}

  /**
   * One operation of a history: which thread ran it, when it was invoked and when it responded (ticks of one
   * monotonic clock shared by every thread), and what it returned.
   */
  public sealed interface Operation permits Find, Commit, Delete {
    /** The thread that ran it. */
    String thread();

    /** When it was invoked. */
    long invoked();

    /** When it responded; not before {@link #invoked()}. */
    long responded();

    /**
     * Applies the operation to the model's stored policy.
     *
     * @return the stored policy after it, or {@code null} if the model cannot return what the operation returned
     */
    ResourcePolicy apply(ResourcePolicy stored);
  }

  /**
   * A {@code find} that returned {@code returned}.
   *
   * @param thread the thread that ran it
   * @param invoked when it was invoked
   * @param responded when it responded
   * @param returned the policy it returned
   */
  public record Find(String thread, long invoked, long responded, ResourcePolicy returned) implements Operation {
    /** Checks every part is present. */
    public Find {
      Objects.requireNonNull(thread, "thread");
      Objects.requireNonNull(returned, "returned");
    }

    @Override
    public ResourcePolicy apply(ResourcePolicy stored) {
      return returned.equals(stored) ? stored : null;
    }

    @Override
    public String toString() {
      return String.format("%s [%d..%d] find -> %s", thread, invoked, responded, brief(returned));
    }
  }

  /**
   * A {@code commit(base, next)} that returned {@code outcome}.
   *
   * @param thread the thread that ran it
   * @param invoked when it was invoked
   * @param responded when it responded
   * @param base the base it was given
   * @param next the policy it was given to store
   * @param outcome what it returned
   */
  public record Commit(
      String thread,
      long invoked,
      long responded,
      ResourcePolicy base,
      ResourcePolicy next,
      Either<RevisionConflict, ResourcePolicy> outcome)
      implements Operation {
    /** Checks every part is present. */
    public Commit {
      Objects.requireNonNull(thread, "thread");
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(next, "next");
      Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public ResourcePolicy apply(ResourcePolicy stored) {
      if (stored.revision().equals(base.revision())) {
        return outcome.isRight() && outcome.get().equals(next) ? next : null;
      }
      return outcome.isLeft() && outcome.getLeft().current().equals(stored) ? stored : null;
    }

    @Override
    public String toString() {
      return String.format("%s [%d..%d] commit(%s, %s) -> %s", thread, invoked, responded, brief(base), brief(next),
          outcome.fold(conflict -> "conflict with " + brief(conflict.current()), stored -> "stored"));
    }
  }

  /**
   * A {@code delete}.
   *
   * @param thread the thread that ran it
   * @param invoked when it was invoked
   * @param responded when it responded
   * @param resource the resource whose policy it forgot
   */
  public record Delete(String thread, long invoked, long responded, Arn resource) implements Operation {
    /** Checks every part is present. */
    public Delete {
      Objects.requireNonNull(thread, "thread");
      Objects.requireNonNull(resource, "resource");
    }

    @Override
    public ResourcePolicy apply(ResourcePolicy stored) {
      return ResourcePolicy.none(stored.resource());
    }

    @Override
    public String toString() {
      return String.format("%s [%d..%d] delete", thread, invoked, responded);
    }
  }

  /**
   * A history no sequential order explains.
   *
   * @param initial the policy stored when the history started
   * @param history the operations, in order of invocation
   * @param longestExplained the longest sequential prefix, consistent with real time, that the model explains
   */
  public record NotLinearizable(ResourcePolicy initial, List<Operation> history, List<Operation> longestExplained) {
    /** Copies the lists. */
    public NotLinearizable {
      Objects.requireNonNull(initial, "initial");
      history = List.copyOf(history);
      longestExplained = List.copyOf(longestExplained);
    }

    /** The history and the longest explained prefix, one operation a line. */
    @Override
    public String toString() {
      return "not linearizable, starting from " + brief(initial) + "; history:\n  "
          + history.stream().map(Operation::toString).collect(Collectors.joining("\n  "))
          + "\nlongest explained order (" + longestExplained.size() + " of " + history.size() + "):\n  "
          + longestExplained.stream().map(Operation::toString).collect(Collectors.joining("\n  "));
    }
  }

  /** A policy as its revision and statement ids. */
  static String brief(ResourcePolicy policy) {
    if (!policy.exists()) {
      return "none";
    }
    return "@" + policy.revision().get() + ' '
        + policy.statements().stream().map(s -> s.sid().value()).collect(Collectors.joining(",", "[", "]"));
  }
}
