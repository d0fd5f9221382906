package dev.grants.adapters.memory;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.AccountAssignment;
import dev.grants.domain.provisioning.AssignmentOperation;
import dev.grants.domain.provisioning.AssignmentOperation.Kind;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.PrincipalType;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.ports.out.AccountAssignmentRepository;
import io.vavr.control.Option;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Account assignments and their operation statuses in memory, beside the {@link InMemoryPermissionSetRepository}
 * whose provisioning records a deletion may remove: every method holds that repository's lock, so each is atomic
 * over both, as {@link AccountAssignmentRepository} requires.
 *
 * <pre>{@code
 * InMemoryPermissionSetRepository directory = new InMemoryPermissionSetRepository();
 * AccountAssignmentRepository assignments = new InMemoryAccountAssignmentRepository(directory);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class InMemoryAccountAssignmentRepository implements AccountAssignmentRepository {
  private final InMemoryPermissionSetRepository directory;
  /** Every assignment, pending or assigned, in order of creation: whether it is assigned. */
  private final Map<AccountAssignment, Boolean> assignments = new LinkedHashMap<>();
  private final Map<Kind, LinkedHashMap<String, AssignmentOperation>> operations = new EnumMap<>(Kind.class);

  /** An empty repository beside {@code directory}, the permission sets whose provisioning it changes. */
  public InMemoryAccountAssignmentRepository(InMemoryPermissionSetRepository directory) {
    this.directory = directory;
    for (Kind kind : Kind.values()) {
      operations.put(kind, new LinkedHashMap<>());
    }
  }

  @Override
  public CreationStart beginCreation(AssignmentOperation creation) {
    synchronized (directory) {
      Boolean assigned = assignments.get(creation.assignment());
      if (assigned != null) {
        return assigned ? CreationStart.ALREADY_ASSIGNED : CreationStart.IN_PROGRESS;
      }
      assignments.put(creation.assignment(), false);
      operations.get(Kind.CREATION).put(creation.requestId(), creation);
      return CreationStart.STARTED;
    }
  }

  @Override
  public boolean settle(AssignmentOperation settled) {
    synchronized (directory) {
      AssignmentOperation current = operations.get(settled.kind()).get(settled.requestId());
      if (current == null || current.hasEnded() || !settled.hasEnded()) {
        return false;
      }
      operations.get(settled.kind()).put(settled.requestId(), settled);
      // Only a pending assignment is this creation's (one deleted with its permission set meanwhile is gone).
      if (Boolean.FALSE.equals(assignments.get(settled.assignment()))) {
        if (settled.status() == ProvisioningStatus.SUCCEEDED) {
          assignments.put(settled.assignment(), true);
        } else {
          assignments.remove(settled.assignment());
        }
      }
      return true;
    }
  }

  @Override
  public DeletionOutcome delete(AssignmentOperation deletion) {
    synchronized (directory) {
      AccountAssignment gone = deletion.assignment();
      Boolean assigned = assignments.get(gone);
      if (assigned == null) {
        return DeletionOutcome.NOT_ASSIGNED;
      }
      if (!assigned) {
        return DeletionOutcome.CREATION_IN_PROGRESS;
      }
      assignments.remove(gone);
      operations.get(Kind.DELETION).put(deletion.requestId(), deletion);
      boolean last = assignments.keySet().stream().noneMatch(other ->
          other.permissionSet().equals(gone.permissionSet()) && other.account().equals(gone.account()));
      if (last) {
        directory.unprovision(gone.permissionSet(), gone.account());
      }
      return DeletionOutcome.DELETED;
    }
  }

  @Override
  public Option<AssignmentOperation> findOperation(Kind kind, String requestId) {
    synchronized (directory) {
      return Option.of(operations.get(kind).get(requestId));
    }
  }

  @Override
  public List<AssignmentOperation> operationsOf(InstanceArn instance, Kind kind) {
    return operations(kind, operation -> operation.assignment().instance().equals(instance));
  }

  @Override
  public List<AssignmentOperation> creationsInProgress(InstanceArn instance) {
    return operations(Kind.CREATION,
        operation -> !operation.hasEnded() && operation.assignment().instance().equals(instance));
  }

  @Override
  public List<AccountAssignment> assignmentsOf(PermissionSetArn permissionSet, AccountId account) {
    return assigned(assignment -> assignment.permissionSet().equals(permissionSet)
        && assignment.account().equals(account));
  }

  @Override
  public List<AccountAssignment> assignmentsOfPrincipal(InstanceArn instance, PrincipalType principalType,
      String principalId) {
    return assigned(assignment -> assignment.instance().equals(instance)
        && assignment.principalType() == principalType && assignment.principalId().equals(principalId));
  }

  @Override
  public void removeAssignmentsOf(PermissionSetArn permissionSet) {
    synchronized (directory) {
      assignments.keySet().removeIf(assignment -> assignment.permissionSet().equals(permissionSet));
    }
  }

  private List<AssignmentOperation> operations(Kind kind, Predicate<AssignmentOperation> wanted) {
    synchronized (directory) {
      return operations.get(kind).values().stream().filter(wanted).toList();
    }
  }

  private List<AccountAssignment> assigned(Predicate<AccountAssignment> wanted) {
    synchronized (directory) {
      return assignments.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).filter(wanted)
          .toList();
    }
  }
}
