package dev.grants.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.ports.in.Page;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.FixedClock;
import dev.grants.testkit.fake.ScriptedProvisioningGateway;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Random sequences of Identity Center provisioning actions (provision to an account or to every provisioned account,
 * describe, list, put an inline policy, gateway answers, late and repeated answers, clock advances, restarts)
 * through the inbound ports of the in-memory wiring with a {@link ScriptedProvisioningGateway}, checked after every
 * step against a reference model: per request its status, pending accounts and failures; per permission set its
 * definition version; per account the version provisioned to it. Invariants checked on every observation: a
 * request never changes once terminal and never goes back to IN_PROGRESS, nothing is seen IN_PROGRESS at or past
 * its deadline, and the statuses, failure reasons' accounts, latest/stale account lists and conflict refusals
 * agree with the model.
 *
 * <p>The full sweep (describe every request, list everything) follows every step but a clock advance, so that the
 * step after an advance meets overdue requests that no one has looked at yet.
 */
class ProvisioningSequenceProperties {
  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final List<String> ACCOUNTS = List.of("111111111111", "222222222222", "333333333333", "444444444444");
  private static final List<String> SET_NAMES = List.of("ReadOnly", "Admin");
  private static final String LATEST = "LATEST_PERMISSION_SET_PROVISIONED";
  private static final String NOT_LATEST = "LATEST_PERMISSION_SET_NOT_PROVISIONED";
  private static final String UNKNOWN_REQUEST = "00000000-0000-4000-8000-00000000dead";

  sealed interface Action
      permits Provision, ProvisionAll, Answer, AnswerAgain, Advance, PutPolicy, Describe, ListStatus, ListAccounts,
          ListSets, Restart {}

  /** ProvisionPermissionSet, AWS_ACCOUNT. */
  record Provision(int set, int account) implements Action {}

  /** ProvisionPermissionSet, ALL_PROVISIONED_ACCOUNTS. */
  record ProvisionAll(int set) implements Action {}

  /** The gateway answers the {@code pick}-th work it has not answered (of any gateway, old ones included). */
  record Answer(int pick, boolean success, int reason) implements Action {}

  /** The gateway answers the {@code pick}-th work it was ever given again: a late or repeated answer. */
  record AnswerAgain(int pick, boolean success, int reason) implements Action {}

  /** The clock moves on. */
  record Advance(Duration by) implements Action {}

  /** PutInlinePolicyToPermissionSet: a new definition. */
  record PutPolicy(int set) implements Action {}

  /** DescribePermissionSetProvisioningStatus of the {@code pick}-th request, or of an unknown id. */
  record Describe(int pick) implements Action {}

  /** ListPermissionSetProvisioningStatus, every page. */
  record ListStatus(String filter, int maxResults) implements Action {}

  /** ListAccountsForProvisionedPermissionSet, every page. */
  record ListAccounts(int set, String filter, int maxResults) implements Action {}

  /** ListPermissionSetsProvisionedToAccount, every page. */
  record ListSets(int account, String filter) implements Action {}

  /** A new wiring on the same stores, with a new gateway. */
  record Restart() implements Action {}

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // the coverage check below still applies
  void provisioning_behaves_like_the_model(@ForAll("actions") List<Action> actions) {
    Run run = new Run();
    for (Action action : actions) {
      run.step(action);
    }
    run.sweep();

    Statistics.label("event").coverage(coverage -> {
      for (String event : List.of("started", "conflict", "fan-out started", "nothing to do", "succeeded", "failed",
          "fan-out failed", "expired", "late answer ignored", "recovered work", "stale listed")) {
        coverage.check(event).count(count -> count > 0);
      }
    });
  }

  @Provide
  Arbitrary<List<Action>> actions() {
    Arbitrary<Integer> sets = Arbitraries.integers().between(0, SET_NAMES.size() - 1);
    Arbitrary<Integer> accounts = Arbitraries.integers().between(0, ACCOUNTS.size() - 1);
    Arbitrary<Integer> picks = Arbitraries.integers().between(0, 1000);
    Arbitrary<Integer> reasons = Arbitraries.integers().between(0, 99);
    Arbitrary<String> statusFilters = Arbitraries.of("IN_PROGRESS", "SUCCEEDED", "FAILED").injectNull(0.4);
    Arbitrary<String> accountFilters = Arbitraries.of(LATEST, NOT_LATEST).injectNull(0.4);
    Arbitrary<Integer> pageSizes = Arbitraries.of(1, 2, 3, 100);
    Arbitrary<Duration> advances = Arbitraries.of(1, 10, 30, 59, 60, 61, 120).map(Duration::ofSeconds);
    return Arbitraries.<Action>frequencyOf(
            Tuple.of(20, Combinators.combine(sets, accounts).as((set, account) -> (Action) new Provision(set, account))),
            Tuple.of(8, sets.map(ProvisionAll::new)),
            Tuple.of(24, Combinators.combine(picks, Arbitraries.of(true, true, false), reasons).as(Answer::new)),
            Tuple.of(4, Combinators.combine(picks, Arbitraries.of(true, false), reasons).as(AnswerAgain::new)),
            Tuple.of(8, advances.map(Advance::new)),
            Tuple.of(6, sets.map(PutPolicy::new)),
            Tuple.of(5, picks.map(Describe::new)),
            Tuple.of(4, Combinators.combine(statusFilters, pageSizes).as(ListStatus::new)),
            Tuple.of(4, Combinators.combine(sets, accountFilters, pageSizes).as(ListAccounts::new)),
            Tuple.of(3, Combinators.combine(accounts, accountFilters).as(ListSets::new)),
            Tuple.of(2, Arbitraries.just(new Restart())))
        .list().ofMinSize(1).ofMaxSize(25).withSizeDistribution(RandomDistribution.uniform());
  }

  /** What the model expects of one request. */
  private static final String DEFINITION_CHANGED =
      "The permission set's definition changed while the request was interrupted";

  private static final class Expected {
    final String id;
    final int set;
    final String account;
    final long version;
    final Instant deadline;
    ProvisioningStatus status = ProvisioningStatus.IN_PROGRESS;
    final LinkedHashSet<String> pending;
    final List<String> succeeded = new ArrayList<>();
    final LinkedHashMap<String, String> failures = new LinkedHashMap<>();
    boolean expired;

    Expected(String id, int set, String account, long version, Instant deadline, List<String> accounts) {
      this.id = id;
      this.set = set;
      this.account = account;
      this.version = version;
      this.deadline = deadline;
      this.pending = new LinkedHashSet<>(accounts);
      if (accounts.isEmpty()) {
        status = ProvisioningStatus.SUCCEEDED;
      }
    }
  }

  /** One sequence: the wiring under test, the gateways it had, and the model. */
  private static final class Run {
    final FixedClock clock = FixedClock.at("2026-11-21T12:00:00.123Z");
    final SequentialIds ids = new SequentialIds();
    final RestartableInMemoryWiring stores = new RestartableInMemoryWiring();
    final List<ScriptedProvisioningGateway> gateways = new ArrayList<>();
    Grants grants;
    final Instance instance;
    final List<PermissionSet> sets = new ArrayList<>();

    // The model.
    final long[] definition = new long[SET_NAMES.size()];
    final List<LinkedHashMap<String, Long>> provisioned = new ArrayList<>();
    final Map<String, LinkedHashSet<Integer>> setsByAccount = new HashMap<>();
    final LinkedHashMap<String, Expected> requests = new LinkedHashMap<>();
    /** The last status (and reason) observed of each request. */
    final Map<String, ProvisioningRequest> observed = new HashMap<>();

    Run() {
      restart();
      instance = grants.permissionSets().createInstance(Fixtures.createInstance().build()).get();
      for (int set = 0; set < SET_NAMES.size(); set++) {
        sets.add(grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn())
            .name(SET_NAMES.get(set)).build()).get());
        definition[set] = 1;
        provisioned.add(new LinkedHashMap<>());
      }
    }

    /** A crash and a start: the old wiring's leases lapse, the new one recovers, as a launcher runs it at start. */
    private void restart() {
      ScriptedProvisioningGateway gateway = new ScriptedProvisioningGateway();
      gateways.add(gateway);
      clock.advance(Grants.Builder.DEFAULT_PROVISIONING_LEASE);
      grants = stores.wire(clock, ids, event -> {}, gateway, DEADLINE);
      grants.recoverProvisioning().get();
    }

    private ScriptedProvisioningGateway gateway() {
      return gateways.get(gateways.size() - 1);
    }

    void step(Action action) {
      expire();
      if (action instanceof Provision provision) {
        provision(provision.set(), ACCOUNTS.get(provision.account()));
      } else if (action instanceof ProvisionAll all) {
        provision(all.set(), null);
      } else if (action instanceof Answer answer) {
        List<ScriptedProvisioningGateway.Job> unanswered = new ArrayList<>();
        gateways.forEach(gateway -> unanswered.addAll(gateway.pending()));
        if (!unanswered.isEmpty()) {
          answer(unanswered.get(answer.pick() % unanswered.size()), answer.success(), answer.reason());
        }
      } else if (action instanceof AnswerAgain again) {
        List<ScriptedProvisioningGateway.Job> all = new ArrayList<>();
        gateways.forEach(gateway -> all.addAll(gateway.received()));
        if (!all.isEmpty()) {
          answer(all.get(again.pick() % all.size()), again.success(), again.reason());
        }
      } else if (action instanceof Advance advance) {
        clock.advance(advance.by());
        return; // no sweep: the next step meets what expired unobserved
      } else if (action instanceof PutPolicy put) {
        PermissionSet changed = grants.permissionSets().putInlinePolicy(Fixtures.putInlinePolicy(instance.arn(),
            sets.get(put.set()).arn()).inlinePolicy("{\"v\":" + (definition[put.set()] + 1) + "}").build()).get();
        definition[put.set()]++;
        assertThat(changed.definitionVersion()).isEqualTo(definition[put.set()]);
      } else if (action instanceof Describe describe) {
        if (requests.isEmpty()) {
          assertThat(describe(UNKNOWN_REQUEST))
              .isEqualTo(Either.left(new GrantsError.ProvisioningRequestNotFound(instance.arn(), UNKNOWN_REQUEST)));
        } else {
          List<String> known = new ArrayList<>(requests.keySet());
          check(describe(known.get(describe.pick() % known.size())).get());
        }
      } else if (action instanceof ListStatus list) {
        checkStatusListing(list.filter(), list.maxResults());
      } else if (action instanceof ListAccounts list) {
        checkAccounts(list.set(), list.filter(), list.maxResults());
      } else if (action instanceof ListSets list) {
        checkSets(ACCOUNTS.get(list.account()), list.filter());
      } else if (action instanceof Restart) {
        restartAndCheckRecovery();
      }
      sweep();
    }

    /** The model's view of the deadline: whatever is overdue now is FAILED to anyone who looks. */
    private void expire() {
      Instant now = clock.instant();
      for (Expected request : requests.values()) {
        if (request.status == ProvisioningStatus.IN_PROGRESS && !now.isBefore(request.deadline)) {
          request.status = ProvisioningStatus.FAILED;
          request.expired = true;
          Statistics.label("event").collect("expired");
        }
      }
    }

    private Expected running(int set) {
      return requests.values().stream()
          .filter(request -> request.set == set && request.status == ProvisioningStatus.IN_PROGRESS)
          .findFirst().orElse(null);
    }

    private void provision(int set, String account) {
      PermissionSet permissionSet = sets.get(set);
      Expected running = running(set);
      List<ScriptedProvisioningGateway.Job> before = gateway().received();
      Either<GrantsError, ProvisioningRequest> outcome = grants.permissionSetProvisioning().provision(account == null
          ? Fixtures.provisionToAllProvisionedAccounts(instance.arn(), permissionSet.arn()).build()
          : Fixtures.provisionToAccount(instance.arn(), permissionSet.arn(), account).build());

      if (running != null) {
        assertThat(outcome).as("conflict with %s", running.id)
            .isEqualTo(Either.left(new GrantsError.ProvisioningInProgress(permissionSet.arn(), running.id)));
        assertThat(gateway().received()).isEqualTo(before);
        Statistics.label("event").collect("conflict");
        return;
      }
      assertThat(outcome.isRight()).as("%s", outcome).isTrue();
      ProvisioningRequest started = outcome.get();
      List<String> targets = account != null ? List.of(account) : List.copyOf(provisioned.get(set).keySet());
      Expected expected = new Expected(started.requestId(), set, account, definition[set],
          clock.instant().plus(DEADLINE), targets);
      assertThat(requests).doesNotContainKey(started.requestId());
      requests.put(started.requestId(), expected);
      Statistics.label("event").collect(account != null ? "started" : targets.isEmpty() ? "nothing to do"
          : "fan-out started");

      List<ScriptedProvisioningGateway.Job> handed = gateway().received().subList(before.size(),
          gateway().received().size());
      assertThat(handed).extracting(ScriptedProvisioningGateway.Job::account).containsExactlyElementsOf(targets);
      assertThat(handed).allSatisfy(job -> {
        assertThat(job.requestId()).isEqualTo(started.requestId());
        assertThat(job.work().permissionSet().definitionVersion()).isEqualTo(definition[set]);
      });
      check(started);
    }

    private void answer(ScriptedProvisioningGateway.Job job, boolean success, int reasonNumber) {
      String reason = "reason-" + reasonNumber;
      Expected request = requests.get(job.requestId());
      boolean counts = request.status == ProvisioningStatus.IN_PROGRESS && request.pending.contains(job.account());
      if (success) {
        job.succeed();
      } else {
        job.fail(reason);
      }
      if (!counts) {
        Statistics.label("event").collect("late answer ignored");
        return;
      }
      request.pending.remove(job.account());
      if (success) {
        request.succeeded.add(job.account());
        provisioned.get(request.set).merge(job.account(), request.version, Math::max);
        setsByAccount.computeIfAbsent(job.account(), unused -> new LinkedHashSet<>()).add(request.set);
      } else {
        request.failures.put(job.account(), reason);
      }
      if (request.pending.isEmpty()) {
        request.status = request.failures.isEmpty() ? ProvisioningStatus.SUCCEEDED : ProvisioningStatus.FAILED;
        Statistics.label("event").collect(request.status == ProvisioningStatus.SUCCEEDED ? "succeeded"
            : request.account == null ? "fan-out failed" : "failed");
      }
    }

    private void restartAndCheckRecovery() {
      restart();
      expire();
      Set<List<String>> expected = new HashSet<>();
      for (Expected request : requests.values()) {
        if (request.status != ProvisioningStatus.IN_PROGRESS) {
          continue;
        }
        if (request.version != definition[request.set]) {
          // Recovery fails what was for a definition that is gone: every pending account, with this reason.
          request.pending.forEach(account -> request.failures.put(account, DEFINITION_CHANGED));
          request.pending.clear();
          request.status = ProvisioningStatus.FAILED;
          Statistics.label("event").collect("recovery failed a changed definition");
        } else {
          request.pending.forEach(account -> expected.add(List.of(request.id, account)));
        }
      }
      List<List<String>> handed = gateway().received().stream()
          .map(job -> List.of(job.requestId(), job.account())).toList();
      assertThat(handed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
      if (!handed.isEmpty()) {
        Statistics.label("event").collect("recovered work");
      }
    }

    /** Everything observable, compared with the model. */
    void sweep() {
      expire();
      for (String id : requests.keySet()) {
        check(describe(id).get());
      }
      checkStatusListing(null, 100);
      for (int set = 0; set < SET_NAMES.size(); set++) {
        for (String filter : new String[] {null, LATEST, NOT_LATEST}) {
          checkAccounts(set, filter, 100);
        }
      }
      for (String account : ACCOUNTS) {
        checkSets(account, null);
      }
    }

    private Either<GrantsError, ProvisioningRequest> describe(String requestId) {
      return grants.permissionSetProvisioning().describeStatus(
          Fixtures.describeProvisioningStatus(instance.arn(), requestId).build());
    }

    /** One observation of a request: the model's status and reason, and no illegal transition since the last one. */
    private void check(ProvisioningRequest actual) {
      Expected expected = requests.get(actual.requestId());
      assertThat(expected).as("a request the model knows: %s", actual.requestId()).isNotNull();
      assertThat(actual.status()).as("status of %s", actual.requestId()).isEqualTo(expected.status);
      assertThat(actual.permissionSet()).isEqualTo(sets.get(expected.set).arn());
      assertThat(Objects.toString(actual.account(), null)).isEqualTo(expected.account);
      if (actual.status() == ProvisioningStatus.IN_PROGRESS) {
        assertThat(clock.instant()).as("IN_PROGRESS past its deadline: %s", actual).isBefore(expected.deadline);
        assertThat(actual.failureReason().isEmpty()).isTrue();
      } else if (actual.status() == ProvisioningStatus.SUCCEEDED) {
        assertThat(actual.failureReason().isEmpty()).isTrue();
      } else {
        checkReason(expected, actual.failureReason().get());
      }
      ProvisioningRequest last = observed.put(actual.requestId(), actual);
      if (last != null && last.status() != ProvisioningStatus.IN_PROGRESS) {
        assertThat(actual).as("a terminal request never changes").isEqualTo(last);
      }
    }

    private void checkReason(Expected expected, String reason) {
      if (expected.expired) {
        expected.pending.forEach(account -> assertThat(reason).contains(account));
      } else if (expected.account != null) {
        assertThat(reason).as("the gateway's own reason").isEqualTo(expected.failures.get(expected.account));
        return;
      }
      expected.failures.forEach((account, why) -> assertThat(reason).contains(account + " (" + why + ")"));
      expected.succeeded.forEach(account -> assertThat(reason).doesNotContain(account));
    }

    private void checkStatusListing(String filter, int maxResults) {
      List<ProvisioningRequest> listed = new ArrayList<>();
      String token = null;
      do {
        Page<ProvisioningRequest> page = grants.permissionSetProvisioning().listStatus(
            Fixtures.listProvisioningStatus(instance.arn()).filterStatus(filter).maxResults(maxResults)
                .nextToken(token).build()).get();
        assertThat(page.items().size()).isLessThanOrEqualTo(maxResults);
        listed.addAll(page.items());
        token = page.nextToken();
      } while (token != null);
      List<String> expected = requests.values().stream()
          .filter(request -> filter == null || request.status.name().equals(filter))
          .map(request -> request.id).toList();
      assertThat(listed).extracting(ProvisioningRequest::requestId).as("listed, oldest first")
          .containsExactlyElementsOf(expected);
      listed.forEach(this::check);
    }

    private void checkAccounts(int set, String filter, int maxResults) {
      List<String> listed = new ArrayList<>();
      String token = null;
      do {
        Page<String> page = grants.permissionSetProvisioning().listAccounts(Fixtures
            .listAccountsForProvisionedPermissionSet(instance.arn(), sets.get(set).arn()).provisioningStatus(filter)
            .maxResults(maxResults).nextToken(token).build()).get();
        listed.addAll(page.items());
        token = page.nextToken();
      } while (token != null);
      List<String> expected = provisioned.get(set).entrySet().stream()
          .filter(entry -> wanted(filter, entry.getValue() >= definition[set]))
          .map(Map.Entry::getKey).toList();
      assertThat(listed).as("accounts of %s (%s)", SET_NAMES.get(set), filter).containsExactlyElementsOf(expected);
      if (NOT_LATEST.equals(filter) && !listed.isEmpty()) {
        Statistics.label("event").collect("stale listed");
      }
    }

    private void checkSets(String account, String filter) {
      List<String> listed = grants.permissionSetProvisioning().listPermissionSets(Fixtures
          .listPermissionSetsProvisionedToAccount(instance.arn(), account).provisioningStatus(filter).build()).get()
          .items();
      List<String> expected = setsByAccount.getOrDefault(account, new LinkedHashSet<>()).stream()
          .filter(set -> wanted(filter, provisioned.get(set).get(account) >= definition[set]))
          .map(set -> sets.get(set).arn().toString()).toList();
      assertThat(listed).as("permission sets of %s (%s)", account, filter).containsExactlyElementsOf(expected);
    }

    private static boolean wanted(String filter, boolean latest) {
      return filter == null || latest == filter.equals(LATEST);
    }
  }
}
