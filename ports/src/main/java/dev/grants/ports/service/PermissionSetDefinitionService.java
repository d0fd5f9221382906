package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PolicyReference;
import dev.grants.domain.provisioning.PolicyReferenceRules;
import dev.grants.domain.provisioning.ProvisioningRules;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.ListPoliciesInPermissionSetCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.PermissionSetAddress;
import dev.grants.ports.in.PermissionSetCommand;
import dev.grants.ports.in.PermissionSetDefinitions;
import dev.grants.ports.in.PolicyReferenceCommand;
import dev.grants.ports.out.PermissionSetRepository;
import io.vavr.control.Either;
import java.util.List;
import java.util.function.Function;

/**
 * {@link PermissionSetDefinitions} on the permission-set repository: every change goes through one
 * {@link Redefinition} (compare-and-set on the whole permission set), and both kinds of attached policy through the
 * same attach, detach and list, told apart by their {@link PolicyKind}. Built by {@link Grants}; thread-safe when its
 * repository is.
 */
final class PermissionSetDefinitionService implements PermissionSetDefinitions {
  private final PermissionSetLookup lookup;
  private final Redefinition redefinition;
  private final SignedPageTokens tokens;

  PermissionSetDefinitionService(PermissionSetRepository directory, PermissionSetLookup lookup,
      SignedPageTokens tokens, int maxAttempts) {
    this.lookup = lookup;
    this.redefinition = new Redefinition(directory, lookup, maxAttempts);
    this.tokens = tokens;
  }

  @Override
  public Either<GrantsError, PermissionSet> getInlinePolicy(PermissionSetCommand command) {
    return PortFailures.contained(() -> find(command, List.of(), "sso:GetInlinePolicyForPermissionSet"));
  }

  @Override
  public Either<GrantsError, PermissionSet> deleteInlinePolicy(PermissionSetCommand command) {
    return change(command, List.of(), "sso:DeleteInlinePolicyFromPermissionSet",
        base -> Either.right(base.inlinePolicy() == null ? base : base.withInlinePolicy(null)));
  }

  @Override
  public Either<GrantsError, PermissionSet> attachManagedPolicy(PolicyReferenceCommand command) {
    return attach(PolicyKind.MANAGED, command, "sso:AttachManagedPolicyToPermissionSet");
  }

  @Override
  public Either<GrantsError, PermissionSet> detachManagedPolicy(PolicyReferenceCommand command) {
    return detach(PolicyKind.MANAGED, command, "sso:DetachManagedPolicyFromPermissionSet");
  }

  @Override
  public Either<GrantsError, Page<PolicyReference.Managed>> listManagedPolicies(
      ListPoliciesInPermissionSetCommand command) {
    return list(PolicyKind.MANAGED, PolicyReference.Managed.class, command, "sso:ListManagedPoliciesInPermissionSet");
  }

  @Override
  public Either<GrantsError, PermissionSet> attachCustomerManagedPolicy(PolicyReferenceCommand command) {
    return attach(PolicyKind.CUSTOMER_MANAGED, command, "sso:AttachCustomerManagedPolicyReferenceToPermissionSet");
  }

  @Override
  public Either<GrantsError, PermissionSet> detachCustomerManagedPolicy(PolicyReferenceCommand command) {
    return detach(PolicyKind.CUSTOMER_MANAGED, command,
        "sso:DetachCustomerManagedPolicyReferenceFromPermissionSet");
  }

  @Override
  public Either<GrantsError, Page<PolicyReference.CustomerManaged>> listCustomerManagedPolicies(
      ListPoliciesInPermissionSetCommand command) {
    return list(PolicyKind.CUSTOMER_MANAGED, PolicyReference.CustomerManaged.class, command,
        "sso:ListCustomerManagedPolicyReferencesInPermissionSet");
  }

  @Override
  public Either<GrantsError, PermissionSet> putPermissionsBoundary(PolicyReferenceCommand command) {
    boolean managed = PolicyKind.MANAGED.given(command);
    if (managed == PolicyKind.CUSTOMER_MANAGED.given(command)) {
      // Either member is optional in the model; exactly one is the structure's rule (it is a union in all but name).
      return Either.left(new GrantsError.PermissionsBoundaryNotOneKind(managed));
    }
    PolicyKind<?> kind = managed ? PolicyKind.MANAGED : PolicyKind.CUSTOMER_MANAGED;
    return change(command, kind.violations(PolicyReferenceRules.BOUNDARY, command),
        "sso:PutPermissionsBoundaryToPermissionSet",
        base -> Either.right(base.withPolicies(base.policies().withBoundary(kind.reference(command)))));
  }

  @Override
  public Either<GrantsError, PolicyReference> getPermissionsBoundary(PermissionSetCommand command) {
    return PortFailures.contained(() -> find(command, List.of(), "sso:GetPermissionsBoundaryForPermissionSet")
        .flatMap(set -> set.policies().boundary() == null
            ? Either.left(new GrantsError.PermissionsBoundaryNotFound(set.arn()))
            : Either.right(set.policies().boundary())));
  }

  @Override
  public Either<GrantsError, PermissionSet> deletePermissionsBoundary(PermissionSetCommand command) {
    return change(command, List.of(), "sso:DeletePermissionsBoundaryFromPermissionSet",
        base -> base.policies().boundary() == null
            ? Either.left(new GrantsError.PermissionsBoundaryNotFound(base.arn()))
            : Either.right(base.withPolicies(base.policies().withBoundary(null))));
  }

  private Either<GrantsError, PermissionSet> attach(PolicyKind<?> kind, PolicyReferenceCommand command, String action) {
    return change(command, kind.violations(PolicyReferenceRules.ATTACHED, command), action,
        base -> base.policies().attach(base.arn(), kind.reference(command)).map(base::withPolicies));
  }

  private Either<GrantsError, PermissionSet> detach(PolicyKind<?> kind, PolicyReferenceCommand command, String action) {
    return change(command, kind.violations(PolicyReferenceRules.ATTACHED, command), action,
        base -> base.policies().detach(base.arn(), kind.reference(command)).map(base::withPolicies));
  }

  private <P extends PolicyReference> Either<GrantsError, Page<P>> list(PolicyKind<?> kind, Class<P> type,
      ListPoliciesInPermissionSetCommand command, String action) {
    return PortFailures.contained(() -> find(command,
            ProvisioningRules.paging(command.maxResults(), command.nextToken()), action)
        .flatMap(set -> tokens.page(kind.listing() + "-policies|" + set.arn(), set.policies().of(type),
            command.maxResults(), command.nextToken())));
  }

  /** The permission set {@code command} names, its members and {@code more} checked first. */
  private Either<GrantsError, PermissionSet> find(PermissionSetAddress command, List<Violation> more, String action) {
    return lookup.permissionSet(command.context(), command.instanceArn(), command.permissionSetArn(), more, action);
  }

  /** {@code change} applied to the permission set {@code command} names, by one compare-and-set. */
  private Either<GrantsError, PermissionSet> change(PermissionSetAddress command, List<Violation> more,
      String action, Function<PermissionSet, Either<GrantsError, PermissionSet>> change) {
    return PortFailures.contained(() -> find(command, more, action)
        .flatMap(current -> redefinition.apply(current, change)));
  }
}
