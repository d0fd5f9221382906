package dev.grants.domain.principal;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An AWS Organizations id, {@code o-} followed by 10 to 32 lowercase letters or digits.
 *
 * <pre>{@code
 * OrganizationId org = OrganizationId.of("o-a1b2c3d4e5");
 * }</pre>
 *
 * @param value the id
 */
public record OrganizationId(String value) {
  /** The model's pattern for an organization id. */
  public static final String PATTERN = "o-[a-z0-9]{10,32}";

  private static final Pattern COMPILED = Pattern.compile(PATTERN);

  /** Checks the value matches {@link #PATTERN}; throws {@link IllegalArgumentException} otherwise. */
  public OrganizationId {
    Objects.requireNonNull(value, "value");
    if (!COMPILED.matcher(value).matches()) {
      throw new IllegalArgumentException("an organization id matches " + PATTERN + ": " + value);
    }
  }

  /** The organization id {@code value}; throws {@link IllegalArgumentException} unless it is one. */
  public static OrganizationId of(String value) {
    return new OrganizationId(value);
  }

  /** The organization id {@code value}, or none unless it is one. */
  public static Option<OrganizationId> parse(String value) {
    return value != null && COMPILED.matcher(value).matches()
        ? Option.some(new OrganizationId(value))
        : Option.none();
  }

  @Override
  public String toString() {
    return value;
  }
}
