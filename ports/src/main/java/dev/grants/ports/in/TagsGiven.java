package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import java.util.List;

/**
 * The {@code Tags} member of a request, shared by {@code CreateInstance}, {@code CreatePermissionSet} (the tags it
 * starts with) and {@code TagResource} (the tags to add). Carried as given; the service checks them.
 *
 * <pre>{@code
 * TagsGiven given = CreatePermissionSetCommand.builder().context(context).instanceArn(instance).name("ReadOnly")
 *     .tags(List.of(TagMember.of("team", "identity"))).build();
 * }</pre>
 */
public interface TagsGiven {

  /** {@code Tags}: the tags, in the order given; {@code null} when the member is absent. */
  @Nullable
  List<TagMember> tags();
}
