package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import dev.grants.domain.policy.AccessRequest;
import dev.grants.domain.policy.Action;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.OrganizationId;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.principal.Region;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Who calls, and where: the caller's account (which owns what it creates and addresses by bare name), the region
 * of the endpoint it calls and, when the caller belongs to one, its AWS organization. The organization is a fact
 * about the authenticated caller, as {@code aws:PrincipalOrgID} is in IAM's request context: whoever authenticates
 * the call (an embedding service, or the local endpoint from its configuration) supplies it, and the services only
 * evaluate policies against it.
 *
 * <pre>{@code
 * CallContext context = CallContext.of("123456789012", "us-east-2");
 * CallContext member = CallContext.of("223456789012", "us-east-2").inOrganization(OrganizationId.of("o-a1b2c3d4e5"));
 * }</pre>
 *
 * @param account the caller's account
 * @param region the region called
 * @param organization the caller's organization, {@code null} when it belongs to none; see {@link #organizationId()}
 */
public record CallContext(AccountId account, Region region, @Nullable OrganizationId organization) {

  /** Checks the account and region are present. */
  public CallContext {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(region, "region");
  }

  /** {@code account} calling {@code region}, outside any organization. */
  public CallContext(AccountId account, Region region) {
    this(account, region, null);
  }

  /**
   * The context of {@code account} calling {@code region}, outside any organization.
   *
   * @throws IllegalArgumentException if the account is not 12 digits or the region not a region name
   */
  public static CallContext of(String account, String region) {
    return new CallContext(AccountId.of(account), Region.of(region));
  }

  /** This context, for a caller that belongs to {@code organization}. */
  public CallContext inOrganization(OrganizationId organization) {
    return new CallContext(account, region, Objects.requireNonNull(organization, "organization"));
  }

  /** The caller's organization, none when it belongs to none. */
  public Option<OrganizationId> organizationId() {
    return Option.of(organization);
  }

  /** The caller as a policy sees it: its account's root, in the partition of the region called. */
  public Principal.Account caller() {
    return Principal.account(account, region.partition());
  }

  /** Whether the caller's account is {@code owner}: a caller changes only its own account's resources. */
  public boolean isAccount(AccountId owner) {
    return account.equals(owner);
  }

  /**
   * The caller asking for {@code action}, with its organization in the condition context
   * ({@code aws:PrincipalOrgID}) when it has one: what a resource policy's {@code decide} is given.
   */
  public AccessRequest asking(Action action) {
    AccessRequest request = AccessRequest.of(caller(), action);
    return organization == null ? request : request.inOrganization(organization);
  }
}
