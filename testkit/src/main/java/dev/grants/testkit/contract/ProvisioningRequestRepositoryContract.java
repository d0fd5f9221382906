package dev.grants.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.ports.out.ClaimedWork;
import dev.grants.ports.out.ProvisioningRequestRepository;
import dev.grants.testkit.Concurrently;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ProvisioningRequestRepository}: every atomicity promise of its Javadoc (a start refused
 * while a request for the same permission set is in progress, answered with that request; replace only from the
 * stored state; requests per instance oldest first; every request in progress), each with a bounded concurrent
 * case. Extend it with your adapter:
 *
 * <pre>{@code
 * class JdbcProvisioningRequestRepositoryTest extends ProvisioningRequestRepositoryContract {
 *   @Override
 *   protected ProvisioningRequestRepository createRepository() {
 *     return new JdbcProvisioningRequestRepository(freshDataSource());
 *   }
 * }
 * }</pre>
 *
 * <p>Capability hooks scale the concurrent cases to what an adapter's test environment bears:
 * {@link #concurrentWriters()} and {@link #concurrencyTimeout()}.
 */
public abstract class ProvisioningRequestRepositoryContract extends RepositoryContract<ProvisioningRequestRepository> {
  private static final Instant CREATED = Instant.parse("2018-11-14T23:03:52.894Z");
  private static final Instant DEADLINE = CREATED.plus(Duration.ofMinutes(5));
  private static final AccountId A = AccountId.of(Fixtures.ACCOUNT_A);
  private static final AccountId B = AccountId.of(Fixtures.ACCOUNT_B);
  private static final AccountId C = AccountId.of(Fixtures.ACCOUNT_C);
  private static final InstanceArn INSTANCE = new InstanceArn(Partition.AWS, "ssoins-0000000000000001");
  private static final InstanceArn OTHER_INSTANCE = new InstanceArn(Partition.AWS, "ssoins-0000000000000002");
  private static final PermissionSetArn SET = PermissionSetArn.of(INSTANCE, "ps-0000000000000001");
  private static final PermissionSetArn OTHER_SET = PermissionSetArn.of(INSTANCE, "ps-0000000000000002");
  private static final PermissionSetArn ELSEWHERE = PermissionSetArn.of(OTHER_INSTANCE, "ps-0000000000000003");

  private final SequentialIds ids = new SequentialIds();

  /** Creates the suite. */
  protected ProvisioningRequestRepositoryContract() {}

  // --- start and find ---------------------------------------------------------------------------------

  @Test
  void a_request_never_started_is_not_found() {
    assertThat(repository.find(ids.newRequestId())).isEqualTo(Option.none());
    assertThat(repository.inProgress(SET)).isEqualTo(Option.none());
    assertThat(repository.requestsOf(INSTANCE)).isEmpty();
    assertThat(repository.allInProgress()).isEmpty();
  }

  @Test
  void a_started_request_is_stored_and_read_back_whole() {
    ProvisioningRequest request = running(SET, A);

    assertStarts(request);

    assertStored(request);
    assertInProgress(SET, request);
    assertThat(repository.requestsOf(INSTANCE)).containsExactly(request);
  }

  @Test
  void a_fan_out_is_read_back_with_every_pending_account_in_order() {
    ProvisioningRequest request = ProvisioningRequest.start(ids.newRequestId(), SET, 2, List.of(C, A, B), null,
        CREATED, DEADLINE);

    repository.start(request);

    ProvisioningRequest.InProgress found = (ProvisioningRequest.InProgress) repository.find(request.requestId()).get();
    assertThat(found).isEqualTo(request);
    assertThat(found.account()).isNull();
    assertThat(found.pending()).containsExactly(C, A, B);
    assertThat(found.definitionVersion()).isEqualTo(2);
  }

  @Test
  void a_start_while_a_request_for_the_same_permission_set_is_in_progress_answers_it_and_stores_nothing() {
    ProvisioningRequest first = started(running(SET, A));
    ProvisioningRequest second = running(SET, B);

    assertThat(repository.start(second)).isEqualTo(Either.left(first));

    assertThat(repository.find(second.requestId())).isEqualTo(Option.none());
    assertThat(repository.requestsOf(INSTANCE)).containsExactly(first);
    assertInProgress(SET, first);
  }

  @Test
  void the_refusal_answers_the_request_in_progress_in_its_current_state() {
    ProvisioningRequest.InProgress first = started(fanOut(SET, A, B));
    ProvisioningRequest answered = first.accountSucceeded(A);
    repository.replace(first, answered);

    assertThat(repository.start(running(SET, C))).isEqualTo(Either.left(answered));
  }

  @Test
  void a_request_that_starts_terminal_is_refused_too_while_one_is_in_progress() {
    ProvisioningRequest first = started(running(SET, A));
    ProvisioningRequest nothingToDo = nothingToDo(SET);

    assertThat(repository.start(nothingToDo)).isEqualTo(Either.left(first));

    assertThat(repository.find(nothingToDo.requestId())).isEqualTo(Option.none());
  }

  @Test
  void requests_for_other_permission_sets_start_while_one_is_in_progress() {
    ProvisioningRequest first = running(SET, A);
    ProvisioningRequest second = running(OTHER_SET, A);
    ProvisioningRequest third = running(ELSEWHERE, A);

    assertStarts(first);
    assertStarts(second);
    assertStarts(third);

    assertInProgress(SET, first);
    assertInProgress(OTHER_SET, second);
    assertInProgress(ELSEWHERE, third);
  }

  @Test
  void a_request_starts_once_the_one_in_progress_succeeded() {
    ProvisioningRequest.InProgress first = started(running(SET, A));
    repository.replace(first, first.accountSucceeded(A));
    ProvisioningRequest second = running(SET, B);

    assertStarts(second);

    assertInProgress(SET, second);
  }

  @Test
  void a_request_starts_once_the_one_in_progress_failed_or_expired() {
    ProvisioningRequest.InProgress first = started(running(SET, A));
    repository.replace(first, first.accountFailed(A, "Account is suspended"));
    ProvisioningRequest.InProgress second = running(SET, B);
    assertStarts(second);

    repository.replace(second, second.expireAt(DEADLINE));
    ProvisioningRequest third = running(SET, C);

    assertStarts(third);
  }

  @Test
  void a_request_that_starts_terminal_is_stored_and_blocks_nothing() {
    ProvisioningRequest nothingToDo = nothingToDo(SET);

    assertStarts(nothingToDo);

    assertStored(nothingToDo);
    assertThat(repository.inProgress(SET)).isEqualTo(Option.none());
    assertThat(repository.allInProgress()).isEmpty();
    ProvisioningRequest next = running(SET, A);
    assertStarts(next);
  }

  // --- replace ----------------------------------------------------------------------------------------

  @Test
  void a_replace_from_the_stored_request_stores_the_next_state() {
    ProvisioningRequest.InProgress stored = started(fanOut(SET, A, B));
    ProvisioningRequest next = stored.accountFailed(A, "Quota exceeded");

    assertThat(repository.replace(stored, next)).isTrue();

    assertStored(next);
    assertInProgress(SET, next);
  }

  @Test
  void a_replace_to_a_terminal_state_ends_the_request_in_progress() {
    ProvisioningRequest.InProgress stored = started(running(SET, A));
    ProvisioningRequest next = stored.accountFailed(A, "Account is suspended");

    assertThat(repository.replace(stored, next)).isTrue();

    assertStored(next);
    assertThat(next.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(repository.inProgress(SET)).isEqualTo(Option.none());
    assertThat(repository.allInProgress()).isEmpty();
  }

  @Test
  void a_replace_from_a_stale_state_is_refused_and_changes_nothing() {
    ProvisioningRequest.InProgress first = started(fanOut(SET, A, B));
    ProvisioningRequest current = first.accountSucceeded(A);
    repository.replace(first, current);

    assertThat(repository.replace(first, first.accountFailed(B, "Quota exceeded"))).isFalse();
    assertThat(repository.replace(first, first.expireAt(DEADLINE))).isFalse();

    assertStored(current);
    assertInProgress(SET, current);
  }

  @Test
  void a_replace_of_a_terminal_request_from_its_old_state_is_refused() {
    ProvisioningRequest.InProgress first = started(running(SET, A));
    ProvisioningRequest succeeded = first.accountSucceeded(A);
    repository.replace(first, succeeded);

    assertThat(repository.replace(first, first.accountFailed(A, "late"))).isFalse();

    assertStored(succeeded);
    assertThat(repository.inProgress(SET)).isEqualTo(Option.none());
  }

  @Test
  void a_replace_of_a_request_never_started_is_refused_and_stores_nothing() {
    ProvisioningRequest.InProgress never = running(SET, A);

    assertThat(repository.replace(never, never.accountSucceeded(A))).isFalse();

    assertThat(repository.find(never.requestId())).isEqualTo(Option.none());
    assertThat(repository.requestsOf(INSTANCE)).isEmpty();
    assertThat(repository.inProgress(SET)).isEqualTo(Option.none());
  }

  // --- listings ---------------------------------------------------------------------------------------

  @Test
  void the_requests_of_an_instance_are_listed_oldest_first_in_their_current_state() {
    ProvisioningRequest.InProgress first = started(running(SET, A));
    ProvisioningRequest firstDone = first.accountSucceeded(A);
    repository.replace(first, firstDone);
    ProvisioningRequest.InProgress second = started(running(OTHER_SET, B));
    ProvisioningRequest elsewhere = started(running(ELSEWHERE, A));
    ProvisioningRequest third = started(running(SET, C));
    ProvisioningRequest secondFailed = second.accountFailed(B, "Quota exceeded");
    repository.replace(second, secondFailed);

    assertThat(repository.requestsOf(INSTANCE)).containsExactly(firstDone, secondFailed, third);
    assertThat(repository.requestsOf(OTHER_INSTANCE)).containsExactly(elsewhere);
  }

  @Test
  void every_request_in_progress_of_every_instance_is_listed_in_its_current_state() {
    ProvisioningRequest.InProgress first = started(fanOut(SET, A, B));
    ProvisioningRequest.InProgress ended = started(running(OTHER_SET, A));
    repository.replace(ended, ended.accountSucceeded(A));
    ProvisioningRequest elsewhere = started(running(ELSEWHERE, C));
    repository.start(nothingToDo(OTHER_SET));
    ProvisioningRequest firstNow = first.accountSucceeded(B);
    repository.replace(first, firstNow);

    assertThat(repository.allInProgress()).containsExactlyInAnyOrder(firstNow, elsewhere);
    assertInProgress(SET, firstNow);
    assertThat(repository.inProgress(OTHER_SET)).isEqualTo(Option.none());
  }

  // --- concurrency ------------------------------------------------------------------------------------

  @Test
  void of_concurrent_starts_exactly_one_wins_per_permission_set_and_the_others_are_answered_the_winner() {
    List<PermissionSetArn> sets = List.of(SET, OTHER_SET, ELSEWHERE, PermissionSetArn.of(INSTANCE, "ps-0000000000000004"));
    int writers = Math.max(concurrentWriters(), sets.size());
    List<ProvisioningRequest> requests = new ArrayList<>();
    for (int writer = 0; writer < writers; writer++) {
      requests.add(running(sets.get(writer % sets.size()), account(writer)));
    }

    List<Either<ProvisioningRequest, ProvisioningRequest>> outcomes =
        Concurrently.run(writers, concurrencyTimeout(), writer -> () -> repository.start(requests.get(writer)));

    for (PermissionSetArn set : sets) {
      List<Either<ProvisioningRequest, ProvisioningRequest>> forSet = outcomes.stream()
          .filter(outcome -> (outcome.isRight() ? outcome.get() : outcome.getLeft()).permissionSet().equals(set))
          .toList();
      List<ProvisioningRequest> winners = forSet.stream().filter(Either::isRight).map(Either::get).toList();
      assertThat(winners).as("winners for %s", set).hasSize(1);
      ProvisioningRequest winner = winners.get(0);
      assertThat(forSet.stream().filter(Either::isLeft).map(Either::getLeft).collect(Collectors.toSet()))
          .as("refusals for %s", set).containsOnly(winner);
      assertInProgress(set, winner);
    }
    List<ProvisioningRequest> stored = new ArrayList<>(repository.requestsOf(INSTANCE));
    stored.addAll(repository.requestsOf(OTHER_INSTANCE));
    assertThat(stored).hasSize(sets.size());
    assertThat(repository.allInProgress()).containsExactlyInAnyOrderElementsOf(stored);
  }

  @Test
  void of_concurrent_replaces_from_one_state_exactly_one_wins() {
    int writers = concurrentWriters();
    List<AccountId> accounts = new ArrayList<>();
    for (int writer = 0; writer < writers; writer++) {
      accounts.add(account(writer));
    }
    ProvisioningRequest.InProgress base = (ProvisioningRequest.InProgress) ProvisioningRequest.start(
        ids.newRequestId(), SET, 1, accounts, null, CREATED, DEADLINE);
    repository.start(base);

    List<ProvisioningRequest> winners = Concurrently.run(writers, concurrencyTimeout(), writer -> () -> {
      ProvisioningRequest next = base.accountSucceeded(account(writer));
      return repository.replace(base, next) ? next : null;
    }).stream().filter(Objects::nonNull).toList();

    assertThat(winners).hasSize(1);
    assertThat(repository.find(base.requestId())).isEqualTo(Option.some(winners.get(0)));
  }

  @Test
  void concurrent_answers_for_distinct_accounts_through_read_replace_loops_lose_none() {
    int writers = concurrentWriters();
    List<AccountId> accounts = new ArrayList<>();
    for (int writer = 0; writer <= writers; writer++) {
      accounts.add(account(writer));
    }
    ProvisioningRequest base = ProvisioningRequest.start(ids.newRequestId(), SET, 1, accounts, null, CREATED,
        DEADLINE);
    repository.start(base);

    Concurrently.run(writers, concurrencyTimeout(), writer -> () -> {
      while (true) {
        ProvisioningRequest.InProgress current =
            (ProvisioningRequest.InProgress) repository.find(base.requestId()).get();
        ProvisioningRequest next = writer % 2 == 0
            ? current.accountSucceeded(account(writer))
            : current.accountFailed(account(writer), "failed " + writer);
        if (repository.replace(current, next)) {
          return null;
        }
      }
    });

    ProvisioningRequest.InProgress end = (ProvisioningRequest.InProgress) repository.find(base.requestId()).get();
    assertThat(end.pending()).containsExactly(account(writers));
    List<AccountId> succeeded = new ArrayList<>();
    List<AccountId> failed = new ArrayList<>();
    for (int writer = 0; writer < writers; writer++) {
      (writer % 2 == 0 ? succeeded : failed).add(account(writer));
    }
    assertThat(end.succeeded()).containsExactlyInAnyOrderElementsOf(succeeded);
    assertThat(end.failures().keySet()).containsExactlyInAnyOrderElementsOf(failed);
    for (Map.Entry<AccountId, String> failure : end.failures().entrySet()) {
      assertThat(failure.getValue()).isEqualTo("failed " + accounts.indexOf(failure.getKey()));
    }
    assertInProgress(SET, end);
  }

  @Test
  void of_concurrent_starts_racing_with_the_end_of_the_running_request_at_most_one_wins() {
    ProvisioningRequest.InProgress running = started(running(SET, A));
    int writers = concurrentWriters();

    List<ProvisioningRequest> started = Concurrently.run(writers, concurrencyTimeout(), writer -> () -> {
      if (writer == 0) {
        assertThat(repository.replace(running, running.accountSucceeded(A))).isTrue();
        return null;
      }
      Either<ProvisioningRequest, ProvisioningRequest> outcome = repository.start(running(SET, account(writer)));
      return outcome.isRight() ? outcome.get() : null;
    }).stream().filter(Objects::nonNull).toList();

    assertThat(started).hasSizeLessThanOrEqualTo(1);
    assertThat(repository.inProgress(SET)).isEqualTo(started.isEmpty() ? Option.none() : Option.some(started.get(0)));
    assertThat(repository.requestsOf(INSTANCE)).hasSize(1 + started.size());
  }

  // --- leases -----------------------------------------------------------------------------------------

  private static final Instant T0 = CREATED.plusSeconds(1);
  private static final Duration LEASE = Duration.ofSeconds(30);

  @Test
  void a_started_request_is_leased_whole_to_its_starter_and_to_no_one_else_until_the_lease_lapses() {
    ProvisioningRequest.InProgress request = started(fanOut(SET, A, B, C));

    assertThat(repository.lease(request.requestId(), "one", T0, T0.plus(LEASE))).containsExactly(A, B, C);
    assertThat(repository.lease(request.requestId(), "two", T0.plusSeconds(10), T0.plusSeconds(40))).isEmpty();
    assertThat(repository.takeOver("two", T0.plusSeconds(29), T0.plusSeconds(59), 10)).isEmpty();
    assertThat(repository.takeOver("two", T0.plus(LEASE), T0.plus(LEASE).plus(LEASE), 10))
        .containsExactlyInAnyOrder(work(request, A), work(request, B), work(request, C));
    assertThat(repository.takeOver("three", T0.plus(LEASE), T0.plus(LEASE).plus(LEASE), 10)).isEmpty();
    assertStored(request); // leases are no part of it
  }

  @Test
  void a_renewal_extends_the_owners_leases_on_the_accounts_still_pending_only() {
    ProvisioningRequest.InProgress request = started(fanOut(SET, A, B, C));
    repository.lease(request.requestId(), "one", T0, T0.plus(LEASE));
    ProvisioningRequest answered = request.accountSucceeded(A);
    repository.replace(request, answered);
    ProvisioningRequest.InProgress other = started(running(OTHER_SET, A));
    repository.lease(other.requestId(), "two", T0, T0.plus(LEASE));

    assertThat(repository.renew("one", T0.plusSeconds(60))).isEqualTo(2);

    Instant later = T0.plusSeconds(45);
    assertThat(repository.takeOver("three", later, later.plus(LEASE), 10)).containsExactly(work(other, A));
    assertThat(repository.takeOver("three", T0.plusSeconds(60), T0.plusSeconds(90), 10))
        .containsExactlyInAnyOrder(work(request, B), work(request, C));
  }

  @Test
  void work_never_leased_is_anyones_to_take_over_and_an_ended_requests_is_no_ones() {
    ProvisioningRequest.InProgress never = started(running(SET, A));
    ProvisioningRequest.InProgress ended = started(running(OTHER_SET, B));
    repository.replace(ended, ended.accountFailed(B, "Account is suspended"));

    assertThat(repository.takeOver("one", T0, T0.plus(LEASE), 10)).containsExactly(work(never, A));
    assertThat(repository.lease(ended.requestId(), "one", T0, T0.plus(LEASE))).isEmpty();
    assertThat(repository.renew("one", T0.plusSeconds(60))).isEqualTo(1);
  }

  @Test
  void a_take_over_gives_at_most_the_limit_and_the_rest_to_the_next() {
    ProvisioningRequest.InProgress request = started(fanOut(SET, A, B, C));

    List<ClaimedWork> first = repository.takeOver("one", T0, T0.plus(LEASE), 2);
    List<ClaimedWork> second = repository.takeOver("two", T0, T0.plus(LEASE), 2);

    assertThat(first).hasSize(2);
    assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
  }

  @Test
  void of_concurrent_take_overs_each_account_goes_to_exactly_one_owner() {
    List<AccountId> accounts = new ArrayList<>();
    for (int n = 0; n < 40; n++) {
      accounts.add(account(n));
    }
    ProvisioningRequest request =
        ProvisioningRequest.start(ids.newRequestId(), SET, 1, accounts, null, CREATED, DEADLINE);
    repository.start(request);
    int writers = concurrentWriters();

    List<List<ClaimedWork>> taken = Concurrently.run(writers, concurrencyTimeout(), writer -> () -> {
      List<ClaimedWork> mine = new ArrayList<>();
      List<ClaimedWork> batch;
      do {
        batch = repository.takeOver("owner-" + writer, T0, T0.plus(LEASE), 3);
        mine.addAll(batch);
      } while (!batch.isEmpty());
      return mine;
    });

    List<AccountId> all = taken.stream().flatMap(List::stream).map(ClaimedWork::account).toList();
    assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(accounts);
  }

  private static ClaimedWork work(ProvisioningRequest request, AccountId account) {
    return new ClaimedWork(request.requestId(), account);
  }

  // --- helpers ----------------------------------------------------------------------------------------

  private ProvisioningRequest.InProgress running(PermissionSetArn set, AccountId account) {
    return (ProvisioningRequest.InProgress) ProvisioningRequest.start(ids.newRequestId(), set, 1, List.of(account),
        account, CREATED, DEADLINE);
  }

  private ProvisioningRequest.InProgress fanOut(PermissionSetArn set, AccountId... accounts) {
    return (ProvisioningRequest.InProgress) ProvisioningRequest.start(ids.newRequestId(), set, 1, List.of(accounts),
        null, CREATED, DEADLINE);
  }

  private ProvisioningRequest nothingToDo(PermissionSetArn set) {
    return ProvisioningRequest.start(ids.newRequestId(), set, 1, List.of(), null, CREATED, DEADLINE);
  }

  private static AccountId account(int n) {
    return AccountId.of(String.format("9%011d", n));
  }

  /** Asserts that {@code request} starts: the repository stores it and answers it back. */
  private void assertStarts(ProvisioningRequest request) {
    assertThat(repository.start(request)).isEqualTo(Either.right(request));
  }

  /** Asserts that {@code request} is the one in progress for {@code permissionSet}. */
  private void assertInProgress(PermissionSetArn permissionSet, ProvisioningRequest request) {
    assertThat(repository.inProgress(permissionSet)).isEqualTo(Option.some(request));
  }

  /** {@code request}, started in the repository. */
  private <R extends ProvisioningRequest> R started(R request) {
    repository.start(request);
    return request;
  }

  /** Asserts that the repository holds {@code request} under its id. */
  private void assertStored(ProvisioningRequest request) {
    assertThat(repository.find(request.requestId())).isEqualTo(Option.some(request));
  }
}
