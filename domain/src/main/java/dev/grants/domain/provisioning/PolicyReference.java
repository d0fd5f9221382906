package dev.grants.domain.provisioning;

import java.util.Objects;

/**
 * A policy a permission set refers to, by its kind: an AWS managed policy (by ARN) or a customer managed policy
 * (by name and path, to be found in each account the permission set is provisioned to). Both kinds attach to a
 * permission set the same way, and either can be its permissions boundary.
 *
 * <pre>{@code
 * PolicyReference readOnly = new PolicyReference.Managed("arn:aws:iam::aws:policy/ReadOnlyAccess");
 * readOnly.name(); // ReadOnlyAccess
 * PolicyReference own = new PolicyReference.CustomerManaged("deploy", "/team/");
 * }</pre>
 */
public sealed interface PolicyReference {

  /** The policy's name: the last part of a managed policy's ARN, the name of a customer managed one. */
  String name();

  /**
   * An AWS managed policy.
   *
   * @param arn its ARN, {@code arn:aws:iam::aws:policy/<path><name>}
   */
  record Managed(String arn) implements PolicyReference {
    /** Checks the ARN is there. */
    public Managed {
      Objects.requireNonNull(arn, "arn");
    }

    @Override
    public String name() {
      return arn.substring(arn.lastIndexOf('/') + 1);
    }
  }

  /**
   * A customer managed policy, as {@code CustomerManagedPolicyReference} names it.
   *
   * @param name its name
   * @param path its path, {@code /} by default
   */
  record CustomerManaged(String name, String path) implements PolicyReference {
    /** The path when none is given. */
    public static final String DEFAULT_PATH = "/";

    /** Checks the parts are there. */
    public CustomerManaged {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(path, "path");
    }
  }
}
