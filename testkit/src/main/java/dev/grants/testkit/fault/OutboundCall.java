package dev.grants.testkit.fault;

import dev.grants.ports.out.AccountAssignmentRepository;
import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.LayerVersionRepository;
import dev.grants.ports.out.PermissionSetRepository;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.out.ProvisioningRequestRepository;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.SigningProfileRepository;

/**
 * Every call the services make through an outbound port, by port and method: what a {@link FaultPlan} counts
 * and arms faults on. A call either writes (it changes what is stored, or hands work over, or tells a listener)
 * or only reads; only a write can fail after it took effect ({@link Fault#failAfter()}).
 *
 * <pre>{@code
 * plan.arm(OutboundCall.POLICY_COMMIT, 1, Fault.failAfter()); // the next commit takes effect, then throws
 * OutboundCall.POLICY_COMMIT.writes();                         // true
 * OutboundCall.POLICY_COMMIT.toString();                       // "ResourcePolicyRepository.commit"
 * }</pre>
 */
public enum OutboundCall {
  /** {@link ResourcePolicyRepository#find}. */
  POLICY_FIND(ResourcePolicyRepository.class, "find", false),
  /** {@link ResourcePolicyRepository#commit}. */
  POLICY_COMMIT(ResourcePolicyRepository.class, "commit", true),
  /** {@link ResourcePolicyRepository#delete}. */
  POLICY_DELETE(ResourcePolicyRepository.class, "delete", true),

  /** {@link LayerVersionRepository#publishNext}. */
  LAYER_VERSION_PUBLISH(LayerVersionRepository.class, "publishNext", true),
  /** {@link LayerVersionRepository#find}. */
  LAYER_VERSION_FIND(LayerVersionRepository.class, "find", false),
  /** {@link LayerVersionRepository#delete}. */
  LAYER_VERSION_DELETE(LayerVersionRepository.class, "delete", true),
  /** {@link LayerVersionRepository#versions}. */
  LAYER_VERSIONS_OF(LayerVersionRepository.class, "versions", false),
  /** {@link LayerVersionRepository#latestVersions}. */
  LAYER_LATEST_VERSIONS(LayerVersionRepository.class, "latestVersions", false),

  /** {@link SigningProfileRepository#find}. */
  PROFILE_FIND(SigningProfileRepository.class, "find", false),
  /** {@link SigningProfileRepository#ownedBy}. */
  PROFILE_OWNED_BY(SigningProfileRepository.class, "ownedBy", false),
  /** {@link SigningProfileRepository#insert}. */
  PROFILE_INSERT(SigningProfileRepository.class, "insert", true),
  /** {@link SigningProfileRepository#replace}. */
  PROFILE_REPLACE(SigningProfileRepository.class, "replace", true),

  /** {@link PermissionSetRepository#insertInstance}. */
  INSTANCE_INSERT(PermissionSetRepository.class, "insertInstance", true),
  /** {@link PermissionSetRepository#findInstance}. */
  INSTANCE_FIND(PermissionSetRepository.class, "findInstance", false),
  /** {@link PermissionSetRepository#instancesOf}. */
  INSTANCES_OF(PermissionSetRepository.class, "instancesOf", false),
  /** {@link PermissionSetRepository#insertPermissionSet}. */
  PERMISSION_SET_INSERT(PermissionSetRepository.class, "insertPermissionSet", true),
  /** {@link PermissionSetRepository#permissionSetsOf}. */
  PERMISSION_SETS_OF(PermissionSetRepository.class, "permissionSetsOf", false),
  /** {@link PermissionSetRepository#tagsOf}. */
  TAGS_OF(PermissionSetRepository.class, "tagsOf", false),
  /** {@link PermissionSetRepository#tag}. */
  TAG(PermissionSetRepository.class, "tag", true),
  /** {@link PermissionSetRepository#untag}. */
  UNTAG(PermissionSetRepository.class, "untag", true),
  /** {@link PermissionSetRepository#findPermissionSet}. */
  PERMISSION_SET_FIND(PermissionSetRepository.class, "findPermissionSet", false),
  /** {@link PermissionSetRepository#replacePermissionSet}. */
  PERMISSION_SET_REPLACE(PermissionSetRepository.class, "replacePermissionSet", true),
  /** {@link PermissionSetRepository#deletePermissionSet}. */
  PERMISSION_SET_DELETE(PermissionSetRepository.class, "deletePermissionSet", true),
  /** {@link PermissionSetRepository#recordProvisioned}. */
  PROVISIONED_RECORD(PermissionSetRepository.class, "recordProvisioned", true),
  /** {@link PermissionSetRepository#provisionedAccounts}. */
  PROVISIONED_ACCOUNTS(PermissionSetRepository.class, "provisionedAccounts", false),
  /** {@link PermissionSetRepository#provisionedTo}. */
  PROVISIONED_TO(PermissionSetRepository.class, "provisionedTo", false),

  /** {@link ProvisioningRequestRepository#start}. */
  REQUEST_START(ProvisioningRequestRepository.class, "start", true),
  /** {@link ProvisioningRequestRepository#find}. */
  REQUEST_FIND(ProvisioningRequestRepository.class, "find", false),
  /** {@link ProvisioningRequestRepository#replace}. */
  REQUEST_REPLACE(ProvisioningRequestRepository.class, "replace", true),
  /** {@link ProvisioningRequestRepository#inProgress}. */
  REQUEST_IN_PROGRESS(ProvisioningRequestRepository.class, "inProgress", false),
  /** {@link ProvisioningRequestRepository#requestsOf}. */
  REQUESTS_OF(ProvisioningRequestRepository.class, "requestsOf", false),
  /** {@link ProvisioningRequestRepository#allInProgress}. */
  REQUESTS_ALL_IN_PROGRESS(ProvisioningRequestRepository.class, "allInProgress", false),
  /** {@link ProvisioningRequestRepository#lease}. */
  REQUEST_LEASE(ProvisioningRequestRepository.class, "lease", true),
  /** {@link ProvisioningRequestRepository#renew}. */
  REQUEST_RENEW(ProvisioningRequestRepository.class, "renew", true),
  /** {@link ProvisioningRequestRepository#takeOver}. */
  REQUEST_TAKE_OVER(ProvisioningRequestRepository.class, "takeOver", true),

  // Account assignments (issue 16).
  /** {@link AccountAssignmentRepository#beginCreation}. */
  ASSIGNMENT_BEGIN_CREATION(AccountAssignmentRepository.class, "beginCreation", true),
  /** {@link AccountAssignmentRepository#settle}. */
  ASSIGNMENT_SETTLE(AccountAssignmentRepository.class, "settle", true),
  /** {@link AccountAssignmentRepository#delete}. */
  ASSIGNMENT_DELETE(AccountAssignmentRepository.class, "delete", true),
  /** {@link AccountAssignmentRepository#findOperation}. */
  ASSIGNMENT_OPERATION_FIND(AccountAssignmentRepository.class, "findOperation", false),
  /** {@link AccountAssignmentRepository#operationsOf}. */
  ASSIGNMENT_OPERATIONS_OF(AccountAssignmentRepository.class, "operationsOf", false),
  /** {@link AccountAssignmentRepository#creationsInProgress}. */
  ASSIGNMENT_CREATIONS_IN_PROGRESS(AccountAssignmentRepository.class, "creationsInProgress", false),
  /** {@link AccountAssignmentRepository#assignmentsOf}. */
  ASSIGNMENTS_OF(AccountAssignmentRepository.class, "assignmentsOf", false),
  /** {@link AccountAssignmentRepository#assignmentsOfPrincipal}. */
  ASSIGNMENTS_OF_PRINCIPAL(AccountAssignmentRepository.class, "assignmentsOfPrincipal", false),
  /** {@link AccountAssignmentRepository#removeAssignmentsOf}. */
  ASSIGNMENTS_REMOVE_OF_SET(AccountAssignmentRepository.class, "removeAssignmentsOf", true),

  /** {@link ProvisioningGateway#provision}: hands one account's work over. */
  GATEWAY_PROVISION(ProvisioningGateway.class, "provision", true),
  /** Any method of {@link IdGenerator}: a new id of any kind. */
  NEW_ID(IdGenerator.class, "new*Id", false),
  /** {@link GrantsEventListener#on}: tells the listener of a committed change. */
  EVENT(GrantsEventListener.class, "on", true);

  private final Class<?> port;
  private final String method;
  private final boolean writes;

  OutboundCall(Class<?> port, String method, boolean writes) {
    this.port = port;
    this.method = method;
    this.writes = writes;
  }

  /** The outbound port the call goes through. */
  public Class<?> port() {
    return port;
  }

  /** The name of the port method, {@code new*Id} for every method of {@link IdGenerator}. */
  String method() {
    return method;
  }

  /** Whether the call changes something (stored state, work handed over, a listener told); false for a read. */
  public boolean writes() {
    return writes;
  }

  /** {@code Port.method}, such as {@code ResourcePolicyRepository.commit}. */
  @Override
  public String toString() {
    return port.getSimpleName() + '.' + method;
  }
}
