package dev.grants.adapters.http;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor the JDK server hands every request to, and the place where the endpoint's connection limit lives:
 * the JDK server itself accepts connections and queues their requests without bound.
 *
 * <p>At most {@code limit} requests are held at once: {@code threads} of them served, the rest waiting in line for
 * a worker (a permit is taken when the server hands the request over and given back when its exchange ends).
 * A request beyond that is not queued: it runs on a small refusal pool, where {@link #refusing()} is true, so
 * the endpoint answers it at once with the family's throttling error without reading its body. When the
 * refusal pool is full as well (clients that stall while their headers are read hold its threads until the
 * server's request time limit cuts them off), {@link #execute} throws and the JDK server closes the connection.
 * Nothing here ever blocks the server's dispatcher thread.
 */
final class Admission implements Executor {
  /** Refusals are cheap (read the headers, write a small answer): two threads and a short line do. */
  private static final int REFUSAL_THREADS = 2;
  private static final int REFUSAL_LINE = 64;
  private static final ThreadLocal<Boolean> REFUSING = new ThreadLocal<>();

  private final int limit;
  private final Semaphore held;
  private final ThreadPoolExecutor workers;
  private final ThreadPoolExecutor refusals;

  Admission(int threads, int limit) {
    this.limit = limit;
    this.held = new Semaphore(limit);
    // The line is unbounded as a queue, but never holds more than limit - threads: the permits bound it.
    this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
        daemonThreads("grants-endpoint-"));
    this.refusals = new ThreadPoolExecutor(REFUSAL_THREADS, REFUSAL_THREADS, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(REFUSAL_LINE), daemonThreads("grants-endpoint-refusal-"));
  }

  /** Whether the current thread is answering a request the endpoint refused for being over its limit. */
  static boolean refusing() {
    return REFUSING.get() != null;
  }

  /**
   * Serves {@code exchange}, lines it up, or hands it to the refusal pool.
   *
   * @throws RejectedExecutionException when the refusal pool is full too, or after {@link #stop()}
   */
  @Override
  public void execute(Runnable exchange) {
    if (held.tryAcquire()) {
      try {
        workers.execute(() -> {
          try {
            exchange.run();
          } finally {
            held.release();
          }
        });
      } catch (RejectedExecutionException stopped) {
        held.release();
        throw stopped;
      }
      return;
    }
    refusals.execute(() -> {
      REFUSING.set(Boolean.TRUE);
      try {
        exchange.run();
      } finally {
        REFUSING.remove();
      }
    });
  }

  /** Requests held now: being served or waiting for a worker. */
  int held() {
    return limit - held.availablePermits();
  }

  /** Ends the threads; calls in progress get up to one second to finish. */
  void stop() {
    workers.shutdown();
    refusals.shutdown();
    try {
      if (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
    refusals.shutdownNow();
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
