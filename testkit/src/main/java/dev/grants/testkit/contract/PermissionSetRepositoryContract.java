package dev.grants.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisionedAccount;
import dev.grants.ports.out.PermissionSetRepository;
import dev.grants.testkit.Concurrently;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PermissionSetRepository}: every atomicity promise of its Javadoc (one instance per
 * owner, one permission set per name and instance, replace only from the stored state, the highest provisioned
 * version kept, nothing recorded for a permission set that does not exist, a delete that takes the provisioning
 * records and the tags with it, tags kept in order and never past the limit), each with a bounded concurrent case. Extend it with your adapter:
 *
 * <pre>{@code
 * class JdbcPermissionSetRepositoryTest extends PermissionSetRepositoryContract {
 *   @Override
 *   protected PermissionSetRepository createRepository() {
 *     return new JdbcPermissionSetRepository(freshDataSource());
 *   }
 * }
 * }</pre>
 *
 * <p>Capability hooks scale the concurrent cases to what an adapter's test environment bears:
 * {@link #concurrentWriters()} and {@link #concurrencyTimeout()}.
 */
public abstract class PermissionSetRepositoryContract extends RepositoryContract<PermissionSetRepository> {
  static final Instant CREATED = Instant.parse("2018-11-14T23:03:52.894Z");
  static final AccountId OWNER = AccountId.of(Fixtures.OWNER);
  private static final AccountId OTHER_OWNER = AccountId.of(Fixtures.OTHER_OWNER);
  private static final AccountId A = AccountId.of(Fixtures.ACCOUNT_A);
  private static final AccountId B = AccountId.of(Fixtures.ACCOUNT_B);
  private static final AccountId C = AccountId.of(Fixtures.ACCOUNT_C);
  static final InstanceArn INSTANCE = instanceArn(1);
  static final InstanceArn OTHER_INSTANCE = instanceArn(2);
  static final PermissionSetArn SET = setArn(INSTANCE, 1);
  static final PermissionSetArn OTHER_SET = setArn(INSTANCE, 2);

  /** Creates the suite. */
  protected PermissionSetRepositoryContract() {}

  // --- instances --------------------------------------------------------------------------------------

  @Test
  void an_instance_never_inserted_is_not_found_and_its_owner_has_none() {
    assertThat(repository.findInstance(INSTANCE)).isEqualTo(Option.none());
    assertThat(repository.instancesOf(OWNER)).isEmpty();
  }

  @Test
  void an_inserted_instance_is_read_back_whole_and_listed_for_its_owner() {
    Instance instance = new Instance(INSTANCE, OWNER, "my-instance", "d-0123456789", CREATED);

    assertThat(repository.insertInstance(instance)).isTrue();

    assertThat(repository.findInstance(INSTANCE)).isEqualTo(Option.some(instance));
    assertThat(repository.instancesOf(OWNER)).containsExactly(instance);
    assertThat(repository.instancesOf(OTHER_OWNER)).isEmpty();
  }

  @Test
  void an_instance_without_a_name_is_read_back_without_one() {
    Instance instance = instance(INSTANCE, OWNER);

    repository.insertInstance(instance);

    assertThat(repository.findInstance(INSTANCE).get().name()).isNull();
  }

  @Test
  void a_second_instance_of_one_owner_is_refused_and_changes_nothing() {
    Instance first = instance(INSTANCE, OWNER);
    repository.insertInstance(first);

    assertThat(repository.insertInstance(instance(OTHER_INSTANCE, OWNER))).isFalse();

    assertThat(repository.findInstance(OTHER_INSTANCE)).isEqualTo(Option.none());
    assertThat(repository.instancesOf(OWNER)).containsExactly(first);
  }

  @Test
  void instances_of_different_owners_are_independent() {
    Instance mine = instance(INSTANCE, OWNER);
    Instance theirs = instance(OTHER_INSTANCE, OTHER_OWNER);

    assertThat(repository.insertInstance(mine)).isTrue();
    assertThat(repository.insertInstance(theirs)).isTrue();

    assertThat(repository.instancesOf(OWNER)).containsExactly(mine);
    assertThat(repository.instancesOf(OTHER_OWNER)).containsExactly(theirs);
  }

  @Test
  void of_concurrent_inserts_of_instances_for_one_owner_exactly_one_wins() {
    List<Instance> winners = Concurrently.run(concurrentWriters(), concurrencyTimeout(), writer -> () -> {
      Instance mine = instance(instanceArn(100 + writer), OWNER);
      return repository.insertInstance(mine) ? mine : null;
    }).stream().filter(Objects::nonNull).toList();

    assertThat(winners).hasSize(1);
    assertThat(repository.instancesOf(OWNER)).containsExactly(winners.get(0));
    for (int writer = 0; writer < concurrentWriters(); writer++) {
      InstanceArn arn = instanceArn(100 + writer);
      if (!arn.equals(winners.get(0).arn())) {
        assertThat(repository.findInstance(arn)).isEqualTo(Option.none());
      }
    }
  }

  // --- permission sets --------------------------------------------------------------------------------

  @Test
  void a_permission_set_never_inserted_is_not_found() {
    assertThat(repository.findPermissionSet(SET)).isEqualTo(Option.none());
  }

  @Test
  void an_inserted_permission_set_is_read_back_whole() {
    PermissionSet set = new PermissionSet(SET, "ReadOnly", "Read only access", "PT8H", "https://example.com/start",
        Fixtures.INLINE_POLICY, CREATED, 3);

    assertThat(repository.insertPermissionSet(set)).isTrue();

    assertThat(repository.findPermissionSet(SET)).isEqualTo(Option.some(set));
  }

  @Test
  void a_permission_set_without_optional_members_is_read_back_without_them() {
    PermissionSet set = set(SET, "ReadOnly");

    repository.insertPermissionSet(set);

    PermissionSet found = repository.findPermissionSet(SET).get();
    assertThat(found).isEqualTo(set);
    assertThat(found.description()).isNull();
    assertThat(found.relayState()).isNull();
    assertThat(found.inlinePolicy()).isNull();
  }

  @Test
  void a_permission_set_with_a_name_taken_in_its_instance_is_refused_and_changes_nothing() {
    PermissionSet stored = set(SET, "ReadOnly");
    repository.insertPermissionSet(stored);

    assertThat(repository.insertPermissionSet(set(OTHER_SET, "ReadOnly"))).isFalse();

    assertThat(repository.findPermissionSet(OTHER_SET)).isEqualTo(Option.none());
    assertThat(repository.findPermissionSet(SET)).isEqualTo(Option.some(stored));
  }

  @Test
  void permission_sets_of_different_names_or_instances_are_independent() {
    PermissionSet one = set(SET, "ReadOnly");
    PermissionSet other = set(OTHER_SET, "Admin");
    PermissionSet sameNameElsewhere = set(setArn(OTHER_INSTANCE, 3), "ReadOnly");

    assertThat(repository.insertPermissionSet(one)).isTrue();
    assertThat(repository.insertPermissionSet(other)).isTrue();
    assertThat(repository.insertPermissionSet(sameNameElsewhere)).isTrue();

    assertThat(repository.findPermissionSet(SET)).isEqualTo(Option.some(one));
    assertThat(repository.findPermissionSet(OTHER_SET)).isEqualTo(Option.some(other));
    assertThat(repository.findPermissionSet(sameNameElsewhere.arn())).isEqualTo(Option.some(sameNameElsewhere));
  }

  @Test
  void of_concurrent_inserts_of_one_name_exactly_one_wins() {
    List<PermissionSet> winners = Concurrently.run(concurrentWriters(), concurrencyTimeout(), writer -> () -> {
      PermissionSet mine = set(setArn(INSTANCE, 100 + writer), "ReadOnly");
      return repository.insertPermissionSet(mine) ? mine : null;
    }).stream().filter(Objects::nonNull).toList();

    assertThat(winners).hasSize(1);
    for (int writer = 0; writer < concurrentWriters(); writer++) {
      PermissionSetArn arn = setArn(INSTANCE, 100 + writer);
      assertThat(repository.findPermissionSet(arn))
          .isEqualTo(arn.equals(winners.get(0).arn()) ? Option.some(winners.get(0)) : Option.none());
    }
  }

  @Test
  void a_replace_from_the_stored_permission_set_stores_the_next_one() {
    PermissionSet stored = set(SET, "ReadOnly");
    repository.insertPermissionSet(stored);
    PermissionSet next = stored.withInlinePolicy(Fixtures.INLINE_POLICY);

    assertThat(repository.replacePermissionSet(stored, next)).isTrue();

    assertThat(repository.findPermissionSet(SET)).isEqualTo(Option.some(next));
  }

  @Test
  void a_replace_from_a_stale_base_is_refused_and_changes_nothing() {
    PermissionSet first = set(SET, "ReadOnly");
    repository.insertPermissionSet(first);
    PermissionSet current = first.withInlinePolicy("{}");
    repository.replacePermissionSet(first, current);

    assertThat(repository.replacePermissionSet(first, first.withInlinePolicy(Fixtures.INLINE_POLICY))).isFalse();

    assertThat(repository.findPermissionSet(SET)).isEqualTo(Option.some(current));
  }

  @Test
  void a_replace_compares_the_whole_stored_permission_set_not_only_its_version() {
    PermissionSet first = set(SET, "ReadOnly");
    repository.insertPermissionSet(first);
    PermissionSet current = first.withInlinePolicy("{}");
    repository.replacePermissionSet(first, current);
    PermissionSet sameVersionOtherPolicy = first.withInlinePolicy(Fixtures.INLINE_POLICY);

    assertThat(repository.replacePermissionSet(sameVersionOtherPolicy, sameVersionOtherPolicy.withInlinePolicy("{}")))
        .isFalse();

    assertThat(repository.findPermissionSet(SET)).isEqualTo(Option.some(current));
  }

  @Test
  void a_replace_of_a_permission_set_never_inserted_is_refused_and_stores_nothing() {
    PermissionSet never = set(SET, "ReadOnly");

    assertThat(repository.replacePermissionSet(never, never.withInlinePolicy("{}"))).isFalse();

    assertThat(repository.findPermissionSet(SET)).isEqualTo(Option.none());
  }

  @Test
  void of_concurrent_replaces_from_one_base_exactly_one_wins() {
    PermissionSet base = set(SET, "ReadOnly");
    repository.insertPermissionSet(base);

    List<PermissionSet> winners = Concurrently.run(concurrentWriters(), concurrencyTimeout(), writer -> () -> {
      PermissionSet next = base.withInlinePolicy("{\"writer\":" + writer + "}");
      return repository.replacePermissionSet(base, next) ? next : null;
    }).stream().filter(Objects::nonNull).toList();

    assertThat(winners).hasSize(1);
    assertThat(repository.findPermissionSet(SET)).isEqualTo(Option.some(winners.get(0)));
  }

  @Test
  void a_chain_of_concurrent_read_replace_loops_loses_no_definition() {
    repository.insertPermissionSet(set(SET, "ReadOnly"));
    int writers = concurrentWriters();
    int each = 10;

    Concurrently.run(writers, concurrencyTimeout(), writer -> () -> {
      for (int i = 0; i < each; i++) {
        while (true) {
          PermissionSet base = repository.findPermissionSet(SET).get();
          if (repository.replacePermissionSet(base, base.withInlinePolicy("{\"w\":" + writer + "}"))) {
            break;
          }
        }
      }
      return null;
    });

    assertThat(repository.findPermissionSet(SET).get().definitionVersion()).isEqualTo(1L + writers * each);
  }

  // --- provisioned accounts ---------------------------------------------------------------------------

  @Test
  void a_permission_set_provisioned_nowhere_has_no_accounts_and_an_account_has_no_permission_sets() {
    repository.insertPermissionSet(set(SET, "ReadOnly"));

    assertRecordedForA();
  }

  @Test
  void a_provisioned_account_is_recorded_with_its_version_and_listed_both_ways() {
    repository.insertPermissionSet(set(SET, "ReadOnly"));

    repository.recordProvisioned(SET, A, 1);

    ProvisionedAccount recorded = new ProvisionedAccount(SET, A, 1);
    assertRecordedForA(recorded);
    assertThat(repository.provisionedTo(INSTANCE, B)).isEmpty();
  }

  @Test
  void a_higher_version_replaces_the_recorded_one_and_keeps_its_place() {
    repository.insertPermissionSet(set(SET, "ReadOnly"));
    repository.recordProvisioned(SET, A, 1);
    repository.recordProvisioned(SET, B, 1);

    repository.recordProvisioned(SET, A, 3);

    assertThat(repository.provisionedAccounts(SET))
        .containsExactly(new ProvisionedAccount(SET, A, 3), new ProvisionedAccount(SET, B, 1));
    assertThat(repository.provisionedTo(INSTANCE, A)).containsExactly(new ProvisionedAccount(SET, A, 3));
  }

  @Test
  void a_lower_or_equal_version_changes_nothing() {
    repository.insertPermissionSet(set(SET, "ReadOnly"));
    repository.recordProvisioned(SET, A, 3);

    repository.recordProvisioned(SET, A, 2);
    repository.recordProvisioned(SET, A, 3);
    repository.recordProvisioned(SET, A, 1);

    assertRecordedForA(new ProvisionedAccount(SET, A, 3));
  }

  @Test
  void nothing_is_recorded_for_a_permission_set_that_does_not_exist() {
    repository.recordProvisioned(SET, A, 1);

    assertRecordedForA();

    repository.insertPermissionSet(set(SET, "ReadOnly"));
    assertRecordedForA();
  }

  @Test
  void accounts_are_listed_each_once_in_order_of_first_provisioning() {
    repository.insertPermissionSet(set(SET, "ReadOnly"));

    repository.recordProvisioned(SET, C, 1);
    repository.recordProvisioned(SET, A, 1);
    repository.recordProvisioned(SET, C, 2);
    repository.recordProvisioned(SET, B, 2);
    repository.recordProvisioned(SET, A, 1);

    assertThat(repository.provisionedAccounts(SET)).extracting(ProvisionedAccount::account).containsExactly(C, A, B);
  }

  @Test
  void the_permission_sets_of_an_account_are_those_of_the_instance_asked_each_once_in_order_of_first_provisioning() {
    PermissionSetArn elsewhere = setArn(OTHER_INSTANCE, 3);
    repository.insertPermissionSet(set(SET, "ReadOnly"));
    repository.insertPermissionSet(set(OTHER_SET, "Admin"));
    repository.insertPermissionSet(set(elsewhere, "ReadOnly"));

    repository.recordProvisioned(OTHER_SET, A, 1);
    repository.recordProvisioned(elsewhere, A, 1);
    repository.recordProvisioned(SET, A, 1);
    repository.recordProvisioned(OTHER_SET, A, 2);
    repository.recordProvisioned(SET, B, 1);

    assertThat(repository.provisionedTo(INSTANCE, A))
        .containsExactly(new ProvisionedAccount(OTHER_SET, A, 2), new ProvisionedAccount(SET, A, 1));
    assertThat(repository.provisionedTo(OTHER_INSTANCE, A)).containsExactly(new ProvisionedAccount(elsewhere, A, 1));
    assertThat(repository.provisionedTo(INSTANCE, B)).containsExactly(new ProvisionedAccount(SET, B, 1));
    assertThat(repository.provisionedTo(OTHER_INSTANCE, B)).isEmpty();
  }

  @Test
  void of_concurrent_records_for_one_account_the_highest_version_is_kept() {
    repository.insertPermissionSet(set(SET, "ReadOnly"));
    int writers = concurrentWriters();
    List<Long> versions = new ArrayList<>();
    for (long version = 1; version <= writers; version++) {
      versions.add(version);
    }
    Collections.shuffle(versions, new Random(writers));

    Concurrently.run(writers, concurrencyTimeout(), writer -> () -> {
      repository.recordProvisioned(SET, A, versions.get(writer));
      return null;
    });

    assertRecordedForA(new ProvisionedAccount(SET, A, writers));
  }

  @Test
  void concurrent_records_for_distinct_accounts_lose_none() {
    repository.insertPermissionSet(set(SET, "ReadOnly"));
    int writers = concurrentWriters();
    int each = 5;

    Concurrently.run(writers, concurrencyTimeout(), writer -> () -> {
      for (int i = 0; i < each; i++) {
        repository.recordProvisioned(SET, account(writer * each + i), 1);
      }
      return null;
    });

    assertThat(repository.provisionedAccounts(SET)).hasSize(writers * each)
        .extracting(ProvisionedAccount::account).doesNotHaveDuplicates();
    for (int n = 0; n < writers * each; n++) {
      assertThat(repository.provisionedTo(INSTANCE, account(n))).containsExactly(
          new ProvisionedAccount(SET, account(n), 1));
    }
  }

  @Test
  void a_record_racing_with_the_delete_of_its_permission_set_leaves_no_record_behind() {
    int writers = concurrentWriters();
    repository.insertPermissionSet(set(SET, "ReadOnly"));

    Concurrently.run(writers, concurrencyTimeout(), writer -> () -> {
      if (writer == 0) {
        repository.deletePermissionSet(SET);
      } else {
        repository.recordProvisioned(SET, account(writer), 1);
      }
      return null;
    });

    assertThat(repository.findPermissionSet(SET)).isEqualTo(Option.none());
    assertThat(repository.provisionedAccounts(SET)).isEmpty();
    for (int writer = 1; writer < writers; writer++) {
      assertThat(repository.provisionedTo(INSTANCE, account(writer))).isEmpty();
    }
  }

  // --- delete -----------------------------------------------------------------------------------------

  @Test
  void deleting_a_permission_set_removes_it_and_every_record_of_its_provisioning() {
    repository.insertPermissionSet(set(SET, "ReadOnly"));
    repository.recordProvisioned(SET, A, 1);
    repository.recordProvisioned(SET, B, 1);

    assertThat(repository.deletePermissionSet(SET)).isTrue();

    assertThat(repository.findPermissionSet(SET)).isEqualTo(Option.none());
    assertRecordedForA();
    assertThat(repository.provisionedTo(INSTANCE, B)).isEmpty();
  }

  @Test
  void deleting_a_permission_set_that_does_not_exist_answers_false() {
    assertThat(repository.deletePermissionSet(SET)).isFalse();

    repository.insertPermissionSet(set(SET, "ReadOnly"));
    assertThat(repository.deletePermissionSet(SET)).isTrue();
    assertThat(repository.deletePermissionSet(SET)).isFalse();
  }

  @Test
  void deleting_one_permission_set_keeps_the_others_and_their_records() {
    PermissionSet kept = set(OTHER_SET, "Admin");
    repository.insertPermissionSet(set(SET, "ReadOnly"));
    repository.insertPermissionSet(kept);
    repository.recordProvisioned(SET, A, 1);
    repository.recordProvisioned(OTHER_SET, A, 1);

    repository.deletePermissionSet(SET);

    assertThat(repository.findPermissionSet(OTHER_SET)).isEqualTo(Option.some(kept));
    assertThat(repository.provisionedAccounts(OTHER_SET)).containsExactly(new ProvisionedAccount(OTHER_SET, A, 1));
    assertThat(repository.provisionedTo(INSTANCE, A)).containsExactly(new ProvisionedAccount(OTHER_SET, A, 1));
  }

  @Test
  void after_a_delete_the_name_is_free_and_nothing_more_is_recorded_for_the_deleted_one() {
    PermissionSet deleted = set(SET, "ReadOnly");
    repository.insertPermissionSet(deleted);
    repository.recordProvisioned(SET, A, 1);
    repository.deletePermissionSet(SET);

    PermissionSet successor = set(OTHER_SET, "ReadOnly");
    assertThat(repository.insertPermissionSet(successor)).isTrue();
    repository.recordProvisioned(SET, A, 2);

    assertThat(repository.provisionedAccounts(SET)).isEmpty();
    assertThat(repository.provisionedAccounts(OTHER_SET)).isEmpty();
    assertThat(repository.provisionedTo(INSTANCE, A)).isEmpty();
    assertThat(repository.replacePermissionSet(deleted, deleted.withInlinePolicy("{}"))).isFalse();
    assertThat(repository.findPermissionSet(SET)).isEqualTo(Option.none());
  }

  // --- the permission sets of an instance -----------------------------------------------------------

  @Test
  void the_permission_sets_of_an_instance_are_those_inserted_into_it_in_order_of_insertion() {
    PermissionSet second = set(OTHER_SET, "Second");
    PermissionSet first = set(SET, "First");
    PermissionSet third = set(setArn(INSTANCE, 3), "Third");
    repository.insertPermissionSet(second);
    repository.insertPermissionSet(first);
    repository.insertPermissionSet(set(setArn(OTHER_INSTANCE, 1), "Elsewhere"));
    repository.insertPermissionSet(third);
    repository.insertPermissionSet(set(setArn(INSTANCE, 4), "First")); // refused: the name is taken

    assertThat(repository.permissionSetsOf(INSTANCE)).containsExactly(second, first, third);
    PermissionSet changed = first.withInlinePolicy(Fixtures.INLINE_POLICY);
    repository.replacePermissionSet(first, changed);
    repository.deletePermissionSet(second.arn());
    assertThat(repository.permissionSetsOf(INSTANCE)).as("a replace keeps the place").containsExactly(changed, third);
    assertThat(repository.permissionSetsOf(instanceArn(9))).isEmpty();
  }

  // --- tags -------------------------------------------------------------------------------------------

  /** The tags of instances and permission sets. */
  @Nested
  class Tags extends PermissionSetTagCases {
    Tags() {
      super(PermissionSetRepositoryContract.this);
    }
  }

  /** The attached policies and boundary of permission sets. */
  @Nested
  class Policies extends PermissionSetPolicyCases {
    Policies() {
      super(PermissionSetRepositoryContract.this);
    }
  }

  // --- helpers ----------------------------------------------------------------------------------------

  static InstanceArn instanceArn(int n) {
    return new InstanceArn(Partition.AWS, String.format("ssoins-%016x", n));
  }

  static PermissionSetArn setArn(InstanceArn instance, int n) {
    return PermissionSetArn.of(instance, String.format("ps-%016x", n));
  }

  static Instance instance(InstanceArn arn, AccountId owner) {
    return new Instance(arn, owner, null, "d-0123456789", CREATED);
  }

  static PermissionSet set(PermissionSetArn arn, String name) {
    return new PermissionSet(arn, name, null, "PT1H", null, null, CREATED, 1);
  }

  private static AccountId account(int n) {
    return AccountId.of(String.format("9%011d", n));
  }

  /** Asserts that SET's accounts and account A's permission sets are both exactly {@code recorded}. */
  private void assertRecordedForA(ProvisionedAccount... recorded) {
    assertThat(repository.provisionedAccounts(SET)).containsExactly(recorded);
    assertThat(repository.provisionedTo(INSTANCE, A)).containsExactly(recorded);
  }
}
