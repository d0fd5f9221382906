package dev.grants.domain.provisioning;

import java.util.Objects;

/**
 * A tag of an Identity Center resource (an instance or a permission set): a key, unique on its resource, and a
 * value, which may be empty.
 *
 * <pre>{@code
 * new Tag("team", "identity"); // Key team, Value identity
 * }</pre>
 *
 * @param key the key, 1 to 128 characters
 * @param value the value, 0 to 256 characters
 */
public record Tag(String key, String value) {
  /**
   * The most tags one resource may carry. The model lets one request name 75; the service's quota on a
   * permission set or an instance is 50 (the Identity Center quotas page), so a request that would go past it is
   * refused as a whole.
   */
  public static final int MAX_PER_RESOURCE = 50;

  /** Checks the parts are present. */
  public Tag {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
