package dev.grants.domain.principal;

import java.util.Objects;
import java.util.regex.Pattern;

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
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Checks the name; throws {@link IllegalArgumentException} unless it is a plausible region name. */
  public Region {
    Objects.requireNonNull(name, "name");
    if (name.length() > 50 || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a region name: " + name);
    }
  }

  /** The region {@code name}. */
  public static Region of(String name) {
    return new Region(name);
  }

  /** Whether {@code name} would be accepted by {@link #of(String)}. */
  public static boolean isRegionName(String name) {
    return name != null && name.length() <= 50 && NAME.matcher(name).matches();
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
