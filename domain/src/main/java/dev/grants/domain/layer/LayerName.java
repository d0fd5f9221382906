package dev.grants.domain.layer;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Region;
import dev.grants.domain.validation.MemberRule;
import dev.grants.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * The {@code LayerName} request member: a layer name, or a layer ARN. Both address the same layer: a name
 * resolves in the caller's region and account, an ARN names its own.
 *
 * <pre>{@code
 * LayerName.validate("my-layer").get()
 *     .resolve(Region.of("us-east-2"), AccountId.of("123456789012"));
 * // arn:aws:lambda:us-east-2:123456789012:layer:my-layer
 * }</pre>
 *
 * @param value the member as given, already valid
 */
public record LayerName(String value) {
  /** The model's pattern for {@code LayerName}. */
  public static final String PATTERN =
      "(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+";

  /** The member's constraints: required, 1 to 140 characters, {@link #PATTERN}. */
  public static final MemberRule RULE =
      MemberRule.required("layerName").minLength(1).maxLength(140).pattern(PATTERN);

  /** Checks the value satisfies {@link #RULE}; throws {@link IllegalArgumentException} otherwise. */
  public LayerName {
    Objects.requireNonNull(value, "value");
    if (!isBareName(value) && !RULE.check(value).isEmpty()) {
      throw new IllegalArgumentException("not a layer name or ARN: " + value);
    }
  }

  /**
   * Whether {@code value} is a bare layer name, 1 to 140 of {@code [a-zA-Z0-9-_]}: the common case, checked
   * with a loop rather than the model's regular expression, which only an ARN needs.
   */
  private static boolean isBareName(String value) {
    int length = value.length();
    if (length == 0 || length > 140) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** The member {@code raw}, or every violation of {@link #RULE}. */
  public static Validation<Seq<Violation>, LayerName> validate(String raw) {
    if (raw != null && isBareName(raw)) {
      return Validation.valid(new LayerName(raw));
    }
    java.util.List<Violation> violations = RULE.check(raw);
    return violations.isEmpty() ? Validation.valid(new LayerName(raw)) : Validation.invalid(List.ofAll(violations));
  }

  /** Whether the member is a layer ARN rather than a bare name. */
  public boolean isArn() {
    return value.startsWith("arn:");
  }

  /**
   * The layer this member addresses: an ARN as written, a name in {@code region} of {@code account}.
   */
  public LayerArn resolve(Region region, AccountId account) {
    if (!isArn()) {
      return new LayerArn(region.partition(), region.name(), account, value);
    }
    // arn:<partition>:lambda:<region>:<account>:layer:<name>, guaranteed by the pattern
    String[] parts = value.split(":", 7);
    return new LayerArn(Partition.of(parts[1]), parts[3], AccountId.of(parts[4]), parts[6]);
  }
}
