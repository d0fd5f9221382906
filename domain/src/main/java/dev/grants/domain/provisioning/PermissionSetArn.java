package dev.grants.domain.provisioning;

import dev.grants.domain.principal.Partition;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARN of a permission set, {@code arn:aws:sso:::permissionSet/ssoins-<16>/ps-<16>}.
 *
 * <pre>{@code
 * PermissionSetArn arn = PermissionSetArn.parse(text).get();
 * arn.instance(); // the instance it belongs to
 * }</pre>
 *
 * @param partition the partition
 * @param instanceId the instance's id
 * @param id the permission set's id, {@code ps-} and 16 characters
 */
public record PermissionSetArn(Partition partition, String instanceId, String id) implements TaggableArn {
  /** The model's pattern for a permission set ARN. */
  public static final String PATTERN =
      "arn:aws(-[a-z]{1,5}){0,3}:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}";

  private static final Pattern FORM = Pattern.compile(
      "arn:(aws(?:-[a-z]{1,5}){0,3}):sso:::permissionSet/((?:sso)?ins-[a-zA-Z0-9-.]{16})/(ps-[a-zA-Z0-9-./]{16})");

  /** Checks the parts. */
  public PermissionSetArn {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(id, "id");
    if (!FORM.matcher(render(partition, instanceId, id)).matches()) {
      throw new IllegalArgumentException("not a permission set ARN: " + instanceId + '/' + id);
    }
  }

  /** The permission set ARN {@code text}, if it has the model's form. */
  public static Option<PermissionSetArn> parse(String text) {
    Matcher matcher = text == null ? null : FORM.matcher(text);
    return matcher != null && matcher.matches()
        ? Option.some(new PermissionSetArn(Partition.of(matcher.group(1)), matcher.group(2), matcher.group(3)))
        : Option.none();
  }

  /** The permission set {@code id} of {@code instance}. */
  public static PermissionSetArn of(InstanceArn instance, String id) {
    return new PermissionSetArn(instance.partition(), instance.id(), id);
  }

  /** This ARN as a general ARN (no region, no account). */
  public dev.grants.domain.principal.Arn arn() {
    return dev.grants.domain.principal.Arn.of(partition, "sso", "", "", "permissionSet/" + instanceId + '/' + id);
  }

  /** The instance this permission set belongs to. */
  @Override
  public InstanceArn instance() {
    return new InstanceArn(partition, instanceId);
  }

  @Override
  public String toString() {
    return render(partition, instanceId, id);
  }

  private static String render(Partition partition, String instanceId, String id) {
    return "arn:" + partition.name() + ":sso:::permissionSet/" + instanceId + '/' + id;
  }
}
