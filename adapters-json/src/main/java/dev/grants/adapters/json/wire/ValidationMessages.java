package dev.grants.adapters.json.wire;

import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import java.util.List;

/**
 * The AWS validation framework's message for model-constraint violations, shared by every family:
 * {@code 1 validation error detected: Value 'x' at 'principal' failed to satisfy constraint: ...}, several joined
 * by {@code "; "} after {@code N validation errors detected: }.
 *
 * <pre>{@code
 * ValidationMessages.of(List.of(new Violation("statementId", null, Constraint.notNull())));
 * // 1 validation error detected: Value null at 'statementId' failed to satisfy constraint: Member must not be null
 * }</pre>
 */
public final class ValidationMessages {
  private ValidationMessages() {}

  /** The message for {@code violations} (at least one). */
  public static String of(List<Violation> violations) {
    StringBuilder message = new StringBuilder(96 * violations.size());
    message.append(violations.size()).append(violations.size() == 1 ? " validation error" : " validation errors")
        .append(" detected: ");
    for (int i = 0; i < violations.size(); i++) {
      if (i > 0) {
        message.append("; ");
      }
      Violation violation = violations.get(i);
      message.append("Value ");
      if (violation.value() == null) {
        message.append("null");
      } else {
        message.append('\'').append(violation.value()).append('\'');
      }
      message.append(" at '").append(violation.member()).append("' failed to satisfy constraint: ")
          .append(constraint(violation.constraint()));
    }
    return message.toString();
  }

  /** The framework's words for one constraint. */
  public static String constraint(Constraint constraint) {
    if (constraint instanceof Constraint.NotNull) {
      return "Member must not be null";
    } else if (constraint instanceof Constraint.MinLength min) {
      return "Member must have length greater than or equal to " + min.min();
    } else if (constraint instanceof Constraint.MaxLength max) {
      return "Member must have length less than or equal to " + max.max();
    } else if (constraint instanceof Constraint.MatchesPattern pattern) {
      return "Member must satisfy regular expression pattern: " + pattern.regex();
    } else if (constraint instanceof Constraint.OneOf oneOf) {
      return "Member must satisfy enum value set: " + oneOf.values();
    } else if (constraint instanceof Constraint.MinValue min) {
      return "Member must have value greater than or equal to " + min.min();
    } else if (constraint instanceof Constraint.MaxValue max) {
      return "Member must have value less than or equal to " + max.max();
    } else if (constraint instanceof Constraint.MaxItems maxItems) {
      return "Member must have length less than or equal to " + maxItems.max();
    } else if (constraint instanceof Constraint.MinItems minItems) {
      return "Member must have length greater than or equal to " + minItems.min();
    } else if (constraint instanceof Constraint.EachMember each) {
      return "Member must satisfy constraint: [" + constraint(each.each()) + ']';
    }
    throw new IllegalArgumentException("unknown constraint " + constraint);
  }
}
