package dev.grants.adapters.http;

import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.ATTACH_CUSTOMER_MANAGED_POLICY_REFERENCE_TO_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.ATTACH_MANAGED_POLICY_TO_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.CREATE_ACCOUNT_ASSIGNMENT;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.CREATE_INSTANCE;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.CREATE_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.DELETE_ACCOUNT_ASSIGNMENT;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.DELETE_INLINE_POLICY_FROM_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.DELETE_PERMISSIONS_BOUNDARY_FROM_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.DELETE_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.DESCRIBE_ACCOUNT_ASSIGNMENT_CREATION_STATUS;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.DESCRIBE_ACCOUNT_ASSIGNMENT_DELETION_STATUS;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.DESCRIBE_INSTANCE;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.DESCRIBE_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.DESCRIBE_PERMISSION_SET_PROVISIONING_STATUS;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.DETACH_CUSTOMER_MANAGED_POLICY_REFERENCE_FROM_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.DETACH_MANAGED_POLICY_FROM_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.GET_INLINE_POLICY_FOR_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.GET_PERMISSIONS_BOUNDARY_FOR_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.LIST_ACCOUNTS_FOR_PROVISIONED_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.LIST_ACCOUNT_ASSIGNMENTS;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.LIST_ACCOUNT_ASSIGNMENTS_FOR_PRINCIPAL;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.LIST_ACCOUNT_ASSIGNMENT_CREATION_STATUS;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.LIST_ACCOUNT_ASSIGNMENT_DELETION_STATUS;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.LIST_CUSTOMER_MANAGED_POLICY_REFERENCES_IN_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.LIST_INSTANCES;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.LIST_MANAGED_POLICIES_IN_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.LIST_PERMISSION_SETS;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.LIST_PERMISSION_SETS_PROVISIONED_TO_ACCOUNT;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.LIST_PERMISSION_SET_PROVISIONING_STATUS;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.LIST_TAGS_FOR_RESOURCE;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.PROVISION_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.PUT_INLINE_POLICY_TO_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.PUT_PERMISSIONS_BOUNDARY_TO_PERMISSION_SET;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.TAG_RESOURCE;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.UNTAG_RESOURCE;
import static dev.grants.adapters.json.ssoadmin.SsoAdminOperation.UPDATE_PERMISSION_SET;

import dev.grants.adapters.json.ssoadmin.SsoAdminAssignmentCodec;
import dev.grants.adapters.json.ssoadmin.SsoAdminCodec;
import dev.grants.adapters.json.ssoadmin.SsoAdminDefinitionCodec;
import dev.grants.adapters.json.ssoadmin.SsoAdminOperation;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.ports.in.AccountAssignments;
import dev.grants.ports.in.PermissionSetDefinitions;
import dev.grants.ports.in.PermissionSetProvisioning;
import dev.grants.ports.in.PermissionSets;
import io.vavr.control.Option;
import java.util.Map;

/**
 * The sso-admin operations (json 1.1) on {@code POST /}, each ({@link SsoAdminOperation}, named by
 * {@code X-Amz-Target}) routed once to the codec and the inbound port. Every request on path {@code /} is this
 * family's: a missing or unknown target is 400 UnknownOperationException, another method than POST 404.
 */
final class SsoAdminFamily implements Family {
  static final String PATH = "/";

  private final SsoAdminCodec codec = SsoAdminCodec.create();
  private final SsoAdminAssignmentCodec assignmentCodec = SsoAdminAssignmentCodec.create();
  private final SsoAdminDefinitionCodec definition = SsoAdminDefinitionCodec.create();
  private final RouteTable<SsoAdminOperation> routes;
  private final Faults faults = new Faults(() -> codec.internalError(INTERNAL_ERROR), codec::throttling,
      codec::serializationException, codec::requestTooLarge);

  /**
   * The family, in front of the inbound ports {@code sets}, {@code definitions}, {@code provisioning} and
   * {@code assignments}.
   */
  SsoAdminFamily(PermissionSets sets, PermissionSetDefinitions definitions, PermissionSetProvisioning provisioning,
      AccountAssignments assignments) {
    this.routes = RouteTable.builder(SsoAdminOperation.class, (operation, error) -> codec.encodeError(error))
        .on(CREATE_INSTANCE, call -> codec.decodeCreateInstance(call.context(), call.body()),
            sets::createInstance, codec::encodeCreatedInstance)
        .on(LIST_INSTANCES, call -> codec.decodeListInstances(call.context(), call.body()),
            sets::listInstances, codec::encodeInstances)
        .on(CREATE_PERMISSION_SET, call -> codec.decodeCreatePermissionSet(call.context(), call.body()),
            sets::createPermissionSet, codec::encodePermissionSet)
        .on(DESCRIBE_PERMISSION_SET, call -> codec.decodeDescribePermissionSet(call.context(), call.body()),
            sets::describePermissionSet, codec::encodePermissionSet)
        .on(PUT_INLINE_POLICY_TO_PERMISSION_SET,
            call -> codec.decodePutInlinePolicyToPermissionSet(call.context(), call.body()),
            sets::putInlinePolicy, codec::encodeInlinePolicyPut)
        .on(DELETE_PERMISSION_SET, call -> codec.decodeDeletePermissionSet(call.context(), call.body()),
            sets::deletePermissionSet, codec::encodeDeleted)
        .on(PROVISION_PERMISSION_SET, call -> codec.decodeProvisionPermissionSet(call.context(), call.body()),
            provisioning::provision, codec::encodeProvisioningStatus)
        .on(DESCRIBE_PERMISSION_SET_PROVISIONING_STATUS,
            call -> codec.decodeDescribePermissionSetProvisioningStatus(call.context(), call.body()),
            provisioning::describeStatus, codec::encodeProvisioningStatus)
        .on(LIST_PERMISSION_SET_PROVISIONING_STATUS,
            call -> codec.decodeListPermissionSetProvisioningStatus(call.context(), call.body()),
            provisioning::listStatus, codec::encodeProvisioningStatuses)
        .on(LIST_ACCOUNTS_FOR_PROVISIONED_PERMISSION_SET,
            call -> codec.decodeListAccountsForProvisionedPermissionSet(call.context(), call.body()),
            provisioning::listAccounts, codec::encodeAccounts)
        .on(LIST_PERMISSION_SETS_PROVISIONED_TO_ACCOUNT,
            call -> codec.decodeListPermissionSetsProvisionedToAccount(call.context(), call.body()),
            provisioning::listPermissionSets, codec::encodePermissionSets)
        .on(DESCRIBE_INSTANCE, call -> codec.decodeDescribeInstance(call.context(), call.body()),
            sets::describeInstance, codec::encodeInstance)
        .on(LIST_PERMISSION_SETS, call -> codec.decodeListPermissionSets(call.context(), call.body()),
            sets::listPermissionSets, codec::encodePermissionSetArns)
        .on(UPDATE_PERMISSION_SET, call -> codec.decodeUpdatePermissionSet(call.context(), call.body()),
            sets::updatePermissionSet, codec::encodePermissionSetUpdated)
        .on(TAG_RESOURCE, call -> codec.decodeTagResource(call.context(), call.body()),
            sets::tagResource, codec::encodeTagsChanged)
        .on(UNTAG_RESOURCE, call -> codec.decodeUntagResource(call.context(), call.body()),
            sets::untagResource, codec::encodeTagsChanged)
        .on(LIST_TAGS_FOR_RESOURCE, call -> codec.decodeListTagsForResource(call.context(), call.body()),
            sets::listTagsForResource, codec::encodeTags)
        // Account assignments (issue 16).
        .on(CREATE_ACCOUNT_ASSIGNMENT,
            call -> assignmentCodec.decodeCreateAccountAssignment(call.context(), call.body()),
            assignments::createAccountAssignment, assignmentCodec::encodeCreationStatus)
        .on(DELETE_ACCOUNT_ASSIGNMENT,
            call -> assignmentCodec.decodeDeleteAccountAssignment(call.context(), call.body()),
            assignments::deleteAccountAssignment, assignmentCodec::encodeDeletionStatus)
        .on(DESCRIBE_ACCOUNT_ASSIGNMENT_CREATION_STATUS,
            call -> assignmentCodec.decodeDescribeCreationStatus(call.context(), call.body()),
            assignments::describeCreationStatus, assignmentCodec::encodeCreationStatus)
        .on(DESCRIBE_ACCOUNT_ASSIGNMENT_DELETION_STATUS,
            call -> assignmentCodec.decodeDescribeDeletionStatus(call.context(), call.body()),
            assignments::describeDeletionStatus, assignmentCodec::encodeDeletionStatus)
        .on(LIST_ACCOUNT_ASSIGNMENT_CREATION_STATUS,
            call -> assignmentCodec.decodeListCreationStatus(call.context(), call.body()),
            assignments::listCreationStatus, assignmentCodec::encodeCreationStatuses)
        .on(LIST_ACCOUNT_ASSIGNMENT_DELETION_STATUS,
            call -> assignmentCodec.decodeListDeletionStatus(call.context(), call.body()),
            assignments::listDeletionStatus, assignmentCodec::encodeDeletionStatuses)
        .on(LIST_ACCOUNT_ASSIGNMENTS,
            call -> assignmentCodec.decodeListAccountAssignments(call.context(), call.body()),
            assignments::listAccountAssignments, assignmentCodec::encodeAccountAssignments)
        .on(LIST_ACCOUNT_ASSIGNMENTS_FOR_PRINCIPAL,
            call -> assignmentCodec.decodeListAccountAssignmentsForPrincipal(call.context(), call.body()),
            assignments::listAccountAssignmentsForPrincipal, assignmentCodec::encodeAccountAssignmentsForPrincipal)
        // --- the permission set's definition (issue 16) ---
        .on(GET_INLINE_POLICY_FOR_PERMISSION_SET, call -> definition.decodePermissionSet(call.context(), call.body()),
            definitions::getInlinePolicy, definition::encodeInlinePolicy)
        .on(DELETE_INLINE_POLICY_FROM_PERMISSION_SET,
            call -> definition.decodePermissionSet(call.context(), call.body()),
            definitions::deleteInlinePolicy, definition::encodeChanged)
        .on(ATTACH_MANAGED_POLICY_TO_PERMISSION_SET,
            call -> definition.decodeManagedPolicy(call.context(), call.body()),
            definitions::attachManagedPolicy, definition::encodeChanged)
        .on(DETACH_MANAGED_POLICY_FROM_PERMISSION_SET,
            call -> definition.decodeManagedPolicy(call.context(), call.body()),
            definitions::detachManagedPolicy, definition::encodeChanged)
        .on(LIST_MANAGED_POLICIES_IN_PERMISSION_SET, call -> definition.decodeListPolicies(call.context(), call.body()),
            definitions::listManagedPolicies, definition::encodeManagedPolicies)
        .on(ATTACH_CUSTOMER_MANAGED_POLICY_REFERENCE_TO_PERMISSION_SET,
            call -> definition.decodeCustomerManagedPolicy(call.context(), call.body()),
            definitions::attachCustomerManagedPolicy, definition::encodeChanged)
        .on(DETACH_CUSTOMER_MANAGED_POLICY_REFERENCE_FROM_PERMISSION_SET,
            call -> definition.decodeCustomerManagedPolicy(call.context(), call.body()),
            definitions::detachCustomerManagedPolicy, definition::encodeChanged)
        .on(LIST_CUSTOMER_MANAGED_POLICY_REFERENCES_IN_PERMISSION_SET,
            call -> definition.decodeListPolicies(call.context(), call.body()),
            definitions::listCustomerManagedPolicies, definition::encodeCustomerManagedPolicies)
        .on(PUT_PERMISSIONS_BOUNDARY_TO_PERMISSION_SET,
            call -> definition.decodePermissionsBoundary(call.context(), call.body()),
            definitions::putPermissionsBoundary, definition::encodeChanged)
        .on(GET_PERMISSIONS_BOUNDARY_FOR_PERMISSION_SET,
            call -> definition.decodePermissionSet(call.context(), call.body()),
            definitions::getPermissionsBoundary, definition::encodePermissionsBoundary)
        .on(DELETE_PERMISSIONS_BOUNDARY_FROM_PERMISSION_SET,
            call -> definition.decodePermissionSet(call.context(), call.body()),
            definitions::deletePermissionsBoundary, definition::encodeChanged)
        .build();
  }

  @Override
  public boolean owns(String rawPath) {
    return rawPath.equals(PATH);
  }

  @Override
  public WireResponse handle(EndpointRequest request) {
    if (!request.method().equals("POST")) {
      return codec.unknownMethod(request.method(), request.rawPath());
    }
    Option<SsoAdminOperation> operation = SsoAdminOperation.ofTarget(request.target());
    if (operation.isEmpty()) {
      return codec.unknownOperation(request.target());
    }
    return routes.answer(operation.get(), new Call(request, Map.of()));
  }

  @Override
  public Faults faults() {
    return faults;
  }
}
