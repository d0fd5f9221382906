package dev.grants.testkit.fault;

import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.LayerVersionRepository;
import dev.grants.ports.out.AccountAssignmentRepository;
import dev.grants.ports.out.PermissionSetRepository;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.out.ProvisioningRequestRepository;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.SigningProfileRepository;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Which outbound calls go wrong, and how: wrap every outbound port of a wiring with this plan (one decorator per
 * port, {@link #wrap} for the five stores at once), then {@link #arm} a {@link Fault} on the n-th call of a kind
 * ({@link OutboundCall}) from now on. Each armed fault fires once; faults armed on the same call apply in the
 * order they were armed (a stall, then a failure after the write, say). The plan also counts every call and can
 * {@link #trace} which calls an action makes, so a suite can put a fault at each of them in turn.
 *
 * <pre>{@code
 * FaultPlan faults = new FaultPlan();
 * OutboundStores stores = faults.wrap(myStores);
 * Grants grants = Grants.builder()
 *     .resourcePolicies(stores.resourcePolicies()).layerVersions(stores.layerVersions())
 *     .signingProfiles(stores.signingProfiles()).permissionSets(stores.permissionSets())
 *     .provisioningRequests(stores.provisioningRequests())
 *     .provisioningGateway(faults.provisioningGateway(myGateway))
 *     .ids(faults.ids(myIds)).events(faults.events(myListener)).clock(clock).build();
 *
 * faults.arm(OutboundCall.POLICY_COMMIT, 1, Fault.failAfter());
 * grants.layerVersionPermissions().add(command);  // Left(InternalFailure): the commit happened, then threw
 * faults.clear();
 * }</pre>
 *
 * <p>Thread-safe: calls may come from any thread; a stall blocks only the thread of its call.
 */
public final class FaultPlan {
  private final Map<OutboundCall, Integer> counts = new EnumMap<>(OutboundCall.class);
  private final List<Armed> armed = new ArrayList<>();
  /** Every stall armed since the last {@link #clear}, fired or not: clearing releases them all. */
  private final List<Fault.Stall> stalls = new ArrayList<>();
  private List<OutboundCall> recording;

  /** A fault waiting for the {@code at}-th call of {@code call}, counted from the plan's start. */
  private record Armed(OutboundCall call, int at, Fault fault) {}

  /** A plan with nothing armed. */
  public FaultPlan() {}

  // --- the plan ---------------------------------------------------------------------------------------

  /**
   * Arms {@code fault} on the {@code nth} call of {@code call} from now on (1 is the next one).
   *
   * @throws IllegalArgumentException if {@code nth} is below 1
   */
  public synchronized FaultPlan arm(OutboundCall call, int nth, Fault fault) {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(fault, "fault");
    if (nth < 1) {
      throw new IllegalArgumentException("the first call is 1: " + nth);
    }
    armed.add(new Armed(call, counts.getOrDefault(call, 0) + nth, fault));
    if (fault instanceof Fault.Stall stall) {
      stalls.add(stall);
    }
    return this;
  }

  /** Disarms every fault that has not fired and releases every stall, fired or not. */
  public FaultPlan clear() {
    List<Fault.Stall> held;
    synchronized (this) {
      armed.clear();
      held = List.copyOf(stalls);
      stalls.clear();
    }
    held.forEach(Fault.Stall::release);
    return this;
  }

  /** How many calls of {@code call} the plan has seen. */
  public synchronized int count(OutboundCall call) {
    return counts.getOrDefault(call, 0);
  }

  /**
   * The calls made, on any thread, while {@code action} ran, in order. Faults armed meanwhile fire as usual.
   *
   * @throws IllegalStateException if another trace is running
   */
  public List<OutboundCall> trace(Runnable action) {
    List<OutboundCall> traced = new ArrayList<>();
    synchronized (this) {
      if (recording != null) {
        throw new IllegalStateException("one trace at a time");
      }
      recording = traced;
    }
    try {
      action.run();
    } finally {
      synchronized (this) {
        recording = null;
      }
    }
    synchronized (this) {
      return List.copyOf(traced);
    }
  }

  /** Does {@code effect}, the outbound call {@code call}, as the plan says: a decorator's one way to a port. */
  <T> T around(OutboundCall call, Supplier<T> effect) {
    List<Fault> faults = new ArrayList<>();
    synchronized (this) {
      int number = counts.merge(call, 1, Integer::sum);
      if (recording != null) {
        recording.add(call);
      }
      for (Iterator<Armed> each = armed.iterator(); each.hasNext(); ) {
        Armed candidate = each.next();
        if (candidate.call() == call && candidate.at() == number) {
          each.remove();
          faults.add(candidate.fault());
        }
      }
    }
    // Faults armed on the same call apply in the order they were armed: a stall, then a failure after the write.
    Supplier<T> faulty = effect;
    for (int i = faults.size() - 1; i >= 0; i--) {
      Fault fault = faults.get(i);
      Supplier<T> inner = faulty;
      faulty = () -> fault.inject(call, inner);
    }
    return faulty.get();
  }

  void around(OutboundCall call, Runnable effect) {
    around(call, () -> {
      effect.run();
      return null;
    });
  }

  // --- the decorators ---------------------------------------------------------------------------------

  /** The six stores, each behind this plan. */
  public OutboundStores wrap(OutboundStores stores) {
    return new OutboundStores(resourcePolicies(stores.resourcePolicies()), layerVersions(stores.layerVersions()),
        signingProfiles(stores.signingProfiles()), permissionSets(stores.permissionSets()),
        provisioningRequests(stores.provisioningRequests()), accountAssignments(stores.accountAssignments()));
  }

  /** {@code delegate} behind this plan. */
  public ResourcePolicyRepository resourcePolicies(ResourcePolicyRepository delegate) {
    return FaultyPorts.behind(this, ResourcePolicyRepository.class, delegate);
  }

  /** {@code delegate} behind this plan. */
  public LayerVersionRepository layerVersions(LayerVersionRepository delegate) {
    return FaultyPorts.behind(this, LayerVersionRepository.class, delegate);
  }

  /** {@code delegate} behind this plan. */
  public SigningProfileRepository signingProfiles(SigningProfileRepository delegate) {
    return FaultyPorts.behind(this, SigningProfileRepository.class, delegate);
  }

  /** {@code delegate} behind this plan. */
  public PermissionSetRepository permissionSets(PermissionSetRepository delegate) {
    return FaultyPorts.behind(this, PermissionSetRepository.class, delegate);
  }

  /** {@code delegate} behind this plan. */
  public ProvisioningRequestRepository provisioningRequests(ProvisioningRequestRepository delegate) {
    return FaultyPorts.behind(this, ProvisioningRequestRepository.class, delegate);
  }

  /** {@code delegate} behind this plan. */
  public AccountAssignmentRepository accountAssignments(AccountAssignmentRepository delegate) {
    return FaultyPorts.behind(this, AccountAssignmentRepository.class, delegate);
  }

  /** {@code delegate} behind this plan: a fault on {@link OutboundCall#GATEWAY_PROVISION} hits one account's work. */
  public ProvisioningGateway provisioningGateway(ProvisioningGateway delegate) {
    Objects.requireNonNull(delegate, "delegate");
    return (work, callback) -> around(OutboundCall.GATEWAY_PROVISION, () -> delegate.provision(work, callback));
  }

  /** {@code delegate} behind this plan: every kind of id is one {@link OutboundCall#NEW_ID} call. */
  public IdGenerator ids(IdGenerator delegate) {
    return FaultyPorts.behind(this, IdGenerator.class, delegate);
  }

  /** {@code delegate} behind this plan. */
  public GrantsEventListener events(GrantsEventListener delegate) {
    Objects.requireNonNull(delegate, "delegate");
    return event -> around(OutboundCall.EVENT, () -> delegate.on(event));
  }
}
