package dev.grants.ports.out;

import dev.grants.domain.principal.AccountId;

/**
 * How a {@link ProvisioningGateway} answers, from any thread, at any time, any number of times: only the first
 * answer for an account of a request in progress counts; answers after the request ended are ignored.
 *
 * <pre>{@code
 * callback.succeeded(work.requestId(), work.account());
 * }</pre>
 */
public interface ProvisioningCallback {

  /** The account's share of the request succeeded. */
  void succeeded(String requestId, AccountId account);

  /** The account's share of the request failed, for {@code reason}. */
  void failed(String requestId, AccountId account, String reason);
}
