package dev.grants.domain.policy;

import dev.grants.domain.principal.OrganizationId;
import dev.grants.domain.principal.Principal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A caller asking to perform an action, with the request context that conditions are evaluated against
 * (such as the caller's organization, {@code aws:PrincipalOrgID}).
 *
 * <pre>{@code
 * AccessRequest request = AccessRequest.of(
 *         Principal.account(AccountId.of("223456789012"), Partition.AWS), Action.LAMBDA_GET_LAYER_VERSION)
 *     .inOrganization(OrganizationId.of("o-a1b2c3d4e5"));
 * }</pre>
 *
 * @param caller who asks: an account or a role ({@code *} is no caller)
 * @param action the concrete action asked for
 * @param context the condition context, keys as given
 */
public record AccessRequest(Principal caller, Action action, Map<String, String> context) {

  /** Checks the parts and copies the context. */
  public AccessRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(action, "action");
    if (caller == Principal.any()) {
      throw new IllegalArgumentException("a caller is an account or a role, not *");
    }
    context = Map.copyOf(context);
  }

  /** {@code caller} asking for {@code action}, with an empty context. */
  public static AccessRequest of(Principal caller, Action action) {
    return new AccessRequest(caller, action, Map.of());
  }

  /** This request with {@code key} set to {@code value} in its context. */
  public AccessRequest withContext(String key, String value) {
    Map<String, String> more = new HashMap<>(context);
    more.put(key, value);
    return new AccessRequest(caller, action, more);
  }

  /** This request from a caller that belongs to {@code organization}. */
  public AccessRequest inOrganization(OrganizationId organization) {
    return withContext(Condition.PRINCIPAL_ORG_ID, organization.value());
  }

  Map<String, String> lowercaseContext() {
    Map<String, String> lowercase = new HashMap<>(context.size() * 2);
    context.forEach((key, value) -> lowercase.put(key.toLowerCase(Locale.ROOT), value));
    return lowercase;
  }
}
