package dev.grants.adapters.memory;

import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.ports.out.ProvisioningRequestRepository;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Provisioning requests in memory, in creation order, with an index of the request in progress per permission
 * set. Every method holds one lock, so each is atomic as {@link ProvisioningRequestRepository} requires.
 *
 * <pre>{@code
 * ProvisioningRequestRepository requests = new InMemoryProvisioningRequestRepository();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class InMemoryProvisioningRequestRepository implements ProvisioningRequestRepository {
  private final Map<String, ProvisioningRequest> requests = new LinkedHashMap<>();
  private final Map<InstanceArn, List<String>> byInstance = new HashMap<>();
  private final Map<PermissionSetArn, String> inProgress = new HashMap<>();

  /** An empty repository. */
  public InMemoryProvisioningRequestRepository() {}

  @Override
  public synchronized Either<ProvisioningRequest, ProvisioningRequest> start(ProvisioningRequest request) {
    String running = inProgress.get(request.permissionSet());
    if (running != null) {
      return Either.left(requests.get(running));
    }
    if (requests.containsKey(request.requestId())) {
      throw new IllegalArgumentException("request " + request.requestId() + " exists");
    }
    requests.put(request.requestId(), request);
    byInstance.computeIfAbsent(request.instance(), unused -> new ArrayList<>()).add(request.requestId());
    index(request);
    return Either.right(request);
  }

  @Override
  public synchronized Option<ProvisioningRequest> find(String requestId) {
    return Option.of(requests.get(requestId));
  }

  @Override
  public synchronized boolean replace(ProvisioningRequest base, ProvisioningRequest next) {
    if (!base.requestId().equals(next.requestId())) {
      throw new IllegalArgumentException("base and next are different requests");
    }
    ProvisioningRequest stored = requests.get(base.requestId());
    // Identity first: a fan-out's request holds every account, and comparing them all on each answer would
    // make a fan-out quadratic.
    if (stored != base && !base.equals(stored)) {
      return false;
    }
    requests.put(next.requestId(), next);
    index(next);
    return true;
  }

  @Override
  public synchronized Option<ProvisioningRequest> inProgress(PermissionSetArn permissionSet) {
    return Option.of(inProgress.get(permissionSet)).map(requests::get);
  }

  @Override
  public synchronized List<ProvisioningRequest> requestsOf(InstanceArn instance) {
    return byInstance.getOrDefault(instance, List.of()).stream().map(requests::get).toList();
  }

  @Override
  public synchronized List<ProvisioningRequest> allInProgress() {
    return inProgress.values().stream().map(requests::get).toList();
  }

  private void index(ProvisioningRequest request) {
    if (request.status() == ProvisioningStatus.IN_PROGRESS) {
      inProgress.put(request.permissionSet(), request.requestId());
    } else {
      inProgress.remove(request.permissionSet(), request.requestId());
    }
  }
}
