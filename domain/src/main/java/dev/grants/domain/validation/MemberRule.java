package dev.grants.domain.validation;

import dev.grants.domain.Nullable;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The constraints of one request member, checked together: every failed constraint is one
 * {@link Violation}, in the order the constraints were declared.
 *
 * <pre>{@code
 * static final MemberRule STATEMENT_ID =
 *     MemberRule.required("statementId").minLength(1).maxLength(100).pattern("([a-zA-Z0-9-_]+)");
 * STATEMENT_ID.check("");   // two violations: length, pattern
 * STATEMENT_ID.check(null); // one violation: must not be null
 * }</pre>
 *
 * <p>Rules are immutable and thread-safe; declare them once, as constants.
 */
public final class MemberRule {
  private final String member;
  private final boolean required;
  private final List<Constraint> constraints;

  private MemberRule(String member, boolean required, List<Constraint> constraints) {
    this.member = Objects.requireNonNull(member, "member");
    this.required = required;
    this.constraints = List.copyOf(constraints);
  }

  /** A member that must be present. */
  public static MemberRule required(String member) {
    return new MemberRule(member, true, List.of());
  }

  /** A member that may be absent; when absent it is not checked further. */
  public static MemberRule optional(String member) {
    return new MemberRule(member, false, List.of());
  }

  /** This rule with a minimum length. */
  public MemberRule minLength(int min) {
    return with(Constraint.minLength(min));
  }

  /** This rule with a maximum length. */
  public MemberRule maxLength(int max) {
    return with(Constraint.maxLength(max));
  }

  /** This rule with a pattern the whole value must match. */
  public MemberRule pattern(String regex) {
    return with(Constraint.pattern(regex));
  }

  /** This rule with an enumeration of admitted values. */
  public MemberRule oneOf(List<String> values) {
    return with(Constraint.oneOf(values));
  }

  /** This rule with one more constraint. */
  public MemberRule with(Constraint constraint) {
    List<Constraint> next = new ArrayList<>(constraints);
    next.add(constraint);
    return new MemberRule(member, required, next);
  }

  /** The member's wire name. */
  public String member() {
    return member;
  }

  /** {@code value} if it satisfies the rule, otherwise every violation of it. */
  public Validation<Seq<Violation>, String> validate(@Nullable String value) {
    List<Violation> found = check(value);
    return found.isEmpty() ? Validation.valid(value) : Validation.invalid(io.vavr.collection.List.ofAll(found));
  }

  /** Every violation of {@code value}; empty when it satisfies the rule. */
  public List<Violation> check(@Nullable String value) {
    if (value == null) {
      return required ? List.of(new Violation(member, null, Constraint.notNull())) : List.of();
    }
    List<Violation> found = null;
    for (Constraint constraint : constraints) {
      if (!constraint.admits(value)) {
        if (found == null) {
          found = new ArrayList<>(2);
        }
        found.add(new Violation(member, value, constraint));
      }
    }
    return found == null ? List.of() : List.copyOf(found);
  }

  /**
   * Every violation of a list member: {@link Constraint.MaxItems} on its size, and each other constraint
   * wrapped in {@link Constraint.EachMember} when some item fails it. The value is rendered as {@code [a, b]}.
   */
  public List<Violation> checkList(@Nullable List<String> values) {
    if (values == null) {
      return required ? List.of(new Violation(member, null, Constraint.notNull())) : List.of();
    }
    List<Violation> found = new ArrayList<>(0);
    String rendered = values.toString();
    for (Constraint constraint : constraints) {
      if (constraint instanceof Constraint.MaxItems maxItems) {
        if (values.size() > maxItems.max()) {
          found.add(new Violation(member, rendered, constraint));
        }
      } else if (values.stream().anyMatch(item -> item == null || !constraint.admits(item))) {
        found.add(new Violation(member, rendered, Constraint.eachMember(constraint)));
      }
    }
    return List.copyOf(found);
  }
}
