package dev.grants.ports.in;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Region;
import java.util.Objects;

/**
 * Who calls, and where: the caller's account (which owns what it creates and addresses by bare name) and
 * the region of the endpoint it calls.
 *
 * <pre>{@code
 * CallContext context = CallContext.of("123456789012", "us-east-2");
 * }</pre>
 *
 * @param account the caller's account
 * @param region the region called
 */
public record CallContext(AccountId account, Region region) {

  /** Checks both parts are present. */
  public CallContext {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(region, "region");
  }

  /**
   * The context of {@code account} calling {@code region}.
   *
   * @throws IllegalArgumentException if the account is not 12 digits or the region not a region name
   */
  public static CallContext of(String account, String region) {
    return new CallContext(AccountId.of(account), Region.of(region));
  }
}
