package dev.grants.ports.in;

import org.immutables.value.Value;

/**
 * The members of {@code ListManagedPoliciesInPermissionSet} and
 * {@code ListCustomerManagedPolicyReferencesInPermissionSet}. Members are carried as given; the service checks them.
 *
 * <pre>{@code
 * ListPoliciesInPermissionSetCommand.builder().context(context).instanceArn(instance).permissionSetArn(set)
 *     .maxResults(10).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListPoliciesInPermissionSetCommand implements PermissionSetAddress, Paged {
  ListPoliciesInPermissionSetCommand() {}

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListPoliciesInPermissionSetCommand}. */
  public static final class Builder extends ImmutableListPoliciesInPermissionSetCommand.Builder {
    Builder() {}
  }
}
