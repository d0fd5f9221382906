package dev.grants.ports.out;

import dev.grants.domain.principal.AccountId;
import java.util.Objects;

/**
 * One account's share of a request in progress that an instance took over ({@link
 * ProvisioningRequestRepository#takeOver}): it is that instance's to hand to its gateway while its lease lasts.
 *
 * <pre>{@code
 * for (ClaimedWork work : requests.takeOver(owner, now, now.plus(lease), 100)) { ... }
 * }</pre>
 *
 * @param requestId the request
 * @param account the account still pending
 */
public record ClaimedWork(String requestId, AccountId account) {
  /** Checks the parts. */
  public ClaimedWork {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(account, "account");
  }
}
