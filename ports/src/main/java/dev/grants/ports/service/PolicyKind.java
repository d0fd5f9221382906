package dev.grants.ports.service;

import dev.grants.domain.provisioning.PolicyReference;
import dev.grants.domain.provisioning.PolicyReferenceRules;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.PolicyReferenceCommand;
import dev.grants.ports.in.PolicyReferenceCommand.CustomerManagedPolicyMember;
import java.util.List;

/**
 * The two kinds of policy a permission set refers to, each read from its own member of a
 * {@link PolicyReferenceCommand}: how the member is checked, and the {@link PolicyReference} it names once it is
 * valid. Attaching, detaching and listing are the same for both; only this differs.
 */
enum PolicyKind {
  /** {@code ManagedPolicyArn}: an AWS managed policy. */
  MANAGED("managed") {
    @Override
    boolean given(PolicyReferenceCommand command) {
      return command.managedPolicyArn() != null;
    }

    @Override
    List<Violation> violations(PolicyReferenceRules rules, PolicyReferenceCommand command) {
      return rules.managedPolicyArn(command.managedPolicyArn());
    }

    @Override
    PolicyReference reference(PolicyReferenceCommand command) {
      return new PolicyReference.Managed(command.managedPolicyArn());
    }
  },
  /** {@code CustomerManagedPolicyReference}: a customer managed policy, by name and path. */
  CUSTOMER_MANAGED("customer-managed") {
    @Override
    boolean given(PolicyReferenceCommand command) {
      return command.customerManagedPolicyReference() != null;
    }

    @Override
    List<Violation> violations(PolicyReferenceRules rules, PolicyReferenceCommand command) {
      CustomerManagedPolicyMember member = command.customerManagedPolicyReference();
      return member == null
          ? rules.customerManaged(false, null, null)
          : rules.customerManaged(true, member.name(), member.path());
    }

    @Override
    PolicyReference reference(PolicyReferenceCommand command) {
      CustomerManagedPolicyMember member = command.customerManagedPolicyReference();
      return new PolicyReference.CustomerManaged(member.name(),
          member.path() == null ? PolicyReference.CustomerManaged.DEFAULT_PATH : member.path());
    }
  };

  private final String listing;

  PolicyKind(String listing) {
    this.listing = listing;
  }

  /** The name of its listings' page tokens. */
  String listing() {
    return listing;
  }

  /** Whether {@code command} gives this kind's member at all. */
  abstract boolean given(PolicyReferenceCommand command);

  /** Every violation of this kind's member of {@code command}, named as {@code rules} name it. */
  abstract List<Violation> violations(PolicyReferenceRules rules, PolicyReferenceCommand command);

  /** The policy this kind's member names; only once {@link #violations} found none. */
  abstract PolicyReference reference(PolicyReferenceCommand command);
}
