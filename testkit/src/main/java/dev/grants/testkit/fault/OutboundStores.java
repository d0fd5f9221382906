package dev.grants.testkit.fault;

import dev.grants.ports.out.AccountAssignmentRepository;
import dev.grants.ports.out.LayerVersionRepository;
import dev.grants.ports.out.PermissionSetRepository;
import dev.grants.ports.out.ProvisioningRequestRepository;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.SigningProfileRepository;
import java.util.Objects;

/**
 * The six stores a wiring keeps its state in: what {@link FaultToleranceBehaviour} asks a consumer for, and what
 * {@link FaultPlan#wrap} decorates in one call.
 *
 * <pre>{@code
 * OutboundStores stores = new OutboundStores(new MyPolicies(), new MyLayerVersions(), new MyProfiles(),
 *     new MyPermissionSets(), new MyProvisioningRequests(), new MyAssignments());
 * }</pre>
 *
 * @param resourcePolicies where resource policies are kept
 * @param layerVersions where layer versions are kept
 * @param signingProfiles where signing profiles are kept
 * @param permissionSets where instances, permission sets and their provisioning are kept
 * @param provisioningRequests where provisioning requests are kept
 * @param accountAssignments where account assignments and their operation statuses are kept
 */
public record OutboundStores(
    ResourcePolicyRepository resourcePolicies,
    LayerVersionRepository layerVersions,
    SigningProfileRepository signingProfiles,
    PermissionSetRepository permissionSets,
    ProvisioningRequestRepository provisioningRequests,
    AccountAssignmentRepository accountAssignments) {

  /** Checks every store is present. */
  public OutboundStores {
    Objects.requireNonNull(resourcePolicies, "resourcePolicies");
    Objects.requireNonNull(layerVersions, "layerVersions");
    Objects.requireNonNull(signingProfiles, "signingProfiles");
    Objects.requireNonNull(permissionSets, "permissionSets");
    Objects.requireNonNull(provisioningRequests, "provisioningRequests");
    Objects.requireNonNull(accountAssignments, "accountAssignments");
  }
}
