package dev.grants.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.provisioning.AssignmentOperation;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PrincipalType;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisionedAccount;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.domain.provisioning.TaggableArn;
import dev.grants.domain.revision.RevisionId;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.ports.in.AddLayerVersionPermissionResult;
import dev.grants.ports.in.AddProfilePermissionResult;
import dev.grants.ports.in.DeleteLayerVersionResult;
import dev.grants.ports.in.GetLayerVersionPolicyResult;
import dev.grants.ports.in.ListProfilePermissionsResult;
import dev.grants.ports.in.RemoveLayerVersionPermissionResult;
import dev.grants.ports.in.RemoveProfilePermissionResult;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.service.Grants;
import dev.grants.ports.in.PolicyReferenceCommand;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.FixedClock;
import dev.grants.testkit.fake.ScriptedProvisioningGateway;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.FutureTask;

/**
 * One wiring on fresh stores behind a {@link FaultPlan}, with what its set-up made, what readers see, and the
 * checks {@link FaultToleranceBehaviour} makes.
 */
final class FaultWorld {
  private static final String START = "2018-11-14T23:03:52.894Z";
  /** The seed layer's versions the checks look at. */
  private static final int VERSIONS = 3;
  private static final AccountId OWNER = AccountId.of(Fixtures.OWNER);

  final FaultPlan plan = new FaultPlan();
  final FixedClock clock = FixedClock.at(START);
  final List<GrantsEvent> events = new CopyOnWriteArrayList<>();
  final ScriptedProvisioningGateway gateway = new ScriptedProvisioningGateway().answerAtOnce();
  /** Every permission set id handed out, so the checks can look for sets whose creation failed halfway. */
  final List<String> permissionSetIds = new CopyOnWriteArrayList<>();
  final OutboundStores stores;
  final Grants grants;
  Instance instance;
  PermissionSet set;
  RevisionId revision;
  /** The version of the profile {@link #profile()} put. */
  String profileVersion;
  String requestId;

  /** A wiring on {@code fresh} stores, behind a new plan. */
  FaultWorld(OutboundStores fresh) {
    stores = plan.wrap(fresh);
    SequentialIds sequence = new SequentialIds();
    IdGenerator ids = new IdGenerator() {
      @Override
      public RevisionId newRevisionId() {
        return sequence.newRevisionId();
      }

      @Override
      public String newPermissionSetId() {
        String id = IdGenerator.super.newPermissionSetId();
        permissionSetIds.add(id);
        return id;
      }
    };
    grants = Grants.builder()
        .accountAssignments(stores.accountAssignments())
        .resourcePolicies(stores.resourcePolicies())
        .layerVersions(stores.layerVersions())
        .signingProfiles(stores.signingProfiles())
        .permissionSets(stores.permissionSets())
        .provisioningRequests(stores.provisioningRequests())
        .provisioningGateway(plan.provisioningGateway(gateway))
        .provisioningDeadline(FaultToleranceBehaviour.DEADLINE)
        .ids(plan.ids(ids))
        .events(plan.events(events::add))
        .clock(clock)
        .build();
  }

  // --- set-ups ---

  void layerVersion() {
    right(grants.layerVersions().publish(Fixtures.publishLayerVersion().build()));
  }

  void layerVersionWithGrant() {
    layerVersion();
    right(grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().build()));
  }

  void profile() {
    profileVersion = right(grants.signingProfiles().put(Fixtures.putSigningProfile().build())).profileVersion();
  }

  void profileWithGrant() {
    profile();
    revision = right(grants.signingProfilePermissions().add(Fixtures.addProfilePermission().build())).revisionId();
  }

  void instance() {
    instance = right(grants.permissionSets().createInstance(Fixtures.createInstance().build()));
  }

  void instanceWithSet() {
    instance();
    set = right(grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn()).build()));
  }

  void taggedSet() {
    instanceWithSet();
    right(grants.permissionSets().tagResource(Fixtures.tagResource(set.arn()).build()));
  }

  void setProvisionedToA() {
    instanceWithSet();
    provisioned(Fixtures.ACCOUNT_A);
  }

  /** The AWS managed policy {@link #definedSetProvisionedToA} attaches. */
  static final String MANAGED_POLICY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
  /** The customer managed policy {@link #definedSetProvisionedToA} attaches. */
  static final PolicyReferenceCommand.CustomerManagedPolicyMember CUSTOMER_POLICY =
      new PolicyReferenceCommand.CustomerManagedPolicyMember("Deploy", null);

  /** A set with an inline policy, one policy of each kind and a boundary, then provisioned to account A. */
  void definedSetProvisionedToA() {
    instanceWithSet();
    right(grants.permissionSets().putInlinePolicy(Fixtures.putInlinePolicy(instance.arn(), set.arn()).build()));
    PolicyReferenceCommand.Builder policy = PolicyReferenceCommand.builder().context(Fixtures.context())
        .instanceArn(instance.arn().toString()).permissionSetArn(set.arn().toString());
    right(grants.permissionSetDefinitions().attachManagedPolicy(policy.managedPolicyArn(MANAGED_POLICY).build()));
    right(grants.permissionSetDefinitions().putPermissionsBoundary(policy.build()));
    right(grants.permissionSetDefinitions().attachCustomerManagedPolicy(policy.managedPolicyArn(null)
        .customerManagedPolicyReference(CUSTOMER_POLICY).build()));
    set = right(grants.permissionSets().describePermissionSet(
        Fixtures.describePermissionSet(instance.arn(), set.arn()).build()));
    provisioned(Fixtures.ACCOUNT_A);
  }

  void setProvisionedToAAndB() {
    setProvisionedToA();
    provisioned(Fixtures.ACCOUNT_B);
  }

  void overdueRequest() {
    instanceWithSet();
    gateway.hold();
    requestId = right(grants.permissionSetProvisioning().provision(
        Fixtures.provisionToAccount(instance.arn(), set.arn(), Fixtures.ACCOUNT_A).build())).requestId();
    clock.advance(FaultToleranceBehaviour.DEADLINE); // nobody has looked since: the request is stored in progress, past its deadline
  }

  /** The set assigned to the user in account A, its creation succeeded. */
  void assignedToA() {
    instanceWithSet();
    AssignmentOperation created = right(grants.accountAssignments().createAccountAssignment(
        Fixtures.createAccountAssignment(instance.arn(), set.arn(), Fixtures.ACCOUNT_A).build()));
    assertThat(created.status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
  }

  /** The assignment of {@link #assignedToA()} deleted: {@link #requestId} is the deletion's. */
  void deletedFromA() {
    assignedToA();
    requestId = right(grants.accountAssignments().deleteAccountAssignment(
        Fixtures.deleteAccountAssignment(instance.arn(), set.arn(), Fixtures.ACCOUNT_A).build())).requestId();
  }

  /** A creation no gateway answered, past its deadline and stored in progress: {@link #requestId} is its id. */
  void overdueCreation() {
    instanceWithSet();
    gateway.hold();
    requestId = right(grants.accountAssignments().createAccountAssignment(
        Fixtures.createAccountAssignment(instance.arn(), set.arn(), Fixtures.ACCOUNT_A).build())).requestId();
    clock.advance(FaultToleranceBehaviour.DEADLINE);
  }

  private void provisioned(String account) {
    ProvisioningRequest request = right(grants.permissionSetProvisioning().provision(
        Fixtures.provisionToAccount(instance.arn(), set.arn(), account).build()));
    assertThat(request.status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
  }

  <T> FutureTask<T> inBackground(Callable<T> call) {
    FutureTask<T> task = new FutureTask<>(call);
    Thread thread = new Thread(task, "grants-fault-tolerance");
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  // --- what readers see ---

  /**
   * The state as the inbound ports show it (ids and instants left out, as they differ between runs), with the
   * provisioning requests read from their store with their deadline applied, as every reader would see them:
   * reading them through the ports would end overdue requests and change what is looked at.
   */
  List<String> view() {
    List<String> facts = new ArrayList<>();
    for (long number = 1; number <= VERSIONS; number++) {
      Either<GrantsError, LayerVersion> version =
          grants.layerVersions().get(Fixtures.getLayerVersion().versionNumber(number).build());
      facts.add("layer version " + number + ": " + version.fold(this::refusal, published -> "published"));
      if (version.isRight()) {
        facts.add("its policy: " + grants.layerVersionPermissions()
            .getPolicy(Fixtures.getLayerVersionPolicy().versionNumber(number).build())
            .fold(this::refusal, policy -> sids(policy.policy())));
      }
    }
    Either<GrantsError, SigningProfile> profile = grants.signingProfiles().get(Fixtures.getSigningProfile().build());
    facts.add("profile: " + profile.fold(this::refusal, found -> found.status().toString()));
    if (profile.isRight()) {
      facts.add("its permissions: " + grants.signingProfilePermissions()
          .list(Fixtures.listProfilePermissions().build())
          .fold(this::refusal, page -> page.permissions().stream().map(p -> p.statementId().value()).toList()));
    }
    List<Instance> instances = right(grants.permissionSets().listInstances(Fixtures.listInstances().build())).items();
    facts.add("instances: " + instances.size());
    for (Instance each : instances) {
      facts.add("instance tags: " + tags(each.arn()));
      for (String id : permissionSetIds) {
        PermissionSetArn arn = PermissionSetArn.of(each.arn(), id);
        Either<GrantsError, PermissionSet> found = grants.permissionSets()
            .describePermissionSet(Fixtures.describePermissionSet(each.arn(), arn).build());
        if (found.isLeft() && found.getLeft() instanceof GrantsError.PermissionSetNotFound) {
          continue; // its creation failed, or it was deleted: as if it never was
        }
        facts.add("permission set: " + found.fold(this::refusal,
            set -> set.name() + " v" + set.definitionVersion() + (set.inlinePolicy() == null ? "" : " with policy")));
        if (found.isRight()) {
          facts.add("its tags: " + tags(arn));
          facts.add("provisioned to: " + right(grants.permissionSetProvisioning().listAccounts(
              Fixtures.listAccountsForProvisionedPermissionSet(each.arn(), arn).build())).items());
          facts.add("latest at: " + right(grants.permissionSetProvisioning().listAccounts(
              Fixtures.listAccountsForProvisionedPermissionSet(each.arn(), arn)
                  .provisioningStatus("LATEST_PERMISSION_SET_PROVISIONED").build())).items());
        }
      }
      facts.add("permission sets of " + Fixtures.ACCOUNT_A + ": " + right(grants.permissionSetProvisioning()
          .listPermissionSets(Fixtures.listPermissionSetsProvisionedToAccount(each.arn(), Fixtures.ACCOUNT_A)
              .build())).items().size());
      facts.add("requests: " + stores.provisioningRequests().requestsOf(each.arn()).stream()
          .map(this::seenStatus).toList());
      facts.add("assignments of the user: " + assignedAccounts(each));
      facts.add("assignment deletions: " + stores.accountAssignments().operationsOf(each.arn(),
          AssignmentOperation.Kind.DELETION).size());
    }
    return facts;
  }

  /**
   * The accounts the user is assigned in, read from the store as the requests are (the listings would settle
   * creations and change what is looked at): a creation still stored in progress whose provisioning request every
   * reader sees SUCCEEDED is an assignment, as the first reader makes it.
   */
  private List<String> assignedAccounts(Instance instance) {
    List<String> accounts = new ArrayList<>(stores.accountAssignments().assignmentsOfPrincipal(instance.arn(),
        PrincipalType.USER, Fixtures.USER_ID).stream().map(assigned -> assigned.account().value()).toList());
    for (AssignmentOperation creation : stores.accountAssignments().creationsInProgress(instance.arn())) {
      if (stores.provisioningRequests().find(creation.requestId()).map(this::seenStatus)
          .contains(ProvisioningStatus.SUCCEEDED)) {
        accounts.add(creation.assignment().account().value());
      }
    }
    return accounts.stream().sorted().toList();
  }

  private String tags(TaggableArn resource) {
    return grants.permissionSets().listTagsForResource(Fixtures.listTagsForResource(resource).build())
        .fold(this::refusal, page -> page.items().toString());
  }

  private ProvisioningStatus seenStatus(ProvisioningRequest request) {
    return request instanceof ProvisioningRequest.InProgress running && running.isOverdue(clock.instant())
        ? ProvisioningStatus.FAILED
        : request.status();
  }

  private String refusal(GrantsError error) {
    if (error instanceof GrantsError.InternalFailure failure) {
      throw new AssertionError("a read failed with no fault armed", failure.cause());
    }
    return error.getClass().getSimpleName();
  }

  private List<String> sids(ResourcePolicy policy) {
    return policy.statements().stream().map(statement -> statement.sid().value()).toList();
  }

  Snapshot snapshot() {
    Option<SigningProfile> profile = stores.signingProfiles().find(Fixtures.signingProfileArn());
    return new Snapshot(view(), profile.exists(SigningProfile::isActive),
        stores.resourcePolicies().find(Fixtures.signingProfileArn().arn()).revision());
  }

  // --- the checks ---

  /** No partial state in the stores. */
  void isWhole(Snapshot before) {
    for (long number = 1; number <= VERSIONS; number++) {
      LayerVersionArn arn = Fixtures.layerVersionArn(number);
      if (stores.layerVersions().find(arn).isEmpty()) {
        assertThat(stores.resourcePolicies().find(arn.arn()).exists())
            .as("a policy left behind by deleted layer version %s", arn).isFalse();
      }
    }
    Option<SigningProfile> profile = stores.signingProfiles().find(Fixtures.signingProfileArn());
    if (before.profileActive() && profile.exists(found -> !found.isActive())) {
      assertThat(stores.resourcePolicies().find(Fixtures.signingProfileArn().arn()).revision())
          .as("a canceled profile's policy has a new revision, which refuses changes that checked it before")
          .isNotEqualTo(before.profileRevision());
    }
    for (Instance each : stores.permissionSets().instancesOf(OWNER)) {
      for (ProvisioningRequest request : stores.provisioningRequests().requestsOf(each.arn())) {
        Option<PermissionSet> set = stores.permissionSets().findPermissionSet(request.permissionSet());
        if (request.status() == ProvisioningStatus.IN_PROGRESS) {
          assertThat(set.isDefined()).as("request %s in progress for a deleted permission set", request).isTrue();
        }
        if (request.status() == ProvisioningStatus.SUCCEEDED && request.account() != null && set.isDefined()
            && !unassignedFrom(request)) {
          assertThat(stores.permissionSets().provisionedAccounts(set.get().arn()))
              .extracting(ProvisionedAccount::account)
              .as("the account of succeeded request %s", request).contains(request.account());
        }
        request.failureReason().forEach(reason -> assertThat(reason)
            .as("a failure reason tells nothing of what a port threw").doesNotContain(InjectedFault.MARKER));
      }
    }
  }

  /** Whether the last assignment of {@code request}'s set in its account was deleted, which unprovisions it there. */
  private boolean unassignedFrom(ProvisioningRequest request) {
    return stores.accountAssignments().operationsOf(request.instance(), AssignmentOperation.Kind.DELETION).stream()
        .anyMatch(deletion -> deletion.assignment().permissionSet().equals(request.permissionSet())
            && deletion.assignment().account().equals(request.account()));
  }

  /** Every event recorded and the value returned are true of the stores; then forgets the events. */
  void tells(FaultScenarios.Scenario scenario, Either<GrantsError, ?> outcome) {
    Map<Arn, RevisionId> lastRevision = new HashMap<>();
    for (GrantsEvent event : events) {
      if (event instanceof GrantsEvent.PermissionAdded added) {
        assertThat(stores.resourcePolicies().find(added.resource()).statements())
            .as("announced %s", added).contains(added.statement());
        lastRevision.put(added.resource(), added.revision());
      } else if (event instanceof GrantsEvent.PermissionRemoved removed) {
        assertThat(stores.resourcePolicies().find(removed.resource()).statement(removed.statementId()))
            .as("announced %s", removed).isEmpty();
        lastRevision.put(removed.resource(), removed.revision());
      } else if (event instanceof GrantsEvent.ProvisioningEvent provisioning) {
        Option<ProvisioningRequest> stored = stores.provisioningRequests().find(provisioning.requestId());
        assertThat(stored.isDefined()).as("announced %s", provisioning).isTrue();
        if (event instanceof GrantsEvent.ProvisioningSucceeded) {
          assertThat(stored.get().status()).as("announced %s", event).isEqualTo(ProvisioningStatus.SUCCEEDED);
        } else if (event instanceof GrantsEvent.ProvisioningFailed) {
          assertThat(stored.get().status()).as("announced %s", event).isEqualTo(ProvisioningStatus.FAILED);
        }
      }
    }
    lastRevision.forEach((resource, revision) -> assertThat(stores.resourcePolicies().find(resource).revision())
        .as("the revision last announced for %s", resource).containsExactly(revision));
    events.clear();
    if (outcome.isRight()) {
      scenario.tells().accept(this, outcome.get());
    }
  }

  /** The value an operation returned is what is stored. */
  void resultTells(Object result) {
    Arn layer = Fixtures.layerVersionArn(1).arn();
    Arn profile = Fixtures.signingProfileArn().arn();
    if (result instanceof AddLayerVersionPermissionResult added) {
      ResourcePolicy stored = stores.resourcePolicies().find(layer);
      assertThat(stored.revision()).as("the revision returned").containsExactly(added.revisionId());
      assertThat(stored.statements()).as("the statement returned").contains(added.statement());
    } else if (result instanceof RemoveLayerVersionPermissionResult removed) {
      ResourcePolicy stored = stores.resourcePolicies().find(layer);
      assertThat(stored.revision()).as("the revision returned").containsExactly(removed.revisionId());
      assertThat(stored.statement(StatementId.of(Fixtures.STATEMENT_ID))).isEmpty();
    } else if (result instanceof GetLayerVersionPolicyResult read) {
      assertThat(stores.resourcePolicies().find(layer)).isEqualTo(read.policy());
    } else if (result instanceof DeleteLayerVersionResult) {
      assertThat(stores.layerVersions().find(Fixtures.layerVersionArn(1))).isEmpty();
    } else if (result instanceof LayerVersion version) {
      assertThat(stores.layerVersions().find(version.arn())).containsExactly(version);
    } else if (result instanceof AddProfilePermissionResult added) {
      ResourcePolicy stored = stores.resourcePolicies().find(profile);
      assertThat(stored.revision()).as("the revision returned").containsExactly(added.revisionId());
      assertThat(stored.statement(StatementId.of(Fixtures.PROFILE_STATEMENT_ID))).isNotEmpty();
    } else if (result instanceof RemoveProfilePermissionResult removed) {
      ResourcePolicy stored = stores.resourcePolicies().find(profile);
      assertThat(stored.revision()).as("the revision returned").containsExactly(removed.revisionId());
      assertThat(stored.statement(StatementId.of(Fixtures.PROFILE_STATEMENT_ID))).isEmpty();
    } else if (result instanceof ListProfilePermissionsResult page) {
      assertThat(stores.resourcePolicies().find(profile).revision()).containsExactly(page.revisionId());
    } else if (result instanceof SigningProfile returned) {
      assertThat(stores.signingProfiles().find(returned.arn())).containsExactly(returned);
    } else if (result instanceof Instance returned) {
      assertThat(stores.permissionSets().findInstance(returned.arn())).containsExactly(returned);
    } else if (result instanceof PermissionSet returned) {
      assertThat(stores.permissionSets().findPermissionSet(returned.arn())).containsExactly(returned);
    } else if (result instanceof ProvisioningRequest returned) {
      Option<ProvisioningRequest> stored = stores.provisioningRequests().find(returned.requestId());
      assertThat(stored.isDefined()).as("the request returned is stored").isTrue();
      if (returned.status() != ProvisioningStatus.IN_PROGRESS) {
        assertThat(stored.get()).as("the ended request returned").isEqualTo(returned);
      }
    }
  }

  /** Every family still works: a permission goes on a new layer version and a new profile, a new set is provisioned. */
  void stillWorks() {
    gateway.answerAtOnce();
    LayerVersion probe = right(grants.layerVersions().publish(Fixtures.publishLayerVersion().layerName("probe").build()));
    Statement added = right(grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission()
        .layerName("probe").versionNumber(probe.arn().version()).statementId("probe").build())).statement();
    assertThat(right(grants.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy()
        .layerName("probe").versionNumber(probe.arn().version()).build())).policy().statements())
        .containsExactly(added);

    right(grants.signingProfiles().put(Fixtures.putSigningProfile().profileName("Probe").build()));
    right(grants.signingProfilePermissions().add(Fixtures.addProfilePermission().profileName("Probe").build()));
    assertThat(right(grants.signingProfilePermissions().list(Fixtures.listProfilePermissions()
        .profileName("Probe").build())).permissions()).hasSize(1);

    List<Instance> instances = right(grants.permissionSets().listInstances(Fixtures.listInstances().build())).items();
    Instance owned = instances.isEmpty()
        ? right(grants.permissionSets().createInstance(Fixtures.createInstance().build()))
        : instances.get(0);
    PermissionSet probeSet = right(grants.permissionSets().createPermissionSet(
        Fixtures.createPermissionSet(owned.arn()).name("Probe").build()));
    ProvisioningRequest provisioned = right(grants.permissionSetProvisioning().provision(
        Fixtures.provisionToAccount(owned.arn(), probeSet.arn(), Fixtures.ACCOUNT_C).build()));
    assertThat(provisioned.status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(right(grants.permissionSetProvisioning().listAccounts(
        Fixtures.listAccountsForProvisionedPermissionSet(owned.arn(), probeSet.arn()).build())).items())
        .containsExactly(Fixtures.ACCOUNT_C);
  }

  /** No reader sees a request in progress past its deadline (callers move the clock past it first). */
  void nothingSeenInProgress() {
    for (Instance each : stores.permissionSets().instancesOf(OWNER)) {
      assertThat(right(grants.permissionSetProvisioning().listStatus(
              Fixtures.listProvisioningStatus(each.arn()).build())).items())
          .extracting(ProvisioningRequest::status).doesNotContain(ProvisioningStatus.IN_PROGRESS);
      for (ProvisioningRequest stored : stores.provisioningRequests().requestsOf(each.arn())) {
        assertThat(describe(stored.requestId()).status()).isNotEqualTo(ProvisioningStatus.IN_PROGRESS);
      }
    }
    assertThat(stores.provisioningRequests().allInProgress()).as("requests stored in progress once looked at")
        .isEmpty();
  }

  ProvisioningRequest describe(String id) {
    ProvisioningRequest stored = stores.provisioningRequests().find(id).get();
    return right(grants.permissionSetProvisioning().describeStatus(
        Fixtures.describeProvisioningStatus(stored.instance(), id).build()));
  }

  /** The value of a success; fails the test on a refusal. */
  static <T> T right(Either<GrantsError, T> outcome) {
    assertThat(outcome.isRight()).as("expected a success: %s", outcome).isTrue();
    return outcome.get();
  }

  /** What the checks compare across an operation, read straight from the stores. */
  record Snapshot(List<String> view, boolean profileActive, Option<RevisionId> profileRevision) {}
}
