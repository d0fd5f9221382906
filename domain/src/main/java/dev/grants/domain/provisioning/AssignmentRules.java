package dev.grants.domain.provisioning;

import dev.grants.domain.validation.MemberRule;
import java.util.List;

/**
 * The model constraints of the account-assignment members, as rules named after the members (lowerCamel, as the
 * validation framework reports them); the members they share with provisioning are {@link ProvisioningRules}'.
 *
 * <pre>{@code
 * AssignmentRules.PRINCIPAL_TYPE.check("ROLE"); // one violation: Member must satisfy enum value set: [USER, GROUP]
 * }</pre>
 */
public final class AssignmentRules {
  /** The model's pattern of principal ids. */
  public static final String PRINCIPAL_ID_PATTERN =
      "([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}";

  /** {@code TargetId}: required here, an account. */
  public static final MemberRule TARGET_ID =
      MemberRule.required("targetId").minLength(12).maxLength(12).pattern("\\d{12}");
  /** {@code TargetType}: only {@code AWS_ACCOUNT}. */
  public static final MemberRule TARGET_TYPE = MemberRule.required("targetType").oneOf(List.of("AWS_ACCOUNT"));
  /** {@code PrincipalType}. */
  public static final MemberRule PRINCIPAL_TYPE = MemberRule.required("principalType").oneOf(List.of("USER", "GROUP"));
  /** {@code PrincipalId}. */
  public static final MemberRule PRINCIPAL_ID =
      MemberRule.required("principalId").minLength(1).maxLength(47).pattern(PRINCIPAL_ID_PATTERN);
  /** {@code AccountAssignmentCreationRequestId}. */
  public static final MemberRule CREATION_REQUEST_ID = MemberRule.required("accountAssignmentCreationRequestId")
      .minLength(36).maxLength(36).pattern(ProvisioningRules.UUID_PATTERN);
  /** {@code AccountAssignmentDeletionRequestId}. */
  public static final MemberRule DELETION_REQUEST_ID = MemberRule.required("accountAssignmentDeletionRequestId")
      .minLength(36).maxLength(36).pattern(ProvisioningRules.UUID_PATTERN);
  /** {@code Filter.AccountId} of ListAccountAssignmentsForPrincipal. */
  public static final MemberRule FILTER_ACCOUNT_ID =
      MemberRule.optional("filter.accountId").minLength(12).maxLength(12).pattern("\\d{12}");

  private AssignmentRules() {}

  /** The request-id rule of operations of {@code kind}. */
  public static MemberRule requestId(AssignmentOperation.Kind kind) {
    return kind == AssignmentOperation.Kind.CREATION ? CREATION_REQUEST_ID : DELETION_REQUEST_ID;
  }
}
