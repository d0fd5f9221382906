package dev.grants.domain.principal;

import java.util.Objects;

/**
 * An AWS region name such as {@code us-east-2}; it determines the {@link Partition}.
 *
 * <pre>{@code
 * Region.of("cn-north-1").partition(); // Partition.AWS_CN
 * }</pre>
 *
 * @param name the region name: lowercase letters, digits and dashes
 */
public record Region(String name) {
  /** Checks the name; throws {@link IllegalArgumentException} unless it is a plausible region name. */
  public Region {
    Objects.requireNonNull(name, "name");
    if (!isRegionName(name)) {
      throw new IllegalArgumentException("not a region name: " + name);
    }
  }

  /** The region {@code name}. */
  public static Region of(String name) {
    return new Region(name);
  }

  /**
   * Whether {@code name} would be accepted by {@link #of(String)}: at most 50 characters of
   * {@code [a-z0-9]+(-[a-z0-9]+)*}. A loop rather than that regular expression: the endpoint reads a region
   * from every request's credential scope.
   */
  public static boolean isRegionName(String name) {
    if (name == null || name.isEmpty() || name.length() > 50) {
      return false;
    }
    boolean afterDash = true; // no dash first, none after a dash
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '-') {
        if (afterDash) {
          return false;
        }
        afterDash = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterDash = false;
      } else {
        return false;
      }
    }
    return !afterDash; // no dash last
  }

  /** The partition this region belongs to. */
  public Partition partition() {
    return Partition.forRegion(this);
  }

  @Override
  public String toString() {
    return name;
  }
}
