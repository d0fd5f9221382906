package dev.grants.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.ports.out.ProvisioningCallback;
import dev.grants.ports.out.ProvisioningWork;
import dev.grants.testkit.Concurrently;
import dev.grants.testkit.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScriptedProvisioningGatewayTest {
  private static final PermissionSet SET = new PermissionSet(
      PermissionSetArn.of(new InstanceArn(Partition.AWS, "ssoins-0000000000000001"), "ps-0000000000000001"),
      "ReadOnly", null, "PT1H", null, null, Instant.parse("2018-11-14T23:03:52.894Z"), 1);

  private final ScriptedProvisioningGateway gateway = new ScriptedProvisioningGateway();
  private final List<String> answers = new CopyOnWriteArrayList<>();
  private final ProvisioningCallback recorder = new ProvisioningCallback() {
    @Override
    public void succeeded(String requestId, AccountId account) {
      answers.add(requestId + " " + account + " succeeded");
    }

    @Override
    public void failed(String requestId, AccountId account, String reason) {
      answers.add(requestId + " " + account + " failed: " + reason);
    }
  };

  @Test
  void by_default_work_is_recorded_and_nothing_is_answered() {
    gateway.provision(work("r1", Fixtures.ACCOUNT_A), recorder);
    gateway.provision(work("r1", Fixtures.ACCOUNT_B), recorder);

    assertThat(gateway.mode()).isEqualTo(ScriptedProvisioningGateway.Mode.HOLD);
    assertThat(answers).isEmpty();
    assertThat(gateway.received()).extracting(ScriptedProvisioningGateway.Job::work)
        .containsExactly(work("r1", Fixtures.ACCOUNT_A), work("r1", Fixtures.ACCOUNT_B));
    assertThat(gateway.pending()).hasSize(2);
  }

  @Test
  void answering_an_account_answers_each_of_its_unanswered_works_once() {
    gateway.provision(work("r1", Fixtures.ACCOUNT_A), recorder);
    gateway.provision(work("r2", Fixtures.ACCOUNT_B), recorder);
    gateway.provision(work("r3", Fixtures.ACCOUNT_A), recorder);

    assertThat(gateway.succeed(Fixtures.ACCOUNT_A)).isEqualTo(2);
    assertThat(gateway.succeed(Fixtures.ACCOUNT_A)).isZero();
    assertThat(gateway.fail(Fixtures.ACCOUNT_B, "Quota exceeded")).isEqualTo(1);

    assertThat(answers).containsExactly("r1 111122223333 succeeded", "r3 111122223333 succeeded",
        "r2 444455556666 failed: Quota exceeded");
    assertThat(gateway.pending()).isEmpty();
    assertThat(gateway.receivedFor("r3")).extracting(ScriptedProvisioningGateway.Job::answered).containsExactly(true);
  }

  @Test
  void succeed_all_and_fail_all_answer_every_unanswered_work() {
    gateway.provision(work("r1", Fixtures.ACCOUNT_A), recorder);
    gateway.succeedAll();
    gateway.provision(work("r2", Fixtures.ACCOUNT_B), recorder);
    gateway.provision(work("r2", Fixtures.ACCOUNT_C), recorder);

    assertThat(gateway.failAll("down")).isEqualTo(2);

    assertThat(answers).containsExactly("r1 111122223333 succeeded", "r2 444455556666 failed: down",
        "r2 777788889999 failed: down");
  }

  @Test
  void a_job_may_be_answered_again_to_test_late_and_repeated_answers() {
    gateway.provision(work("r1", Fixtures.ACCOUNT_A), recorder);
    ScriptedProvisioningGateway.Job job = gateway.received().get(0);

    job.succeed();
    job.fail("late");

    assertThat(answers).containsExactly("r1 111122223333 succeeded", "r1 111122223333 failed: late");
  }

  @Test
  void answering_at_once_succeeds_but_for_the_accounts_scripted_to_fail() {
    gateway.answerAtOnce().failAtOnce(Fixtures.ACCOUNT_B, "Account is suspended");

    gateway.provision(work("r1", Fixtures.ACCOUNT_A), recorder);
    gateway.provision(work("r1", Fixtures.ACCOUNT_B), recorder);

    assertThat(answers).containsExactly("r1 111122223333 succeeded", "r1 444455556666 failed: Account is suspended");
    assertThat(gateway.pending()).isEmpty();
    gateway.hold();
    gateway.provision(work("r2", Fixtures.ACCOUNT_A), recorder);
    assertThat(answers).hasSize(2);
  }

  @Test
  void a_refusing_gateway_throws_and_still_records_the_work() {
    gateway.refuse();

    assertThatThrownBy(() -> gateway.provision(work("r1", Fixtures.ACCOUNT_A), recorder))
        .isInstanceOf(IllegalStateException.class);

    assertThat(gateway.received()).hasSize(1);
    assertThat(answers).isEmpty();
  }

  @Test
  void concurrent_work_and_answers_lose_nothing_and_answer_each_work_once() {
    ConcurrentMap<String, AtomicInteger> answered = new ConcurrentHashMap<>();
    ProvisioningCallback counting = new ProvisioningCallback() {
      @Override
      public void succeeded(String requestId, AccountId account) {
        answered.computeIfAbsent(requestId, unused -> new AtomicInteger()).incrementAndGet();
      }

      @Override
      public void failed(String requestId, AccountId account, String reason) {
        succeeded(requestId, account);
      }
    };
    int threads = 16;
    int each = 50;

    Concurrently.run(threads, Duration.ofSeconds(30), thread -> () -> {
      for (int i = 0; i < each; i++) {
        gateway.provision(work("t" + thread + "-" + i, String.format("9%011d", thread)), counting);
        if (i % 3 == 0) {
          gateway.succeedAll();
        } else if (i % 3 == 1) {
          gateway.fail(String.format("9%011d", (thread + 1) % threads), "no");
        }
      }
      return null;
    });
    gateway.succeedAll();

    assertThat(gateway.received()).hasSize(threads * each);
    assertThat(answered).hasSize(threads * each);
    assertThat(answered.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
  }

  private static ProvisioningWork work(String requestId, String account) {
    return new ProvisioningWork(requestId, SET, AccountId.of(account));
  }
}
