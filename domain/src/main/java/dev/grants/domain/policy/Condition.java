package dev.grants.domain.policy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One condition of a statement: an operator, a context key and the values it compares with, written
 * {@code "Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}}. Of the IAM operators,
 * {@code StringEquals} and {@code StringNotEquals} are evaluated; any other never holds, so an unknown
 * condition can only narrow a grant, never widen it.
 *
 * <pre>{@code
 * Condition org = Condition.stringEquals("aws:PrincipalOrgID", "o-a1b2c3d4e5");
 * }</pre>
 *
 * @param operator the IAM condition operator ({@code StringEquals})
 * @param key the context key ({@code aws:PrincipalOrgID}); matched case-insensitively
 * @param values the values, at least one
 */
public record Condition(String operator, String key, List<String> values) {
  /** The operator that compares strings for equality. */
  public static final String STRING_EQUALS = "StringEquals";
  /** The operator that holds when the key's value equals none of the values. */
  public static final String STRING_NOT_EQUALS = "StringNotEquals";
  /** The context key of the caller's organization. */
  public static final String PRINCIPAL_ORG_ID = "aws:PrincipalOrgID";

  /** Checks every part is present, policy-safe, and that there is at least one value. */
  public Condition {
    JsonSafe.require("operator", operator);
    JsonSafe.require("key", key);
    values = List.copyOf(values);
    if (operator.isEmpty() || key.isEmpty() || values.isEmpty()) {
      throw new IllegalArgumentException("a condition has an operator, a key and at least one value");
    }
    values.forEach(value -> JsonSafe.require("value", value));
  }

  /** {@code StringEquals} on {@code key} with one {@code value}. */
  public static Condition stringEquals(String key, String value) {
    return new Condition(STRING_EQUALS, key, List.of(value));
  }

  /** The caller must belong to {@code organization}. */
  public static Condition principalOrgId(dev.grants.domain.principal.OrganizationId organization) {
    return stringEquals(PRINCIPAL_ORG_ID, organization.value());
  }

  /** Whether this condition holds for a request context whose keys are lowercase. */
  boolean holds(Map<String, String> lowercaseContext) {
    String actual = lowercaseContext.get(key.toLowerCase(Locale.ROOT));
    return switch (operator) {
      case STRING_EQUALS -> actual != null && values.contains(actual);
      case STRING_NOT_EQUALS -> actual == null || !values.contains(actual);
      default -> false;
    };
  }

}
