package dev.grants.ports.in;

import dev.grants.domain.Nullable;

/**
 * The members that name one taggable Identity Center resource (an instance or a permission set), shared by the
 * tagging commands. Members are carried as given; the service checks them.
 *
 * <pre>{@code
 * TaggedResourceAddress resource = ListTagsForResourceCommand.builder()
 *     .context(context).instanceArn(instance).resourceArn(permissionSet).build();
 * }</pre>
 */
public interface TaggedResourceAddress {

  /** Who calls, and where. */
  CallContext context();

  /** {@code InstanceArn}: the instance the resource belongs to; optional, and when given it must be that one. */
  @Nullable
  String instanceArn();

  /** {@code ResourceArn}: the instance or permission set. */
  @Nullable
  String resourceArn();
}
