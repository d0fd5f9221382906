package dev.grants.domain.principal;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * An AWS account id: exactly 12 ASCII digits.
 *
 * <pre>{@code
 * AccountId owner = AccountId.of("123456789012");
 * AccountId.parse("12345").isEmpty(); // true
 * }</pre>
 *
 * @param value the 12 digits
 */
public record AccountId(String value) {

  /** Checks the value is 12 ASCII digits; throws {@link IllegalArgumentException} otherwise. */
  public AccountId {
    Objects.requireNonNull(value, "value");
    if (!isAccountId(value)) {
      throw new IllegalArgumentException("an account id is 12 digits: " + value);
    }
  }

  /** The account id {@code value}; throws {@link IllegalArgumentException} unless it is 12 digits. */
  public static AccountId of(String value) {
    return new AccountId(value);
  }

  /** The account id {@code value}, or none unless it is 12 digits. */
  public static Option<AccountId> parse(String value) {
    return value != null && isAccountId(value) ? Option.some(new AccountId(value)) : Option.none();
  }

  /** Whether {@code value} is exactly 12 ASCII digits. */
  public static boolean isAccountId(CharSequence value) {
    if (value.length() != 12) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The account's root principal ARN in {@code partition}: {@code arn:aws:iam::123456789012:root}. */
  public Arn rootArn(Partition partition) {
    return Arn.of(partition, "iam", "", value, "root");
  }

  @Override
  public String toString() {
    return value;
  }
}
