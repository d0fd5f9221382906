package dev.grants.ports.in;

import dev.grants.domain.Nullable;

/**
 * One {@code Tag} structure of a request, {@code {"Key": ..., "Value": ...}}, carried as given: either part may
 * be missing, which the service reports as a validation error.
 *
 * <pre>{@code
 * TagMember.of("team", "identity");
 * }</pre>
 *
 * @param key {@code Key}, {@code null} when absent
 * @param value {@code Value}, {@code null} when absent
 */
public record TagMember(@Nullable String key, @Nullable String value) {

  /** The tag {@code key} = {@code value}. */
  public static TagMember of(@Nullable String key, @Nullable String value) {
    return new TagMember(key, value);
  }

  /** As the service renders a tag in a validation message of the whole list. */
  @Override
  public String toString() {
    return "Tag(Key=" + key + ", Value=" + value + ')';
  }
}
