package dev.grants.endpoint;

import dev.grants.ports.service.Grants;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a wiring's provisioning recovery ({@link Grants#recoverProvisioning()}) once at once, then every third of
 * the lease on a daemon thread of its own, until closed: so this instance's leases never lapse while it lives, and
 * the work a stopped instance left is taken over within about a lease and a third. A run that fails (the store is
 * down) is logged and the next one carries on.
 *
 * <pre>{@code
 * try (ProvisioningRecoverySchedule recovery = ProvisioningRecoverySchedule.start(grants, Duration.ofSeconds(30))) {
 *   ...
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
final class ProvisioningRecoverySchedule implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ProvisioningRecoverySchedule.class.getName());

  private final ScheduledExecutorService runs;

  private ProvisioningRecoverySchedule(ScheduledExecutorService runs) {
    this.runs = runs;
  }

  /** Recovers once now, on the caller's thread, then every {@code lease / 3}. */
  static ProvisioningRecoverySchedule start(Grants grants, Duration lease) {
    Runnable recover = () -> grants.recoverProvisioning().peekLeft(failed ->
        LOG.log(Level.WARNING, "provisioning recovery failed; the next run carries on: " + failed));
    recover.run();
    ScheduledExecutorService runs = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "grants-provisioning-recovery");
      thread.setDaemon(true);
      return thread;
    });
    long period = Math.max(1, lease.dividedBy(3).toMillis());
    runs.scheduleWithFixedDelay(recover, period, period, TimeUnit.MILLISECONDS);
    return new ProvisioningRecoverySchedule(runs);
  }

  /** Stops the runs; one under way finishes. */
  @Override
  public void close() {
    runs.shutdown();
  }
}
