package dev.grants.domain.provisioning;

/**
 * The ARN of an Identity Center resource Grants keeps tags on: an {@link InstanceArn} or a
 * {@link PermissionSetArn}. Both belong to an instance, whose owner may tag them.
 *
 * <pre>{@code
 * TaggableArn resource = PermissionSetArn.parse(text).get();
 * resource.instance(); // the instance it belongs to
 * }</pre>
 */
public sealed interface TaggableArn permits InstanceArn, PermissionSetArn {

  /** The instance the resource is, or belongs to. */
  InstanceArn instance();
}
