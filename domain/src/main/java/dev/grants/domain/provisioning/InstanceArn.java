package dev.grants.domain.provisioning;

import dev.grants.domain.principal.Partition;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARN of an Identity Center instance, {@code arn:aws:sso:::instance/ssoins-<16>}.
 *
 * <pre>{@code
 * InstanceArn.parse("arn:aws:sso:::instance/ssoins-1234567890abcdef").get().id(); // ssoins-1234567890abcdef
 * }</pre>
 *
 * @param partition the partition
 * @param id the instance id, {@code ssoins-} (or {@code ins-}) and 16 characters
 */
public record InstanceArn(Partition partition, String id) implements TaggableArn {
  /** The model's pattern for an instance ARN. */
  public static final String PATTERN = "arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}";

  private static final Pattern FORM = Pattern.compile("arn:(aws(?:-[a-z]{1,5}){0,3}):sso:::instance/((?:sso)?ins-[a-zA-Z0-9-.]{16})");

  /** Checks the parts. */
  public InstanceArn {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(id, "id");
    if (!FORM.matcher("arn:" + partition.name() + ":sso:::instance/" + id).matches()) {
      throw new IllegalArgumentException("not an instance ARN: " + id);
    }
  }

  /** The instance ARN {@code text}, if it has the model's form. */
  public static Option<InstanceArn> parse(String text) {
    Matcher matcher = text == null ? null : FORM.matcher(text);
    return matcher != null && matcher.matches()
        ? Option.some(new InstanceArn(Partition.of(matcher.group(1)), matcher.group(2)))
        : Option.none();
  }

  /** This instance itself: an instance is its own instance. */
  @Override
  public InstanceArn instance() {
    return this;
  }

  @Override
  public String toString() {
    return "arn:" + partition.name() + ":sso:::instance/" + id;
  }
}
