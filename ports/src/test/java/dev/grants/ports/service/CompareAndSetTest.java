package dev.grants.ports.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CompareAndSetTest {

  @Test
  void an_attempt_that_is_done_ends_the_retry_with_its_outcome() {
    List<Integer> startedFrom = new ArrayList<>();

    Either<Integer, String> outcome = CompareAndSet.retry(5, 0, base -> {
      startedFrom.add(base);
      return base < 2 ? CompareAndSet.again(base + 1) : CompareAndSet.done("won at " + base);
    });

    assertThat(outcome).isEqualTo(Either.right("won at 2"));
    assertThat(startedFrom).containsExactly(0, 1, 2);
  }

  @Test
  void after_max_attempts_lost_races_it_stops_and_hands_back_what_the_last_one_handed_on() {
    List<Integer> startedFrom = new ArrayList<>();

    Either<Integer, String> outcome = CompareAndSet.retry(3, 10, base -> {
      startedFrom.add(base);
      return CompareAndSet.again(base + 1);
    });

    assertThat(outcome).isEqualTo(Either.left(13));
    assertThat(startedFrom).containsExactly(10, 11, 12);
  }

  @Test
  void attempts_that_start_afresh_are_made_at_most_max_attempts_times() {
    AtomicInteger made = new AtomicInteger();

    Either<CompareAndSet.Lost, String> lost = CompareAndSet.retry(4, () -> {
      made.incrementAndGet();
      return CompareAndSet.again();
    });
    Either<CompareAndSet.Lost, String> won = CompareAndSet.retry(4, () -> made.incrementAndGet() == 6
        ? CompareAndSet.done("sixth")
        : CompareAndSet.again());

    assertThat(lost).isEqualTo(Either.left(CompareAndSet.Lost.RACE));
    assertThat(won).isEqualTo(Either.right("sixth"));
    assertThat(made).hasValue(6);
  }

  @Test
  void one_attempt_is_one_try_without_a_retry() {
    AtomicInteger made = new AtomicInteger();

    Either<CompareAndSet.Lost, String> outcome = CompareAndSet.retry(1, () -> {
      made.incrementAndGet();
      return CompareAndSet.again();
    });

    assertThat(outcome.isLeft()).isTrue();
    assertThat(made).hasValue(1);
  }
}
