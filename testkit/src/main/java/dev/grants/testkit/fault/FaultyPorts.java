package dev.grants.testkit.fault;

import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisionedAccount;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.revision.RevisionId;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.ports.out.ClaimedWork;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.LayerVersionRepository;
import dev.grants.ports.out.PermissionSetRepository;
import dev.grants.ports.out.ProvisioningRequestRepository;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.RevisionConflict;
import dev.grants.ports.out.SigningProfileRepository;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * The decorators {@link FaultPlan} hands out: each method of each port names its {@link OutboundCall} and goes
 * through {@link FaultPlan#around}; nothing else. One line per method on purpose, so that a port method that
 * escapes the plan stands out.
 */
final class FaultyPorts {
  private FaultyPorts() {}

  static final class ResourcePolicies implements ResourcePolicyRepository {
    private final FaultPlan plan;
    private final ResourcePolicyRepository delegate;

    ResourcePolicies(FaultPlan plan, ResourcePolicyRepository delegate) {
      this.plan = plan;
      this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public ResourcePolicy find(Arn resource) {
      return plan.around(OutboundCall.POLICY_FIND, () -> delegate.find(resource));
    }

    @Override
    public Either<RevisionConflict, ResourcePolicy> commit(ResourcePolicy base, ResourcePolicy next) {
      return plan.around(OutboundCall.POLICY_COMMIT, () -> delegate.commit(base, next));
    }

    @Override
    public void delete(Arn resource) {
      plan.around(OutboundCall.POLICY_DELETE, () -> delegate.delete(resource));
    }
  }

  static final class LayerVersions implements LayerVersionRepository {
    private final FaultPlan plan;
    private final LayerVersionRepository delegate;

    LayerVersions(FaultPlan plan, LayerVersionRepository delegate) {
      this.plan = plan;
      this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public LayerVersion publishNext(LayerArn layer, LongFunction<LayerVersion> build) {
      return plan.around(OutboundCall.LAYER_VERSION_PUBLISH, () -> delegate.publishNext(layer, build));
    }

    @Override
    public Option<LayerVersion> find(LayerVersionArn arn) {
      return plan.around(OutboundCall.LAYER_VERSION_FIND, () -> delegate.find(arn));
    }

    @Override
    public boolean delete(LayerVersionArn arn) {
      return plan.around(OutboundCall.LAYER_VERSION_DELETE, () -> delegate.delete(arn));
    }
  }

  static final class SigningProfiles implements SigningProfileRepository {
    private final FaultPlan plan;
    private final SigningProfileRepository delegate;

    SigningProfiles(FaultPlan plan, SigningProfileRepository delegate) {
      this.plan = plan;
      this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public Option<SigningProfile> find(SigningProfileArn arn) {
      return plan.around(OutboundCall.PROFILE_FIND, () -> delegate.find(arn));
    }

    @Override
    public boolean insert(SigningProfile profile) {
      return plan.around(OutboundCall.PROFILE_INSERT, () -> delegate.insert(profile));
    }

    @Override
    public boolean replace(SigningProfile base, SigningProfile next) {
      return plan.around(OutboundCall.PROFILE_REPLACE, () -> delegate.replace(base, next));
    }
  }

  static final class PermissionSets implements PermissionSetRepository {
    private final FaultPlan plan;
    private final PermissionSetRepository delegate;

    PermissionSets(FaultPlan plan, PermissionSetRepository delegate) {
      this.plan = plan;
      this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public boolean insertInstance(Instance instance) {
      return plan.around(OutboundCall.INSTANCE_INSERT, () -> delegate.insertInstance(instance));
    }

    @Override
    public Option<Instance> findInstance(InstanceArn arn) {
      return plan.around(OutboundCall.INSTANCE_FIND, () -> delegate.findInstance(arn));
    }

    @Override
    public List<Instance> instancesOf(AccountId owner) {
      return plan.around(OutboundCall.INSTANCES_OF, () -> delegate.instancesOf(owner));
    }

    @Override
    public boolean insertPermissionSet(PermissionSet permissionSet) {
      return plan.around(OutboundCall.PERMISSION_SET_INSERT, () -> delegate.insertPermissionSet(permissionSet));
    }

    @Override
    public Option<PermissionSet> findPermissionSet(PermissionSetArn arn) {
      return plan.around(OutboundCall.PERMISSION_SET_FIND, () -> delegate.findPermissionSet(arn));
    }

    @Override
    public boolean replacePermissionSet(PermissionSet base, PermissionSet next) {
      return plan.around(OutboundCall.PERMISSION_SET_REPLACE, () -> delegate.replacePermissionSet(base, next));
    }

    @Override
    public boolean deletePermissionSet(PermissionSetArn arn) {
      return plan.around(OutboundCall.PERMISSION_SET_DELETE, () -> delegate.deletePermissionSet(arn));
    }

    @Override
    public void recordProvisioned(PermissionSetArn permissionSet, AccountId account, long version) {
      plan.around(OutboundCall.PROVISIONED_RECORD, () -> delegate.recordProvisioned(permissionSet, account, version));
    }

    @Override
    public List<ProvisionedAccount> provisionedAccounts(PermissionSetArn permissionSet) {
      return plan.around(OutboundCall.PROVISIONED_ACCOUNTS, () -> delegate.provisionedAccounts(permissionSet));
    }

    @Override
    public List<ProvisionedAccount> provisionedTo(InstanceArn instance, AccountId account) {
      return plan.around(OutboundCall.PROVISIONED_TO, () -> delegate.provisionedTo(instance, account));
    }
  }

  static final class ProvisioningRequests implements ProvisioningRequestRepository {
    private final FaultPlan plan;
    private final ProvisioningRequestRepository delegate;

    ProvisioningRequests(FaultPlan plan, ProvisioningRequestRepository delegate) {
      this.plan = plan;
      this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public Either<ProvisioningRequest, ProvisioningRequest> start(ProvisioningRequest request) {
      return plan.around(OutboundCall.REQUEST_START, () -> delegate.start(request));
    }

    @Override
    public Option<ProvisioningRequest> find(String requestId) {
      return plan.around(OutboundCall.REQUEST_FIND, () -> delegate.find(requestId));
    }

    @Override
    public boolean replace(ProvisioningRequest base, ProvisioningRequest next) {
      return plan.around(OutboundCall.REQUEST_REPLACE, () -> delegate.replace(base, next));
    }

    @Override
    public Option<ProvisioningRequest> inProgress(PermissionSetArn permissionSet) {
      return plan.around(OutboundCall.REQUEST_IN_PROGRESS, () -> delegate.inProgress(permissionSet));
    }

    @Override
    public List<ProvisioningRequest> requestsOf(InstanceArn instance) {
      return plan.around(OutboundCall.REQUESTS_OF, () -> delegate.requestsOf(instance));
    }

    @Override
    public List<ProvisioningRequest> allInProgress() {
      return plan.around(OutboundCall.REQUESTS_ALL_IN_PROGRESS, delegate::allInProgress);
    }

    @Override
    public List<AccountId> lease(String requestId, String owner, Instant now, Instant until) {
      return plan.around(OutboundCall.REQUEST_LEASE, () -> delegate.lease(requestId, owner, now, until));
    }

    @Override
    public int renew(String owner, Instant until) {
      return plan.around(OutboundCall.REQUEST_RENEW, () -> delegate.renew(owner, until));
    }

    @Override
    public List<ClaimedWork> takeOver(String owner, Instant now, Instant until, int limit) {
      return plan.around(OutboundCall.REQUEST_TAKE_OVER, () -> delegate.takeOver(owner, now, until, limit));
    }
  }

  /** Every method delegates, so a generator's own way of making each kind of id is kept. */
  static final class Ids implements IdGenerator {
    private final FaultPlan plan;
    private final IdGenerator delegate;

    Ids(FaultPlan plan, IdGenerator delegate) {
      this.plan = plan;
      this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public RevisionId newRevisionId() {
      return plan.around(OutboundCall.NEW_ID, delegate::newRevisionId);
    }

    @Override
    public String newProfileVersion() {
      return plan.around(OutboundCall.NEW_ID, delegate::newProfileVersion);
    }

    @Override
    public String newInstanceId() {
      return plan.around(OutboundCall.NEW_ID, delegate::newInstanceId);
    }

    @Override
    public String newPermissionSetId() {
      return plan.around(OutboundCall.NEW_ID, delegate::newPermissionSetId);
    }

    @Override
    public String newIdentityStoreId() {
      return plan.around(OutboundCall.NEW_ID, delegate::newIdentityStoreId);
    }

    @Override
    public String newRequestId() {
      return plan.around(OutboundCall.NEW_ID, delegate::newRequestId);
    }
  }
}
