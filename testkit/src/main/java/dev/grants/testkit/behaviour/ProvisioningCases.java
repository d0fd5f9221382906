package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.domain.revision.RevisionId;
import dev.grants.ports.in.ListAccountsForProvisionedPermissionSetCommand;
import dev.grants.ports.in.ListPermissionSetProvisioningStatusCommand;
import dev.grants.ports.in.ListPermissionSetsProvisionedToAccountCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.FixedClock;
import dev.grants.testkit.fake.ScriptedProvisioningGateway;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the parts of {@link PermissionSetProvisioningBehaviour} share: the suite whose wiring they test, always read
 * through it (a restart replaces the wiring and its gateway), its constants, and the steps the tests take.
 */
abstract class ProvisioningCases {
  static final String UUID_PATTERN = "\\b[0-9a-f]{8}\\b-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-\\b[0-9a-f]{12}\\b";
  static final String A = Fixtures.ACCOUNT_A;
  static final String B = Fixtures.ACCOUNT_B;
  static final String C = Fixtures.ACCOUNT_C;
  static final String LATEST = "LATEST_PERMISSION_SET_PROVISIONED";
  static final String NOT_LATEST = "LATEST_PERMISSION_SET_NOT_PROVISIONED";
  static final List<String> PROVISIONING_STATUSES = List.of(LATEST, NOT_LATEST);
  static final List<String> TARGET_TYPES = List.of("AWS_ACCOUNT", "ALL_PROVISIONED_ACCOUNTS");
  static final List<String> STATUSES = List.of("IN_PROGRESS", "FAILED", "SUCCEEDED");
  static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  static final Duration DEADLINE = ProvisioningWiringBehaviour.DEADLINE;
  static final String START = WiringBehaviour.START;

  private final ProvisioningWiringBehaviour suite;

  ProvisioningCases(ProvisioningWiringBehaviour suite) {
    this.suite = suite;
  }

  /** The wiring under test: after a restart, the new one. */
  final Grants grants() {
    return suite.grants;
  }

  /** The gateway of the current wiring. */
  final ScriptedProvisioningGateway gateway() {
    return suite.gateway;
  }

  final FixedClock clock() {
    return suite.clock;
  }

  /** The {@code n}-th revision id the wiring took in this test, counting from 1 once it was built. */
  final RevisionId takenId(long n) {
    return suite.takenId(n);
  }

  final ScriptedProvisioningGateway restart() {
    return suite.restart();
  }

  final ScriptedProvisioningGateway restart(ScriptedProvisioningGateway next) {
    return suite.restart(next);
  }

  /** A second live wiring on the same stores, working through {@code gateway}: another instance of the service. */
  final Grants anotherWiring(ScriptedProvisioningGateway gateway) {
    return suite.restartGrants(suite.clock, suite.ids, suite.events::add, gateway, DEADLINE);
  }

  /** The provisioning events announced so far, in order. */
  final List<GrantsEvent> provisioningEvents() {
    return suite.events.stream().filter(event -> event instanceof GrantsEvent.ProvisioningEvent).toList();
  }

  /** Three requests, listed one per page: the token of the second page. */
  String requestsOverTwoPages(Instance instance) {
    gateway().answerAtOnce();
    PermissionSet set = set(instance, "ReadOnly");
    for (String account : List.of(A, B, C)) {
      provision(instance, set, account);
    }
    String token = listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).build()).get().nextToken();
    assertThat(token).isNotNull();
    return token;
  }

  static <T> List<Page<T>> pages(Function<String, Page<T>> list) {
    List<Page<T>> pages = new ArrayList<>();
    String token = null;
    do {
      Page<T> page = list.apply(token);
      pages.add(page);
      token = page.nextToken();
      assertThat(pages).as("pages").hasSizeLessThan(1000);
    } while (token != null);
    return pages;
  }

  final Instance instance() {
    return suite.instance();
  }

  final Instance otherInstance() {
    return suite.otherInstance();
  }

  final PermissionSet set(Instance instance, String name) {
    return suite.set(instance, name);
  }

  final PermissionSet theirSet(Instance theirs) {
    return suite.theirSet(theirs);
  }

  static Either<GrantsError, Object> deniedOn(Instance theirs, String action) {
    return ProvisioningWiringBehaviour.deniedOn(theirs, action);
  }

  PermissionSet putInlinePolicy(Instance instance, PermissionSet set) {
    return grants().permissionSets().putInlinePolicy(Fixtures.putInlinePolicy(instance.arn(), set.arn())
        .inlinePolicy(Fixtures.INLINE_POLICY + " ").build()).get();
  }

  Either<GrantsError, ProvisioningRequest> provision(Instance instance, PermissionSet set, String account) {
    return grants().permissionSetProvisioning().provision(
        Fixtures.provisionToAccount(instance.arn(), set.arn(), account).build());
  }

  Either<GrantsError, ProvisioningRequest> provisionAll(Instance instance, PermissionSet set) {
    return grants().permissionSetProvisioning().provision(
        Fixtures.provisionToAllProvisionedAccounts(instance.arn(), set.arn()).build());
  }

  /** Provisions {@code set} to each account in turn, each answered success by the gateway. */
  void provisioned(Instance instance, PermissionSet set, String... accounts) {
    for (String account : accounts) {
      ProvisioningRequest request = provision(instance, set, account).get();
      gateway().succeed(account);
      assertThat(describe(instance, request.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    }
  }

  Either<GrantsError, ProvisioningRequest> describe(Instance instance, String requestId) {
    return grants().permissionSetProvisioning().describeStatus(
        Fixtures.describeProvisioningStatus(instance.arn(), requestId).build());
  }

  Either<GrantsError, Page<ProvisioningRequest>> listStatus(ListPermissionSetProvisioningStatusCommand command) {
    return grants().permissionSetProvisioning().listStatus(command);
  }

  List<String> filtered(Instance instance, String status) {
    return listStatus(Fixtures.listProvisioningStatus(instance.arn()).filterStatus(status).build()).get().items()
        .stream().map(ProvisioningRequest::requestId).toList();
  }

  Either<GrantsError, Page<String>> listAccounts(ListAccountsForProvisionedPermissionSetCommand command) {
    return grants().permissionSetProvisioning().listAccounts(command);
  }

  Either<GrantsError, Page<String>> listSets(ListPermissionSetsProvisionedToAccountCommand command) {
    return grants().permissionSetProvisioning().listPermissionSets(command);
  }

  List<String> accounts(Instance instance, PermissionSet set, String filter) {
    return listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set.arn())
        .provisioningStatus(filter).build()).get().items();
  }

  List<String> setsOf(Instance instance, String account, String filter) {
    return listSets(Fixtures.listPermissionSetsProvisionedToAccount(instance.arn(), account)
        .provisioningStatus(filter).build()).get().items();
  }
}
