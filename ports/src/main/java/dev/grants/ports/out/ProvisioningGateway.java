package dev.grants.ports.out;

/**
 * Does the provisioning work, asynchronously: it takes one account's share of a request and answers through
 * the callback later (or at once, or never). It may fail; a request it never answers for fails at its deadline.
 *
 * <pre>{@code
 * ProvisioningGateway immediate = (work, callback) -> callback.succeeded(work.requestId(), work.account());
 * }</pre>
 *
 * <p>Implementations are thread-safe and must not block the caller for long.
 */
@FunctionalInterface
public interface ProvisioningGateway {

  /** Starts {@code work}; answers through {@code callback}. */
  void provision(ProvisioningWork work, ProvisioningCallback callback);

  /**
   * A gateway with no work to do: it answers every account's share as succeeded at once, on the caller's thread.
   * For wirings where provisioning has no effect outside Grants (a local endpoint, a test).
   */
  static ProvisioningGateway succeedingAtOnce() {
    return (work, callback) -> callback.succeeded(work.requestId(), work.account());
  }
}
