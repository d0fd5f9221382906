package dev.grants.domain.policy;

import java.util.Objects;

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
  /** Checks the form; throws {@link IllegalArgumentException} otherwise. */
  public StatementId {
    Objects.requireNonNull(value, "value");
    if (!isStatementId(value)) {
      throw new IllegalArgumentException("a statement id is 1 to 100 of [a-zA-Z0-9_-]: " + value);
    }
  }

  /** Whether {@code value} is 1 to 100 of {@code [a-zA-Z0-9_-]}; a loop, not a regex: it runs per statement. */
  public static boolean isStatementId(String value) {
    int length = value.length();
    if (length == 0 || length > 100) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
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
