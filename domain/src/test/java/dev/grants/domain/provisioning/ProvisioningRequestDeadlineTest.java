package dev.grants.domain.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.principal.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisioningRequestDeadlineTest {
  private static final PermissionSetArn SET =
      PermissionSetArn.parse("arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-0123456789abcdef").get();
  private static final AccountId ACCOUNT = AccountId.of("111122223333");

  /**
   * Regression: the created date is kept to the millisecond but the deadline was not, so a request made at an
   * instant with a sub-millisecond part reported the window as {@code PT0.300579707S} instead of the configured
   * {@code PT0.3S}.
   */
  @Test
  void an_expired_request_names_the_configured_window_even_when_it_was_made_between_two_milliseconds() {
    Instant made = Instant.parse("2025-11-21T12:00:00.123579707Z");
    ProvisioningRequest.InProgress running = (ProvisioningRequest.InProgress) ProvisioningRequest.start(
        "b5f0a1c2-3d4e-4f50-8a6b-7c8d9e0f1a2b", SET, 1, List.of(ACCOUNT), ACCOUNT, made,
        made.plus(Duration.ofMillis(300)));

    ProvisioningRequest expired = running.expireAt(made.plus(Duration.ofMillis(300)));

    assertThat(expired.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(expired.failureReason().get())
        .isEqualTo("Provisioning did not complete within PT0.3S: no answer for account 111122223333");
  }

  @Test
  void a_request_is_overdue_exactly_at_its_deadline_not_before() {
    Instant made = Instant.parse("2025-11-21T12:00:00.123579707Z");
    ProvisioningRequest.InProgress running = (ProvisioningRequest.InProgress) ProvisioningRequest.start(
        "b5f0a1c2-3d4e-4f50-8a6b-7c8d9e0f1a2b", SET, 1, List.of(ACCOUNT), ACCOUNT, made,
        made.plus(Duration.ofMillis(300)));

    assertThat(running.expireAt(made.plus(Duration.ofMillis(300)).minusNanos(1))).isSameAs(running);
    assertThat(running.isOverdue(made.plus(Duration.ofMillis(300)))).isTrue();
  }
}
