package dev.grants.adapters.postgres;

import dev.grants.domain.provisioning.AttachedPolicies;
import dev.grants.domain.provisioning.PolicyReference;
import java.util.ArrayList;
import java.util.List;

/**
 * A permission set's {@link AttachedPolicies} in its {@code attached_policies} column: one line per policy, the
 * attached ones in order and then the boundary, each a letter and the policy ({@code M} an attached managed policy
 * by ARN, {@code C} an attached customer managed one as path and name, {@code m} and {@code c} the same as the
 * boundary). Every part is pattern-restricted ASCII without a line break, and a path ends with {@code /} while a
 * name holds none, so the form is unambiguous; equal policies are equal texts, which the compare-and-set needs.
 */
final class StoredPolicies {
  private StoredPolicies() {}

  /** The column value of {@code policies}. */
  static String encode(AttachedPolicies policies) {
    StringBuilder out = new StringBuilder();
    for (PolicyReference policy : policies.attached()) {
      line(out, policy, 'M', 'C');
    }
    if (policies.boundary() != null) {
      line(out, policies.boundary(), 'm', 'c');
    }
    return out.toString();
  }

  /** The policies a column value of {@link #encode} stands for. */
  static AttachedPolicies decode(String stored) {
    List<PolicyReference> attached = new ArrayList<>();
    PolicyReference boundary = null;
    for (String line : stored.isEmpty() ? List.<String>of() : List.of(stored.split("\n"))) {
      if (line.length() < 2 || "MmCc".indexOf(line.charAt(0)) < 0) {
        throw new IllegalStateException("corrupt stored policies: a line of no known kind");
      }
      char kind = line.charAt(0);
      String rest = line.substring(1);
      PolicyReference policy = Character.toUpperCase(kind) == 'M'
          ? new PolicyReference.Managed(rest)
          : customerManaged(rest);
      if (Character.isUpperCase(kind)) {
        attached.add(policy);
      } else {
        boundary = policy;
      }
    }
    return new AttachedPolicies(attached, boundary);
  }

  private static void line(StringBuilder out, PolicyReference policy, char managed, char customer) {
    if (policy instanceof PolicyReference.Managed attached) {
      out.append(managed).append(attached.arn());
    } else {
      PolicyReference.CustomerManaged reference = (PolicyReference.CustomerManaged) policy;
      out.append(customer).append(reference.path()).append(reference.name());
    }
    out.append('\n');
  }

  private static PolicyReference customerManaged(String pathAndName) {
    int slash = pathAndName.lastIndexOf('/');
    if (slash < 0 || pathAndName.charAt(0) != '/') {
      throw new IllegalStateException("corrupt stored policies: no path");
    }
    return new PolicyReference.CustomerManaged(pathAndName.substring(slash + 1), pathAndName.substring(0, slash + 1));
  }
}
