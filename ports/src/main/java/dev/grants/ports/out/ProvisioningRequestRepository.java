package dev.grants.ports.out;

import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRequest;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/**
 * Where provisioning requests are kept, in creation order per instance.
 *
 * <p><b>Atomicity.</b> {@link #start} stores a request only if no request for the same permission set is in
 * progress (otherwise it answers the one that is); {@link #replace} stores {@code next} only if {@code base} is
 * still stored. Of concurrent calls from the same state at most one succeeds; each happens whole or not at all.
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
}
