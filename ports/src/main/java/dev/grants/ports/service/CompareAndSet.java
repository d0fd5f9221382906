package dev.grants.ports.service;

import io.vavr.control.Either;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one bounded retry of a compare-and-set that lost a race: every service change that a concurrent writer can
 * overtake (a policy, a profile, a permission set, a provisioning request) runs its attempt through here, at most
 * {@code maxAttempts} times. An attempt answers {@link #done} with its outcome, or {@link #again} with what the next
 * attempt starts from (what the lost race left stored).
 *
 * <pre>{@code
 * CompareAndSet.retry(maxAttempts, read, base -> store.replace(base, next(base))
 *         ? CompareAndSet.done(next(base))
 *         : CompareAndSet.again(store.find(base.key())))
 *     .getOrElseGet(last -> ...); // every attempt lost
 * }</pre>
 */
final class CompareAndSet {
  /** What an attempt that starts afresh carries to the next one: nothing. */
  enum Lost { RACE }

  private CompareAndSet() {}

  /**
   * Runs {@code attempt} from {@code first}, and again from what each lost attempt hands on, until one is done or
   * {@code maxAttempts} were made.
   *
   * @return the outcome of the attempt that was done, or (left) what the last lost attempt handed on
   */
  static <S, R> Either<S, R> retry(int maxAttempts, S first, Function<S, Either<S, R>> attempt) {
    S base = first;
    for (int made = 0; made < maxAttempts; made++) {
      Either<S, R> outcome = attempt.apply(base);
      if (outcome.isRight()) {
        return outcome;
      }
      base = outcome.getLeft();
    }
    return Either.left(base);
  }

  /** {@link #retry(int, Object, Function)} for attempts that read afresh what they change: they hand on nothing. */
  static <R> Either<Lost, R> retry(int maxAttempts, Supplier<Either<Lost, R>> attempt) {
    return retry(maxAttempts, Lost.RACE, lost -> attempt.get());
  }

  /** An attempt that is done, with the operation's {@code outcome}. */
  static <S, R> Either<S, R> done(R outcome) {
    return Either.right(outcome);
  }

  /** An attempt that lost its race; the next one starts from {@code next}. */
  static <S, R> Either<S, R> again(S next) {
    return Either.left(next);
  }

  /** An attempt that lost its race and hands nothing on. */
  static <R> Either<Lost, R> again() {
    return Either.left(Lost.RACE);
  }
}
