package dev.grants.domain.validation;

import dev.grants.domain.Nullable;
import java.util.Objects;

/**
 * One member of a request that failed one of its constraints.
 *
 * <pre>{@code
 * new Violation("principal", "12", Constraint.pattern("\\d{12}|\\*"));
 * // on the wire: Value '12' at 'principal' failed to satisfy constraint: Member must satisfy regular ...
 * }</pre>
 *
 * @param member the member's wire name, lowerCamel ({@code statementId})
 * @param value the offending value as given, {@code null} when the member was missing; lists are rendered
 *     as {@code [a, b]}
 * @param constraint the constraint it failed
 */
public record Violation(String member, @Nullable String value, Constraint constraint) {
  /** Checks the member and constraint are present. */
  public Violation {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(constraint, "constraint");
  }
}
