package dev.grants.domain.validation;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One constraint of a service model member, as the model states it. The wire adapters render each kind in the
 * service's own words ({@code Member must satisfy regular expression pattern: ...}).
 *
 * <pre>{@code
 * Constraint c = Constraint.pattern("o-[a-z0-9]{10,32}");
 * c.admits("o-abcdefghij"); // true
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; a pattern is compiled once, when the constraint is made.
 */
public sealed interface Constraint {

  /** Whether a present value satisfies this constraint ({@link NotNull} admits every present value). */
  boolean admits(String value);

  /** The member must be present. */
  static NotNull notNull() {
    return NotNull.INSTANCE;
  }

  /** The member's length, in Unicode code points, must be at least {@code min}. */
  static MinLength minLength(int min) {
    return new MinLength(min);
  }

  /** The member's length, in Unicode code points, must be at most {@code max}. */
  static MaxLength maxLength(int max) {
    return new MaxLength(max);
  }

  /** The whole member must match {@code regex} (the model's pattern, verbatim). */
  static MatchesPattern pattern(String regex) {
    return new MatchesPattern(regex);
  }

  /** The member must be one of {@code values}. */
  static OneOf oneOf(List<String> values) {
    return new OneOf(values);
  }

  /** A number member must be at least {@code min}. */
  static MinValue minValue(long min) {
    return new MinValue(min);
  }

  /** A number member must be at most {@code max}. */
  static MaxValue maxValue(long max) {
    return new MaxValue(max);
  }

  /** A list member may hold at most {@code max} items. */
  static MaxItems maxItems(int max) {
    return new MaxItems(max);
  }

  /** A list member must hold at least {@code min} items. */
  static MinItems minItems(int min) {
    return new MinItems(min);
  }

  /** Every item of a list member must satisfy {@code each}. */
  static EachMember eachMember(Constraint each) {
    return new EachMember(each);
  }

  /** The member must be present. */
  enum NotNull implements Constraint {
    /** The only instance. */
    INSTANCE;

    @Override
    public boolean admits(String value) {
      return value != null;
    }
  }

  /**
   * Minimum length in code points.
   *
   * @param min the least admitted length
   */
  record MinLength(int min) implements Constraint {
    @Override
    public boolean admits(String value) {
      return value.codePointCount(0, value.length()) >= min;
    }
  }

  /**
   * Maximum length in code points.
   *
   * @param max the greatest admitted length
   */
  record MaxLength(int max) implements Constraint {
    @Override
    public boolean admits(String value) {
      // Cheap bound first: a string of at most max chars has at most max code points.
      return value.length() <= max || value.codePointCount(0, value.length()) <= max;
    }
  }

  /**
   * A regular expression the whole value must match.
   *
   * @param regex the model's pattern, verbatim
   * @param compiled the same pattern, compiled once
   */
  record MatchesPattern(String regex, Pattern compiled) implements Constraint {
    /**
     * Compiles {@code regex}.
     *
     * @param regex the model's pattern
     */
    public MatchesPattern(String regex) {
      this(regex, Pattern.compile(regex));
    }

    /** Checks that the compiled form is the given pattern. */
    public MatchesPattern {
      Objects.requireNonNull(regex, "regex");
      if (!compiled.pattern().equals(regex)) {
        throw new IllegalArgumentException("compiled pattern differs from " + regex);
      }
    }

    @Override
    public boolean admits(String value) {
      return compiled.matcher(value).matches();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof MatchesPattern that && regex.equals(that.regex);
    }

    @Override
    public int hashCode() {
      return regex.hashCode();
    }
  }

  /**
   * An enumeration of admitted values.
   *
   * @param values the admitted values, in the model's order
   */
  record OneOf(List<String> values) implements Constraint {
    /** Copies the values. */
    public OneOf {
      values = List.copyOf(values);
    }

    @Override
    public boolean admits(String value) {
      return values.contains(value);
    }
  }

  /**
   * The least value of a number member (given as its decimal text).
   *
   * @param min the least admitted value
   */
  record MinValue(long min) implements Constraint {
    @Override
    public boolean admits(String value) {
      try {
        return Long.parseLong(value) >= min;
      } catch (NumberFormatException notANumber) {
        return false;
      }
    }
  }

  /**
   * The greatest value of a number member (given as its decimal text).
   *
   * @param max the greatest admitted value
   */
  record MaxValue(long max) implements Constraint {
    @Override
    public boolean admits(String value) {
      try {
        return Long.parseLong(value) <= max;
      } catch (NumberFormatException notANumber) {
        return false;
      }
    }
  }

  /**
   * The most items a list member may hold. {@link #admits(String)} is not meaningful for it; lists are
   * checked by {@link MemberRule#checkList}.
   *
   * @param max the greatest admitted size
   */
  record MaxItems(int max) implements Constraint {
    @Override
    public boolean admits(String value) {
      return true;
    }
  }

  /**
   * The fewest items a list member may hold. {@link #admits(String)} is not meaningful for it; lists are
   * checked by {@link MemberRule#checkList}.
   *
   * @param min the least admitted size
   */
  record MinItems(int min) implements Constraint {
    @Override
    public boolean admits(String value) {
      return true;
    }
  }

  /**
   * A constraint on every item of a list member.
   *
   * @param each the constraint each item must satisfy
   */
  record EachMember(Constraint each) implements Constraint {
    @Override
    public boolean admits(String value) {
      return each.admits(value);
    }
  }
}
