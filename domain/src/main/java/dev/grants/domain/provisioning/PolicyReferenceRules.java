package dev.grants.domain.provisioning;

import dev.grants.domain.Nullable;
import dev.grants.domain.validation.MemberRule;
import dev.grants.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The model's constraints on the members that name a policy ({@code ManagedPolicyArn},
 * {@code CustomerManagedPolicyReference.Name} and {@code .Path}), under the member path each operation gives them:
 * {@link #ATTACHED} ({@code managedPolicyArn}) for the attach and detach operations, {@link #BOUNDARY}
 * ({@code permissionsBoundary.managedPolicyArn}) for PutPermissionsBoundaryToPermissionSet. Each rule is built once.
 *
 * <pre>{@code
 * PolicyReferenceRules.ATTACHED.managedPolicyArn("arn:aws:iam::aws:policy/ReadOnlyAccess"); // []
 * }</pre>
 */
public final class PolicyReferenceRules {
  /** {@code ManagedPolicyArn}'s pattern. */
  public static final String MANAGED_POLICY_ARN_PATTERN =
      "arn:aws(-[a-z]{1,5}){0,3}:iam::aws:policy((/[A-Za-z0-9\\.,\\+@=_-]+)*)/([A-Za-z0-9\\.,\\+=@_-]+)";
  /** The members of the attach and detach operations. */
  public static final PolicyReferenceRules ATTACHED = new PolicyReferenceRules("");
  /** The members of a {@code PermissionsBoundary}. */
  public static final PolicyReferenceRules BOUNDARY = new PolicyReferenceRules("permissionsBoundary.");

  private final MemberRule managedPolicyArn;
  private final MemberRule customerManaged;
  private final MemberRule name;
  private final MemberRule path;

  private PolicyReferenceRules(String prefix) {
    this.managedPolicyArn = MemberRule.required(prefix + "managedPolicyArn").minLength(20).maxLength(2048)
        .pattern(MANAGED_POLICY_ARN_PATTERN);
    String reference = prefix + "customerManagedPolicyReference";
    this.customerManaged = MemberRule.required(reference);
    this.name = MemberRule.required(reference + ".name").minLength(1).maxLength(128).pattern("[\\w+=,.@-]+");
    this.path = MemberRule.optional(reference + ".path").minLength(1).maxLength(512)
        .pattern("((/[A-Za-z0-9\\.,\\+@=_-]+)*)/");
  }

  /** Every violation of a required {@code ManagedPolicyArn}. */
  public List<Violation> managedPolicyArn(@Nullable String value) {
    return managedPolicyArn.check(value);
  }

  /** Every violation of a required {@code CustomerManagedPolicyReference} ({@code given}: whether it is there). */
  public List<Violation> customerManaged(boolean given, @Nullable String referenceName, @Nullable String referencePath) {
    if (!given) {
      return customerManaged.check(null);
    }
    List<Violation> found = new ArrayList<>(name.check(referenceName));
    found.addAll(path.check(referencePath));
    return found;
  }
}
