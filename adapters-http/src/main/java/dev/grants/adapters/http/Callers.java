package dev.grants.adapters.http;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.OrganizationId;
import dev.grants.domain.principal.Region;
import dev.grants.ports.in.CallContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who calls the endpoint: the account whose id is the request's access key id, when that is exactly 12 digits, and
 * otherwise (any other key, or no signature) the endpoint's default account; with the organization the endpoint's
 * configuration places that account in. Immutable.
 */
final class Callers {
  private final AccountId defaultAccount;
  private final Map<AccountId, OrganizationId> organizations;
  private final Region defaultRegion;

  Callers(AccountId defaultAccount, Map<AccountId, OrganizationId> organizations, Region defaultRegion) {
    this.defaultAccount = defaultAccount;
    this.organizations = Map.copyOf(organizations);
    this.defaultRegion = defaultRegion;
  }

  /**
   * The context of a request with the {@code Authorization} header {@code authorization} (null when absent) and the
   * decoded {@code query}, whose {@code X-Amz-Credential} a presigned request is signed with
   * ({@link SigV4Scope}); the default region when neither has a usable credential scope.
   */
  CallContext context(String authorization, Map<String, List<String>> query) {
    List<String> credentials = query.get("X-Amz-Credential");
    String credential = credentials == null ? null : credentials.get(0);
    return context(SigV4Scope.accessKeyId(authorization, credential),
        SigV4Scope.region(authorization, credential, defaultRegion));
  }

  /** The context of a request signed with {@code accessKeyId} (null when unsigned) for {@code region}. */
  CallContext context(String accessKeyId, Region region) {
    AccountId account = accessKeyId != null && AccountId.isAccountId(accessKeyId)
        ? AccountId.of(accessKeyId)
        : defaultAccount;
    OrganizationId organization = organizations.get(account);
    return new CallContext(account, region, organization);
  }

  /**
   * {@code placed} with {@code accounts} in {@code organization}; an account belongs to at most one organization.
   *
   * @throws IllegalArgumentException if the organization id or an account id is malformed, no account is given,
   *     or an account is already in another organization
   */
  static Map<AccountId, OrganizationId> place(
      Map<AccountId, OrganizationId> placed, String organization, Iterable<String> accounts) {
    OrganizationId id = OrganizationId.parse(organization).getOrElseThrow(() -> new IllegalArgumentException(
        "not an organization id: " + organization + " (o- and 10 to 32 lowercase letters or digits)"));
    Map<AccountId, OrganizationId> more = new LinkedHashMap<>(placed);
    boolean any = false;
    for (String account : accounts) {
      AccountId member = AccountId.parse(account).getOrElseThrow(() -> new IllegalArgumentException(
          "not a 12-digit account id: '" + account + "'"));
      OrganizationId before = more.putIfAbsent(member, id);
      if (before != null && !before.equals(id)) {
        throw new IllegalArgumentException("account " + member + " is already in organization " + before);
      }
      any = true;
    }
    if (!any) {
      throw new IllegalArgumentException("organization " + id + " needs at least one account");
    }
    return more;
  }
}
