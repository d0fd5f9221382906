package dev.grants.adapters.json.ssoadmin;

import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;

/**
 * The sso-admin operations Grants serves (json 1.1): every one is {@code POST /}, named by the header
 * {@code X-Amz-Target: SWBExternalService.<Operation>}, and answers 200.
 *
 * <pre>{@code
 * SsoAdminOperation.ofTarget("SWBExternalService.ProvisionPermissionSet"); // Some(PROVISION_PERMISSION_SET)
 * SsoAdminOperation.LIST_INSTANCES.target();                               // SWBExternalService.ListInstances
 * }</pre>
 */
public enum SsoAdminOperation {
  /** {@code CreateInstance}. */
  CREATE_INSTANCE("CreateInstance"),
  /** {@code ListInstances}. */
  LIST_INSTANCES("ListInstances"),
  /** {@code CreatePermissionSet}. */
  CREATE_PERMISSION_SET("CreatePermissionSet"),
  /** {@code DescribePermissionSet}. */
  DESCRIBE_PERMISSION_SET("DescribePermissionSet"),
  /** {@code PutInlinePolicyToPermissionSet}. */
  PUT_INLINE_POLICY_TO_PERMISSION_SET("PutInlinePolicyToPermissionSet"),
  /** {@code DeletePermissionSet}. */
  DELETE_PERMISSION_SET("DeletePermissionSet"),
  /** {@code ProvisionPermissionSet}. */
  PROVISION_PERMISSION_SET("ProvisionPermissionSet"),
  /** {@code DescribePermissionSetProvisioningStatus}. */
  DESCRIBE_PERMISSION_SET_PROVISIONING_STATUS("DescribePermissionSetProvisioningStatus"),
  /** {@code ListPermissionSetProvisioningStatus}. */
  LIST_PERMISSION_SET_PROVISIONING_STATUS("ListPermissionSetProvisioningStatus"),
  /** {@code ListAccountsForProvisionedPermissionSet}. */
  LIST_ACCOUNTS_FOR_PROVISIONED_PERMISSION_SET("ListAccountsForProvisionedPermissionSet"),
  /** {@code ListPermissionSetsProvisionedToAccount}. */
  LIST_PERMISSION_SETS_PROVISIONED_TO_ACCOUNT("ListPermissionSetsProvisionedToAccount"),
  /** {@code DescribeInstance}. */
  DESCRIBE_INSTANCE("DescribeInstance"),
  /** {@code ListPermissionSets}. */
  LIST_PERMISSION_SETS("ListPermissionSets"),
  /** {@code UpdatePermissionSet}. */
  UPDATE_PERMISSION_SET("UpdatePermissionSet"),
  /** {@code TagResource}. */
  TAG_RESOURCE("TagResource"),
  /** {@code UntagResource}. */
  UNTAG_RESOURCE("UntagResource"),
  /** {@code ListTagsForResource}. */
  LIST_TAGS_FOR_RESOURCE("ListTagsForResource"),
  // Account assignments (issue 16).
  /** {@code CreateAccountAssignment}. */
  CREATE_ACCOUNT_ASSIGNMENT("CreateAccountAssignment"),
  /** {@code DeleteAccountAssignment}. */
  DELETE_ACCOUNT_ASSIGNMENT("DeleteAccountAssignment"),
  /** {@code DescribeAccountAssignmentCreationStatus}. */
  DESCRIBE_ACCOUNT_ASSIGNMENT_CREATION_STATUS("DescribeAccountAssignmentCreationStatus"),
  /** {@code DescribeAccountAssignmentDeletionStatus}. */
  DESCRIBE_ACCOUNT_ASSIGNMENT_DELETION_STATUS("DescribeAccountAssignmentDeletionStatus"),
  /** {@code ListAccountAssignmentCreationStatus}. */
  LIST_ACCOUNT_ASSIGNMENT_CREATION_STATUS("ListAccountAssignmentCreationStatus"),
  /** {@code ListAccountAssignmentDeletionStatus}. */
  LIST_ACCOUNT_ASSIGNMENT_DELETION_STATUS("ListAccountAssignmentDeletionStatus"),
  /** {@code ListAccountAssignments}. */
  LIST_ACCOUNT_ASSIGNMENTS("ListAccountAssignments"),
  /** {@code ListAccountAssignmentsForPrincipal}. */
  LIST_ACCOUNT_ASSIGNMENTS_FOR_PRINCIPAL("ListAccountAssignmentsForPrincipal"),
  // --- the permission set's definition (issue 16) ---
  /** {@code GetInlinePolicyForPermissionSet}. */
  GET_INLINE_POLICY_FOR_PERMISSION_SET("GetInlinePolicyForPermissionSet"),
  /** {@code DeleteInlinePolicyFromPermissionSet}. */
  DELETE_INLINE_POLICY_FROM_PERMISSION_SET("DeleteInlinePolicyFromPermissionSet"),
  /** {@code AttachManagedPolicyToPermissionSet}. */
  ATTACH_MANAGED_POLICY_TO_PERMISSION_SET("AttachManagedPolicyToPermissionSet"),
  /** {@code DetachManagedPolicyFromPermissionSet}. */
  DETACH_MANAGED_POLICY_FROM_PERMISSION_SET("DetachManagedPolicyFromPermissionSet"),
  /** {@code ListManagedPoliciesInPermissionSet}. */
  LIST_MANAGED_POLICIES_IN_PERMISSION_SET("ListManagedPoliciesInPermissionSet"),
  /** {@code AttachCustomerManagedPolicyReferenceToPermissionSet}. */
  ATTACH_CUSTOMER_MANAGED_POLICY_REFERENCE_TO_PERMISSION_SET("AttachCustomerManagedPolicyReferenceToPermissionSet"),
  /** {@code DetachCustomerManagedPolicyReferenceFromPermissionSet}. */
  DETACH_CUSTOMER_MANAGED_POLICY_REFERENCE_FROM_PERMISSION_SET("DetachCustomerManagedPolicyReferenceFromPermissionSet"),
  /** {@code ListCustomerManagedPolicyReferencesInPermissionSet}. */
  LIST_CUSTOMER_MANAGED_POLICY_REFERENCES_IN_PERMISSION_SET("ListCustomerManagedPolicyReferencesInPermissionSet"),
  /** {@code PutPermissionsBoundaryToPermissionSet}. */
  PUT_PERMISSIONS_BOUNDARY_TO_PERMISSION_SET("PutPermissionsBoundaryToPermissionSet"),
  /** {@code GetPermissionsBoundaryForPermissionSet}. */
  GET_PERMISSIONS_BOUNDARY_FOR_PERMISSION_SET("GetPermissionsBoundaryForPermissionSet"),
  /** {@code DeletePermissionsBoundaryFromPermissionSet}. */
  DELETE_PERMISSIONS_BOUNDARY_FROM_PERMISSION_SET("DeletePermissionsBoundaryFromPermissionSet");

  /** The model's {@code targetPrefix} and the dot that joins it to an operation name. */
  public static final String TARGET_PREFIX = "SWBExternalService.";

  private static final Map<String, SsoAdminOperation> BY_TARGET = new HashMap<>();

  static {
    for (SsoAdminOperation operation : values()) {
      BY_TARGET.put(operation.target(), operation);
    }
  }

  private final String operationName;

  SsoAdminOperation(String operationName) {
    this.operationName = operationName;
  }

  /** The operation's name in the service model ({@code ProvisionPermissionSet}). */
  public String operationName() {
    return operationName;
  }

  /** The {@code X-Amz-Target} value that names it ({@code SWBExternalService.ProvisionPermissionSet}). */
  public String target() {
    return TARGET_PREFIX + operationName;
  }

  /** The operation {@code target} names exactly (case matters), none for any other value or null. */
  public static Option<SsoAdminOperation> ofTarget(String target) {
    return Option.of(target == null ? null : BY_TARGET.get(target));
  }
}
