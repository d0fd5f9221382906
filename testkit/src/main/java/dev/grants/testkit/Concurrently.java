package dev.grants.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs tasks on their own threads, released together, and waits for all of them within a bound: what the
 * concurrent cases of the contract and behaviour suites share.
 *
 * <pre>{@code
 * List<Boolean> won = Concurrently.run(16, Duration.ofSeconds(30), i -> () -> tryToCommit(i));
 * }</pre>
 */
public final class Concurrently {
  private Concurrently() {}

  /**
   * The results of {@code threads} tasks ({@code task.apply(i)} for the {@code i}-th), in task order, once all
   * finished; an {@link AssertionError} if one failed or they took longer than {@code timeout}.
   */
  public static <T> List<T> run(int threads, Duration timeout, IntFunction<Callable<T>> task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>(threads);
      for (int i = 0; i < threads; i++) {
        Callable<T> work = task.apply(i);
        futures.add(pool.submit(() -> {
          start.await();
          return work.call();
        }));
      }
      start.countDown();
      long deadline = System.nanoTime() + timeout.toNanos();
      List<T> results = new ArrayList<>(threads);
      for (Future<T> future : futures) {
        results.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (ExecutionException e) {
      throw new AssertionError("a concurrent task failed", e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("concurrent tasks did not finish within " + timeout, e);
    } finally {
      pool.shutdownNow();
    }
  }
}
