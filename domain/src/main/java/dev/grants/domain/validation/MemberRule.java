package dev.grants.domain.validation;

import dev.grants.domain.Nullable;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

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
 * <p>A rule checked on every request may declare, last, a {@linkplain #shortcut shortcut}: a loop that
 * recognizes the common valid values, so that they skip the regular expression.
 *
 * <p>Rules are immutable and thread-safe; declare them once, as constants.
 */
public final class MemberRule {
  private static final Predicate<String> NO_SHORTCUT = value -> false;

  private final String member;
  private final boolean required;
  private final List<Constraint> constraints;
  private final Predicate<String> surelyValid;

  private MemberRule(String member, boolean required, List<Constraint> constraints, Predicate<String> surelyValid) {
    this.member = Objects.requireNonNull(member, "member");
    this.required = required;
    this.constraints = List.copyOf(constraints);
    this.surelyValid = Objects.requireNonNull(surelyValid, "surelyValid");
  }

  /** A member that must be present. */
  public static MemberRule required(String member) {
    return new MemberRule(member, true, List.of(), NO_SHORTCUT);
  }

  /** A member that may be absent; when absent it is not checked further. */
  public static MemberRule optional(String member) {
    return new MemberRule(member, false, List.of(), NO_SHORTCUT);
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

  /** This rule with one more constraint; a {@linkplain #shortcut shortcut} declared before it is dropped. */
  public MemberRule with(Constraint constraint) {
    List<Constraint> next = new ArrayList<>(constraints);
    next.add(constraint);
    return new MemberRule(member, required, next, NO_SHORTCUT);
  }

  /**
   * This rule with a shortcut for its common valid values: a value {@code surelyValid} holds for is taken to
   * satisfy every constraint without running them. It exists because a regular expression costs far more than a
   * loop over the characters, and some members are checked on every request. It must hold only for values that
   * satisfy every constraint (the outcome of {@link #check} is the same with or without it); where it does not
   * hold, the constraints decide as usual. Declare it last: adding a constraint drops it.
   *
   * <pre>{@code
   * MemberRule.required("statementId").minLength(1).maxLength(100).pattern("([a-zA-Z0-9-_]+)")
   *     .shortcut(StatementId::isStatementId);
   * }</pre>
   */
  public MemberRule shortcut(Predicate<String> surelyValid) {
    return new MemberRule(member, required, constraints, surelyValid);
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

  /** Whether {@code value} satisfies the rule: {@link #check} would find no violation; allocates nothing. */
  public boolean admits(@Nullable String value) {
    if (value == null) {
      return !required;
    }
    if (surelyValid.test(value)) {
      return true;
    }
    for (Constraint constraint : constraints) {
      if (!constraint.admits(value)) {
        return false;
      }
    }
    return true;
  }

  /** Every violation of {@code value}; empty when it satisfies the rule. */
  public List<Violation> check(@Nullable String value) {
    if (value == null) {
      return required ? List.of(new Violation(member, null, Constraint.notNull())) : List.of();
    }
    if (surelyValid.test(value)) {
      return List.of();
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
   * Every violation of a list member: {@link Constraint.MaxItems} and {@link Constraint.MinItems} on its size, and each other constraint
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
      } else if (constraint instanceof Constraint.MinItems minItems) {
        if (values.size() < minItems.min()) {
          found.add(new Violation(member, rendered, constraint));
        }
      } else if (values.stream().anyMatch(item -> item == null || !constraint.admits(item))) {
        found.add(new Violation(member, rendered, Constraint.eachMember(constraint)));
      }
    }
    return List.copyOf(found);
  }
}
