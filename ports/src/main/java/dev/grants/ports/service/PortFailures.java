package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Supplier;

/**
 * What the services do when an outbound port throws: the one place such a failure becomes a value
 * ({@link GrantsError.InternalFailure}), and the three ways a multi-step operation stays whole when one of its
 * steps fails (a store may fail before it wrote, or after: then the caller cannot tell whether it did).
 */
final class PortFailures {
  private PortFailures() {}

  /** {@code operation}'s outcome, or {@link GrantsError.InternalFailure} if a port it called threw. */
  static <R> Either<GrantsError, R> contained(Supplier<Either<GrantsError, R>> operation) {
    try {
      return operation.get();
    } catch (RuntimeException failure) {
      return Either.left(new GrantsError.InternalFailure(failure));
    }
  }

  /**
   * Runs {@code step}, which may be repeated without harm; if it fails, runs it once more at once, as a transient
   * fault deserves. A second failure propagates, with the first suppressed in it.
   */
  static <T> T idempotent(Supplier<T> step) {
    try {
      return step.get();
    } catch (RuntimeException first) {
      try {
        return step.get();
      } catch (RuntimeException second) {
        second.addSuppressed(first);
        throw second;
      }
    }
  }

  /** {@link #idempotent(Supplier)} for a step with no result. */
  static void idempotent(Runnable step) {
    idempotent(() -> {
      step.run();
      return null;
    });
  }

  /**
   * Runs the write {@code step}; if it fails, asks {@code readBack} whether the write took effect anyway (its
   * outcome, or none), so that the operation can carry on from what is stored rather than from a guess. When it
   * did not (or the read fails too), the step's failure propagates.
   */
  static <T> T outcomeOf(Supplier<T> step, Supplier<Option<T>> readBack) {
    try {
      return step.get();
    } catch (RuntimeException failure) {
      Option<T> stored;
      try {
        stored = readBack.get();
      } catch (RuntimeException unreadable) {
        failure.addSuppressed(unreadable);
        throw failure;
      }
      if (stored.isDefined()) {
        return stored.get();
      }
      throw failure;
    }
  }

  /**
   * Runs {@code step}; if it fails, runs {@code repair}, which puts the stored state back into a whole shape, and
   * then lets the step's failure propagate (with the repair's own failure, if any, suppressed in it).
   */
  static <T> T repairing(Supplier<T> step, Runnable repair) {
    try {
      return step.get();
    } catch (RuntimeException failure) {
      try {
        repair.run();
      } catch (RuntimeException unrepaired) {
        failure.addSuppressed(unrepaired);
      }
      throw failure;
    }
  }

  /** {@link #repairing(Supplier, Runnable)} for a step with no result. */
  static void repairing(Runnable step, Runnable repair) {
    repairing(() -> {
      step.run();
      return null;
    }, repair);
  }
}
