package dev.grants.domain.principal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An AWS partition, the first field of every ARN: {@code aws}, {@code aws-cn}, {@code aws-us-gov}, ...
 * An open set: {@link #of(String)} accepts any name the ARN patterns of the service models allow
 * ({@code [a-zA-Z0-9-]+}, of any length: neither Lambda's {@code LayerName} and principal patterns nor Signer's
 * role ARNs bound it); a name no partition has simply addresses nothing.
 *
 * <pre>{@code
 * Partition.forRegion(Region.of("us-gov-west-1")); // aws-us-gov
 * }</pre>
 *
 * @param name the partition name
 */
public record Partition(String name) {
  // Declared first: the constants below are checked against it while the class initializes.
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9-]+");

  /** The commercial partition. */
  public static final Partition AWS = new Partition("aws");
  /** The China partition ({@code cn-*} regions). */
  public static final Partition AWS_CN = new Partition("aws-cn");
  /** The GovCloud (US) partition ({@code us-gov-*} regions). */
  public static final Partition AWS_US_GOV = new Partition("aws-us-gov");
  /** The ISO partition ({@code us-iso-*} regions). */
  public static final Partition AWS_ISO = new Partition("aws-iso");
  /** The ISO-B partition ({@code us-isob-*} regions). */
  public static final Partition AWS_ISO_B = new Partition("aws-iso-b");

  /** Checks the name; throws {@link IllegalArgumentException} unless it matches {@code [a-zA-Z0-9-]+}. */
  public Partition {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a partition name: " + name);
    }
  }

  /** The partition {@code name}. */
  public static Partition of(String name) {
    return switch (name) {
      case "aws" -> AWS;
      case "aws-cn" -> AWS_CN;
      case "aws-us-gov" -> AWS_US_GOV;
      default -> new Partition(name);
    };
  }

  /** The partition of {@code region}: by its prefix, the commercial partition for any other. */
  public static Partition forRegion(Region region) {
    String name = region.name();
    if (name.startsWith("cn-")) {
      return AWS_CN;
    }
    if (name.startsWith("us-gov-")) {
      return AWS_US_GOV;
    }
    if (name.startsWith("us-isob-")) {
      return AWS_ISO_B;
    }
    if (name.startsWith("us-iso-")) {
      return AWS_ISO;
    }
    return AWS;
  }

  @Override
  public String toString() {
    return name;
  }
}
