package dev.grants.ports.service;

import dev.grants.domain.provisioning.PolicyReference;
import dev.grants.domain.provisioning.PolicyReferenceRules;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.PolicyReferenceCommand;
import dev.grants.ports.in.PolicyReferenceCommand.CustomerManagedPolicyMember;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The two kinds of policy a permission set refers to, each read from its own member of a
 * {@link PolicyReferenceCommand}: how the member is checked, and the {@link PolicyReference} it names once it is
 * valid. Attaching, detaching and listing are the same for both; only this differs.
 */
final class PolicyKind<M> {
  /** {@code ManagedPolicyArn}: an AWS managed policy. */
  static final PolicyKind<String> MANAGED = new PolicyKind<>("managed", PolicyReferenceCommand::managedPolicyArn,
      PolicyReferenceRules::managedPolicyArn, PolicyReference.Managed::new);
  /** {@code CustomerManagedPolicyReference}: a customer managed policy, by name and path ({@code /} by default). */
  static final PolicyKind<CustomerManagedPolicyMember> CUSTOMER_MANAGED = new PolicyKind<>("customer-managed",
      PolicyReferenceCommand::customerManagedPolicyReference,
      (rules, member) -> member == null
          ? rules.customerManaged(false, null, null)
          : rules.customerManaged(true, member.name(), member.path()),
      member -> new PolicyReference.CustomerManaged(member.name(),
          member.path() == null ? PolicyReference.CustomerManaged.DEFAULT_PATH : member.path()));

  private final String listing;
  private final Function<PolicyReferenceCommand, M> member;
  private final BiFunction<PolicyReferenceRules, M, List<Violation>> check;
  private final Function<M, PolicyReference> reference;

  private PolicyKind(String listing, Function<PolicyReferenceCommand, M> member,
      BiFunction<PolicyReferenceRules, M, List<Violation>> check, Function<M, PolicyReference> reference) {
    this.listing = listing;
    this.member = member;
    this.check = check;
    this.reference = reference;
  }
  /** The name of its listings' page tokens. */
  String listing() {
    return listing;
  }

  /** Whether {@code command} gives this kind's member at all. */
  boolean given(PolicyReferenceCommand command) {
    return member.apply(command) != null;
  }

  /** Every violation of this kind's member of {@code command}, named as {@code rules} name it. */
  List<Violation> violations(PolicyReferenceRules rules, PolicyReferenceCommand command) {
    return check.apply(rules, member.apply(command));
  }

  /** The policy this kind's member names; only once {@link #violations} found none. */
  PolicyReference reference(PolicyReferenceCommand command) {
    return reference.apply(member.apply(command));
  }
}
