package dev.grants.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.provisioning.AccountAssignment;
import dev.grants.domain.provisioning.AssignmentOperation;
import dev.grants.domain.provisioning.AssignmentOperation.Kind;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.PrincipalType;
import dev.grants.domain.provisioning.ProvisionedAccount;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.ports.out.AccountAssignmentRepository;
import dev.grants.ports.out.AccountAssignmentRepository.CreationStart;
import dev.grants.ports.out.AccountAssignmentRepository.DeletionOutcome;
import dev.grants.ports.out.PermissionSetRepository;
import dev.grants.testkit.Concurrently;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AccountAssignmentRepository}: every atomicity promise of its Javadoc (a creation stored
 * only for an assignment neither pending nor assigned; a creation settled once, with its assignment; a deletion
 * that removes an assigned assignment only, and with the last one of a permission set in an account the record that
 * it is provisioned there), the orders it lists in, and bounded concurrent cases. The repository keeps its
 * assignments beside a {@link PermissionSetRepository} of the same store, whose provisioning records a deletion
 * removes. Extend it with your adapter:
 *
 * <pre>{@code
 * class JdbcAccountAssignmentRepositoryTest extends AccountAssignmentRepositoryContract {
 *   private JdbcStore store;
 *
 *   @Override
 *   protected AccountAssignmentRepository createRepository() {
 *     store = JdbcStore.fresh();
 *     return store.accountAssignments();
 *   }
 *
 *   @Override
 *   protected PermissionSetRepository permissionSets() {
 *     return store.permissionSets();
 *   }
 * }
 * }</pre>
 */
public abstract class AccountAssignmentRepositoryContract extends RepositoryContract<AccountAssignmentRepository> {
  /** Two instances: the owner's, with two permission sets, and another account's, with one. */
  private static final InstanceArn INSTANCE = new InstanceArn(Partition.AWS, "ssoins-000000000000000a");
  private static final InstanceArn OTHER_INSTANCE = new InstanceArn(Partition.AWS, "ssoins-000000000000000b");
  private static final PermissionSetArn SET = PermissionSetRepositoryContract.setArn(INSTANCE, 1);
  private static final PermissionSetArn OTHER_SET = PermissionSetRepositoryContract.setArn(INSTANCE, 2);
  private static final PermissionSetArn ELSEWHERE = PermissionSetRepositoryContract.setArn(OTHER_INSTANCE, 3);
  private static final AccountId A = AccountId.of(Fixtures.ACCOUNT_A);
  private static final AccountId B = AccountId.of(Fixtures.ACCOUNT_B);
  private static final Instant CREATED = Instant.parse("2018-11-14T23:03:52.894Z");

  private final SequentialIds ids = new SequentialIds();

  /** Creates the suite. */
  protected AccountAssignmentRepositoryContract() {}

  /**
   * The permission sets of the same store as the repository {@link #createRepository()} made last (called after
   * it): where the suite stores the permission sets and provisioning records a deletion may remove.
   */
  protected abstract PermissionSetRepository permissionSets();

  @BeforeEach
  final void storeThePermissionSets() {
    PermissionSetRepository directory = permissionSets();
    directory.insertInstance(PermissionSetRepositoryContract.instance(INSTANCE, AccountId.of(Fixtures.OWNER)));
    directory.insertInstance(PermissionSetRepositoryContract.instance(OTHER_INSTANCE,
        AccountId.of(Fixtures.OTHER_OWNER)));
    directory.insertPermissionSet(PermissionSetRepositoryContract.set(SET, "ReadOnly"));
    directory.insertPermissionSet(PermissionSetRepositoryContract.set(OTHER_SET, "Admin"));
    directory.insertPermissionSet(PermissionSetRepositoryContract.set(ELSEWHERE, "ReadOnly"));
  }

  // --- creations --------------------------------------------------------------------------------------

  @Test
  void nothing_is_stored_at_first() {
    assertThat(repository.findOperation(Kind.CREATION, ids.newRequestId())).isEqualTo(Option.none());
    assertThat(repository.operationsOf(INSTANCE, Kind.CREATION)).isEmpty();
    assertThat(repository.creationsInProgress(INSTANCE)).isEmpty();
    assertThat(repository.assignmentsOf(SET, A)).isEmpty();
    assertThat(repository.assignmentsOfPrincipal(INSTANCE, PrincipalType.USER, Fixtures.USER_ID)).isEmpty();
  }

  @Test
  void a_started_creation_is_stored_whole_and_its_assignment_is_pending_until_it_succeeds() {
    AssignmentOperation creation = creation(user(SET, A));

    assertThat(repository.beginCreation(creation)).isEqualTo(CreationStart.STARTED);

    assertThat(repository.findOperation(Kind.CREATION, creation.requestId())).isEqualTo(Option.some(creation));
    assertThat(repository.findOperation(Kind.DELETION, creation.requestId())).isEqualTo(Option.none());
    assertThat(repository.creationsInProgress(INSTANCE)).containsExactly(creation);
    assertThat(repository.creationsInProgress(OTHER_INSTANCE)).isEmpty();
    assertThat(repository.assignmentsOf(SET, A)).as("pending").isEmpty();
    assertThat(repository.beginCreation(creation(user(SET, A)))).isEqualTo(CreationStart.IN_PROGRESS);

    AssignmentOperation succeeded = ended(creation, ProvisioningStatus.SUCCEEDED, null);
    assertThat(repository.settle(succeeded)).isTrue();

    assertThat(repository.findOperation(Kind.CREATION, creation.requestId())).isEqualTo(Option.some(succeeded));
    assertThat(repository.creationsInProgress(INSTANCE)).isEmpty();
    assertThat(repository.assignmentsOf(SET, A)).containsExactly(user(SET, A));
    assertThat(repository.beginCreation(creation(user(SET, A)))).isEqualTo(CreationStart.ALREADY_ASSIGNED);
    assertThat(repository.settle(ended(creation, ProvisioningStatus.FAILED, "late"))).as("settled once").isFalse();
    assertThat(repository.operationsOf(INSTANCE, Kind.CREATION)).containsExactly(succeeded);
  }

  @Test
  void a_failed_creation_keeps_its_reason_and_removes_its_assignment() {
    AssignmentOperation creation = creation(user(SET, A));
    repository.beginCreation(creation);
    AssignmentOperation failed = ended(creation, ProvisioningStatus.FAILED, "No role: \u00e9\u00e8 \"quoted\"");

    assertThat(repository.settle(failed)).isTrue();

    assertThat(repository.findOperation(Kind.CREATION, creation.requestId())).isEqualTo(Option.some(failed));
    assertThat(repository.assignmentsOf(SET, A)).isEmpty();
    assertThat(repository.beginCreation(creation(user(SET, A)))).isEqualTo(CreationStart.STARTED);
  }

  @Test
  void a_creation_that_is_not_in_progress_or_not_ended_is_not_settled() {
    AssignmentOperation creation = creation(user(SET, A));

    assertThat(repository.settle(ended(creation, ProvisioningStatus.SUCCEEDED, null))).as("never started").isFalse();
    repository.beginCreation(creation);
    assertThat(repository.settle(creation)).as("still in progress").isFalse();
    assertThat(repository.findOperation(Kind.CREATION, creation.requestId())).isEqualTo(Option.some(creation));
  }

  @Test
  void listings_are_in_creation_order_and_by_principal_and_instance() {
    AccountAssignment first = user(SET, B);
    AccountAssignment second = user(OTHER_SET, A);
    AccountAssignment group = new AccountAssignment(SET, A, PrincipalType.GROUP, Fixtures.USER_ID);
    AccountAssignment third = user(SET, A);
    AccountAssignment elsewhere = user(ELSEWHERE, A);
    List<AssignmentOperation> creations = List.of(creation(first), creation(second), creation(group),
        creation(third), creation(elsewhere));
    creations.forEach(creation -> {
      repository.beginCreation(creation);
      repository.settle(ended(creation, ProvisioningStatus.SUCCEEDED, null));
    });

    assertThat(repository.assignmentsOfPrincipal(INSTANCE, PrincipalType.USER, Fixtures.USER_ID))
        .containsExactly(first, second, third);
    assertThat(repository.assignmentsOfPrincipal(INSTANCE, PrincipalType.GROUP, Fixtures.USER_ID))
        .containsExactly(group);
    assertThat(repository.assignmentsOfPrincipal(OTHER_INSTANCE, PrincipalType.USER, Fixtures.USER_ID))
        .containsExactly(elsewhere);
    assertThat(repository.assignmentsOf(SET, A)).containsExactly(group, third);
    assertThat(repository.operationsOf(INSTANCE, Kind.CREATION)).extracting(AssignmentOperation::requestId)
        .containsExactly(creations.get(0).requestId(), creations.get(1).requestId(), creations.get(2).requestId(),
            creations.get(3).requestId());
  }

  // --- deletions --------------------------------------------------------------------------------------

  @Test
  void only_an_assigned_assignment_is_deleted_and_its_deletion_stored() {
    AssignmentOperation creation = creation(user(SET, A));
    assertThat(repository.delete(deletion(user(SET, A)))).isEqualTo(DeletionOutcome.NOT_ASSIGNED);
    repository.beginCreation(creation);
    assertThat(repository.delete(deletion(user(SET, A)))).isEqualTo(DeletionOutcome.CREATION_IN_PROGRESS);
    repository.settle(ended(creation, ProvisioningStatus.SUCCEEDED, null));

    AssignmentOperation deletion = deletion(user(SET, A));
    assertThat(repository.delete(deletion)).isEqualTo(DeletionOutcome.DELETED);

    assertThat(repository.findOperation(Kind.DELETION, deletion.requestId())).isEqualTo(Option.some(deletion));
    assertThat(repository.operationsOf(INSTANCE, Kind.DELETION)).containsExactly(deletion);
    assertThat(repository.assignmentsOf(SET, A)).isEmpty();
    assertThat(repository.delete(deletion(user(SET, A)))).isEqualTo(DeletionOutcome.NOT_ASSIGNED);
    assertThat(repository.operationsOf(INSTANCE, Kind.DELETION)).as("a refused deletion is not stored")
        .containsExactly(deletion);
  }

  @Test
  void deleting_the_last_assignment_of_a_set_in_an_account_removes_its_provisioning_record_there() {
    assign(user(SET, A));
    AccountAssignment group = new AccountAssignment(SET, A, PrincipalType.GROUP, Fixtures.GROUP_ID);
    assign(group);
    assign(user(SET, B));
    assign(user(OTHER_SET, A));
    permissionSets().recordProvisioned(SET, A, 1);
    permissionSets().recordProvisioned(SET, B, 1);
    permissionSets().recordProvisioned(OTHER_SET, A, 1);

    repository.delete(deletion(user(SET, A)));
    assertThat(permissionSets().provisionedAccounts(SET)).extracting(ProvisionedAccount::account)
        .containsExactly(A, B);

    repository.delete(deletion(group));
    assertThat(permissionSets().provisionedAccounts(SET)).extracting(ProvisionedAccount::account).containsExactly(B);
    assertThat(permissionSets().provisionedTo(INSTANCE, A)).extracting(ProvisionedAccount::permissionSet)
        .containsExactly(OTHER_SET);
  }

  @Test
  void removing_the_assignments_of_a_set_removes_pending_and_assigned_ones_and_keeps_the_statuses() {
    assign(user(SET, A));
    AssignmentOperation pending = creation(user(SET, B));
    repository.beginCreation(pending);
    assign(user(OTHER_SET, A));

    repository.removeAssignmentsOf(SET);

    assertThat(repository.assignmentsOfPrincipal(INSTANCE, PrincipalType.USER, Fixtures.USER_ID))
        .containsExactly(user(OTHER_SET, A));
    assertThat(repository.findOperation(Kind.CREATION, pending.requestId())).isEqualTo(Option.some(pending));
    assertThat(repository.settle(ended(pending, ProvisioningStatus.SUCCEEDED, null))).isTrue();
    assertThat(repository.assignmentsOf(SET, B)).as("its assignment went with the set").isEmpty();
  }

  // --- concurrency ------------------------------------------------------------------------------------

  @Test
  void of_concurrent_creations_of_one_assignment_exactly_one_starts() {
    List<AssignmentOperation> creations = new ArrayList<>();
    for (int i = 0; i < concurrentWriters(); i++) {
      creations.add(creation(user(SET, A)));
    }

    List<CreationStart> outcomes = Concurrently.run(creations.size(), concurrencyTimeout(),
        writer -> () -> repository.beginCreation(creations.get(writer)));

    assertThat(outcomes).filteredOn(CreationStart.STARTED::equals).hasSize(1);
    assertThat(repository.operationsOf(INSTANCE, Kind.CREATION)).hasSize(1);
  }

  @Test
  void of_concurrent_settlements_exactly_one_counts_and_of_concurrent_deletions_exactly_one_deletes() {
    AssignmentOperation creation = creation(user(SET, A));
    repository.beginCreation(creation);

    List<Boolean> settled = Concurrently.run(concurrentWriters(), concurrencyTimeout(),
        writer -> () -> repository.settle(ended(creation, ProvisioningStatus.SUCCEEDED, null)));
    assertThat(settled).filteredOn(Boolean::booleanValue).hasSize(1);

    List<AssignmentOperation> deletions = new ArrayList<>();
    for (int i = 0; i < concurrentWriters(); i++) {
      deletions.add(deletion(user(SET, A)));
    }
    List<DeletionOutcome> deleted = Concurrently.run(deletions.size(), concurrencyTimeout(),
        writer -> () -> repository.delete(deletions.get(writer)));
    assertThat(deleted).filteredOn(DeletionOutcome.DELETED::equals).hasSize(1);
    assertThat(repository.operationsOf(INSTANCE, Kind.DELETION)).hasSize(1);
  }

  @Test
  void the_last_of_assignments_deleted_at_once_removes_the_provisioning_record() {
    int writers = concurrentWriters();
    List<AccountAssignment> all = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      AccountAssignment assignment = new AccountAssignment(SET, A, PrincipalType.GROUP,
          String.format("%08x-0000-0000-0000-000000000000", i));
      assign(assignment);
      all.add(assignment);
    }
    permissionSets().recordProvisioned(SET, A, 1);

    Concurrently.run(writers, concurrencyTimeout(), writer -> () -> repository.delete(deletion(all.get(writer))));

    assertThat(repository.assignmentsOf(SET, A)).isEmpty();
    assertThat(permissionSets().provisionedAccounts(SET)).isEmpty();
  }

  // --- steps ------------------------------------------------------------------------------------------

  private static AccountAssignment user(PermissionSetArn set, AccountId account) {
    return new AccountAssignment(set, account, PrincipalType.USER, Fixtures.USER_ID);
  }

  private AssignmentOperation creation(AccountAssignment assignment) {
    return AssignmentOperation.inProgress(Kind.CREATION, ids.newRequestId(), assignment, CREATED);
  }

  private AssignmentOperation deletion(AccountAssignment assignment) {
    return AssignmentOperation.deleted(ids.newRequestId(), assignment, CREATED.plusSeconds(1));
  }

  private static AssignmentOperation ended(AssignmentOperation creation, ProvisioningStatus status, String reason) {
    return new AssignmentOperation(creation.kind(), creation.requestId(), creation.assignment(), status, reason,
        creation.createdDate());
  }

  private void assign(AccountAssignment assignment) {
    AssignmentOperation creation = creation(assignment);
    assertThat(repository.beginCreation(creation)).isEqualTo(CreationStart.STARTED);
    assertThat(repository.settle(ended(creation, ProvisioningStatus.SUCCEEDED, null))).isTrue();
  }
}
