package dev.grants.domain.policy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a statement within one policy ({@code Sid}): 1 to 100 letters, digits, {@code -} or {@code _}.
 * Families narrow it further (Signer allows at most 64); their request rules check that.
 *
 * <pre>{@code
 * StatementId sid = StatementId.of("xaccount");
 * }</pre>
 *
 * @param value the id
 */
public record StatementId(String value) {
  private static final Pattern FORM = Pattern.compile("[a-zA-Z0-9_-]{1,100}");

  /** Checks the form; throws {@link IllegalArgumentException} otherwise. */
  public StatementId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("a statement id is 1 to 100 of [a-zA-Z0-9_-]: " + value);
    }
  }

  /** The statement id {@code value}. */
  public static StatementId of(String value) {
    return new StatementId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
