package dev.grants.testkit.contract;

import static dev.grants.testkit.contract.PermissionSetRepositoryContract.INSTANCE;
import static dev.grants.testkit.contract.PermissionSetRepositoryContract.OWNER;
import static dev.grants.testkit.contract.PermissionSetRepositoryContract.SET;
import static dev.grants.testkit.contract.PermissionSetRepositoryContract.instance;
import static dev.grants.testkit.contract.PermissionSetRepositoryContract.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.provisioning.AttachedPolicies;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PolicyReference;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link PermissionSetRepositoryContract}'s cases on a permission set's attached policies and permissions boundary:
 * stored whole, in order, and part of what the compare-and-set compares.
 */
abstract class PermissionSetPolicyCases extends PermissionSetContractPart {
  private static final PolicyReference MANAGED = new PolicyReference.Managed("arn:aws:iam::aws:policy/a/b/Billing");
  private static final PolicyReference CUSTOMER = new PolicyReference.CustomerManaged("Deploy.v2@x", "/team/ops/");
  private static final PolicyReference ROOT_PATH = new PolicyReference.CustomerManaged("Deploy.v2@x", "/");

  PermissionSetPolicyCases(PermissionSetRepositoryContract suite) {
    super(suite);
  }

  @BeforeEach
  void anInstance() {
    repository().insertInstance(instance(INSTANCE, OWNER));
  }

  @Test
  void a_permission_set_is_stored_and_replaced_with_its_attached_policies_in_order_and_its_boundary() {
    AttachedPolicies policies = new AttachedPolicies(List.of(CUSTOMER, MANAGED, ROOT_PATH), MANAGED);
    PermissionSet stored = set(SET, "Defined").withPolicies(policies);
    repository().insertPermissionSet(stored);
    assertThat(repository().findPermissionSet(SET)).isEqualTo(Option.some(stored));

    PermissionSet next = stored.withPolicies(new AttachedPolicies(List.of(MANAGED), CUSTOMER));
    assertThat(repository().replacePermissionSet(stored, next)).isTrue();

    assertThat(repository().findPermissionSet(SET)).isEqualTo(Option.some(next));
    assertThat(repository().permissionSetsOf(INSTANCE)).containsExactly(next);
  }

  @Test
  void a_replace_compares_the_attached_policies_too() {
    PermissionSet first = set(SET, "Defined");
    repository().insertPermissionSet(first);
    PermissionSet current = first.withPolicies(new AttachedPolicies(List.of(MANAGED), null));
    repository().replacePermissionSet(first, current);
    PermissionSet sameVersionOtherPolicies = first.withPolicies(new AttachedPolicies(List.of(CUSTOMER), null));

    assertThat(repository().replacePermissionSet(sameVersionOtherPolicies,
        sameVersionOtherPolicies.withPolicies(AttachedPolicies.NONE))).isFalse();

    assertThat(repository().findPermissionSet(SET)).isEqualTo(Option.some(current));
  }

  @Test
  void a_boundary_alone_is_stored_and_removed() {
    PermissionSet bounded = set(SET, "Defined").withPolicies(AttachedPolicies.NONE.withBoundary(ROOT_PATH));
    repository().insertPermissionSet(bounded);
    PermissionSet unbounded = bounded.withPolicies(AttachedPolicies.NONE);

    assertThat(repository().replacePermissionSet(bounded, unbounded)).isTrue();

    assertThat(repository().findPermissionSet(SET).get().policies()).isEqualTo(AttachedPolicies.NONE);
  }
}
