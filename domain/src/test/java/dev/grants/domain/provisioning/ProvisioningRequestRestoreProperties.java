package dev.grants.domain.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.ProvisioningRequest.AccountAnswer;
import dev.grants.domain.provisioning.ProvisioningRequest.InProgress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A request in progress read back from a store ({@link InProgress#restore}) equals the one its answers made. */
class ProvisioningRequestRestoreProperties {
  private static final PermissionSetArn SET =
      PermissionSetArn.parse("arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-0123456789abcdef").get();
  private static final Instant MADE = Instant.parse("2025-11-21T12:00:00.123Z");
  private static final Instant DEADLINE = Instant.parse("2025-11-21T12:05:00.123579707Z");

  @Property(tries = 300)
  void a_request_restored_from_its_answers_equals_the_request_they_made(
      @ForAll @IntRange(min = 1, max = 12) int accounts, @ForAll long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<AccountId> all = accounts(accounts);
    ProvisioningRequest current = ProvisioningRequest.start("b5f0a1c2-3d4e-4f50-8a6b-7c8d9e0f1a2b", SET, 7, all,
        null, MADE, DEADLINE);
    List<AccountId> order = new ArrayList<>(all);
    java.util.Collections.shuffle(order, random);
    for (AccountId next : order.subList(0, random.nextInt(accounts))) {
      InProgress running = (InProgress) current;
      current = random.nextBoolean() ? running.accountSucceeded(next) : running.accountFailed(next, "no " + next);
    }
    InProgress running = (InProgress) current;

    InProgress restored = InProgress.restore(running.requestId(), SET, null, MADE, DEADLINE, 7, running.accounts(),
        running.answers());

    assertThat(restored).isEqualTo(running);
    assertThat(restored.answers()).isEqualTo(running.answers());
    assertThat(restored.pending()).isEqualTo(running.pending());
    assertThat(restored.succeeded()).isEqualTo(running.succeeded());
    assertThat(restored.failures()).isEqualTo(running.failures());
  }

  @Test
  void answers_are_kept_in_the_order_they_came_and_take_part_in_equality() {
    List<AccountId> all = accounts(3);
    InProgress start = (InProgress) ProvisioningRequest.start("b5f0a1c2-3d4e-4f50-8a6b-7c8d9e0f1a2b", SET, 1, all,
        null, MADE, DEADLINE);
    InProgress aThenB = (InProgress) ((InProgress) start.accountSucceeded(all.get(0))).accountFailed(all.get(1), "x");
    InProgress bThenA = (InProgress) ((InProgress) start.accountFailed(all.get(1), "x")).accountSucceeded(all.get(0));

    assertThat(aThenB.answers()).containsExactly(
        AccountAnswer.succeeded(all.get(0)), AccountAnswer.failed(all.get(1), "x"));
    assertThat(aThenB).isNotEqualTo(bThenA);
  }

  @Test
  void a_restore_refuses_answers_no_request_in_progress_can_have() {
    List<AccountId> all = accounts(2);
    AccountId stranger = AccountId.of("999999999999");

    assertThatThrownBy(() -> InProgress.restore("r", SET, null, MADE, DEADLINE, 1, all,
        List.of(AccountAnswer.succeeded(stranger)))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InProgress.restore("r", SET, null, MADE, DEADLINE, 1, List.of(all.get(0), all.get(1),
        stranger), List.of(AccountAnswer.succeeded(all.get(0)), AccountAnswer.failed(all.get(0), "twice"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InProgress.restore("r", SET, null, MADE, DEADLINE, 1, all,
        List.of(AccountAnswer.succeeded(all.get(0)), AccountAnswer.succeeded(all.get(1)))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<AccountId> accounts(int count) {
    List<AccountId> accounts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      accounts.add(AccountId.of(String.format("1%011d", i)));
    }
    return accounts;
  }
}
