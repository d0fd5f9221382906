package dev.grants.ports.out;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRequest;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/**
 * Where provisioning requests are kept, in creation order per instance.
 *
 * <p><b>Atomicity.</b> {@link #start} stores a request only if no request for the same permission set is in
 * progress (otherwise it answers the one that is); {@link #replace} stores {@code next} only if {@code base} is
 * still stored. Of concurrent calls from the same state at most one succeeds; each happens whole or not at all.
 *
 * <p><b>Leases.</b> The accounts still pending in a request in progress are the work some instance (a process, or a
 * wiring) hands to its gateway. An instance holds that work under a lease, until an instant: {@link #lease} and
 * {@link #takeOver} give an account to an owner only if no unexpired lease of another holds it (each account is
 * given at most once per lapse, whatever the number of instances calling), and {@link #renew} extends the leases an
 * owner holds. A lease ends with its account's answer. Leases are no part of a request's state: {@link #find} and
 * {@link #replace} neither show nor compare them.
 *
 * <pre>{@code
 * Either<ProvisioningRequest, ProvisioningRequest> started = repository.start(request);
 * }</pre>
 *
 * <p>Implementations are thread-safe; the testkit's {@code ProvisioningRequestRepositoryContract} checks them.
 */
public interface ProvisioningRequestRepository {

  /**
   * Stores {@code request} unless a request for its permission set is in progress.
   *
   * @return the request stored, or the request in progress that prevented it
   */
  Either<ProvisioningRequest, ProvisioningRequest> start(ProvisioningRequest request);

  /** The request {@code requestId}, if it exists. */
  Option<ProvisioningRequest> find(String requestId);

  /** Stores {@code next} in place of {@code base} if {@code base} is still stored; returns whether it did. */
  boolean replace(ProvisioningRequest base, ProvisioningRequest next);

  /** The request in progress for {@code permissionSet}, if any. */
  Option<ProvisioningRequest> inProgress(PermissionSetArn permissionSet);

  /** Every request of {@code instance}, oldest first. */
  List<ProvisioningRequest> requestsOf(InstanceArn instance);

  /** Every request in progress, of every instance (for recovery after a restart). */
  List<ProvisioningRequest> allInProgress();

  /**
   * Leases to {@code owner}, until {@code until}, the accounts still pending in request {@code requestId} that no
   * lease holds at {@code now} (none, or one that expired); an instance does it for a request it just started.
   *
   * @return the accounts it leased, in the request's order (none for a request not in progress)
   */
  List<AccountId> lease(String requestId, String owner, Instant now, Instant until);

  /**
   * Extends to {@code until} every lease {@code owner} holds on an account still pending; an instance does it while
   * it lives, so that its work is not taken over.
   *
   * @return how many leases it extended
   */
  int renew(String owner, Instant until);

  /**
   * Gives {@code owner}, until {@code until}, at most {@code limit} accounts still pending in requests in progress
   * that no lease holds at {@code now}: the work an instance that stopped (or never leased it) left behind.
   *
   * @return the work it now holds
   */
  List<ClaimedWork> takeOver(String owner, Instant now, Instant until, int limit);
}
