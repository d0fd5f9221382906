package dev.grants.adapters.memory;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.ports.out.ClaimedWork;
import dev.grants.ports.out.ProvisioningRequestRepository;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Provisioning requests in memory, in creation order, with an index of the request in progress per permission
 * set and the leases on their pending accounts. Every method holds one lock, so each is atomic as
 * {@link ProvisioningRequestRepository} requires.
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
  // request id -> account -> its lease; only accounts still pending in requests in progress count.
  private final Map<String, Map<AccountId, Lease>> leases = new HashMap<>();

  /** Who holds an account's work, until when. */
  private record Lease(String owner, Instant until) {}

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

  @Override
  public synchronized List<AccountId> lease(String requestId, String owner, Instant now, Instant until) {
    List<AccountId> leased = new ArrayList<>();
    if (requests.get(requestId) instanceof ProvisioningRequest.InProgress running) {
      for (AccountId account : running.pending()) {
        if (claim(requestId, account, owner, now, until)) {
          leased.add(account);
        }
      }
    }
    return leased;
  }

  @Override
  public synchronized int renew(String owner, Instant until) {
    int renewed = 0;
    for (Map.Entry<String, Map<AccountId, Lease>> request : leases.entrySet()) {
      if (!(requests.get(request.getKey()) instanceof ProvisioningRequest.InProgress running)) {
        continue;
      }
      for (Map.Entry<AccountId, Lease> lease : request.getValue().entrySet()) {
        if (lease.getValue().owner().equals(owner) && running.isPending(lease.getKey())) {
          lease.setValue(new Lease(owner, until));
          renewed++;
        }
      }
    }
    return renewed;
  }

  @Override
  public synchronized List<ClaimedWork> takeOver(String owner, Instant now, Instant until, int limit) {
    List<ClaimedWork> taken = new ArrayList<>();
    for (String requestId : List.copyOf(inProgress.values())) {
      ProvisioningRequest.InProgress running = (ProvisioningRequest.InProgress) requests.get(requestId);
      for (AccountId account : running.pending()) {
        if (taken.size() >= limit) {
          return taken;
        }
        if (claim(requestId, account, owner, now, until)) {
          taken.add(new ClaimedWork(requestId, account));
        }
      }
    }
    return taken;
  }

  /** Gives {@code account}'s work to {@code owner} if no lease holds it at {@code now}. */
  private boolean claim(String requestId, AccountId account, String owner, Instant now, Instant until) {
    Map<AccountId, Lease> ofRequest = leases.computeIfAbsent(requestId, unused -> new HashMap<>());
    Lease held = ofRequest.get(account);
    if (held != null && held.until().isAfter(now)) {
      return false;
    }
    ofRequest.put(account, new Lease(owner, until));
    return true;
  }

  private void index(ProvisioningRequest request) {
    if (request.status() == ProvisioningStatus.IN_PROGRESS) {
      inProgress.put(request.permissionSet(), request.requestId());
    } else {
      inProgress.remove(request.permissionSet(), request.requestId());
      leases.remove(request.requestId()); // an ended request has no work left
    }
  }
}
