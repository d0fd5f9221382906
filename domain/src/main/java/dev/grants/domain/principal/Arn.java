package dev.grants.domain.principal;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * An Amazon Resource Name, {@code arn:<partition>:<service>:<region>:<account>:<resource>}; region and
 * account may be empty (IAM ARNs have no region). The text form is {@link #toString()}.
 *
 * <pre>{@code
 * Arn arn = Arn.parse("arn:aws:iam::223456789012:root").get();
 * arn.service();  // "iam"
 * arn.resource(); // "root"
 * }</pre>
 *
 * @param partition the partition
 * @param service the service namespace, non-empty
 * @param region the region name, possibly empty
 * @param account the account id, possibly empty
 * @param resource the resource part, non-empty; may contain {@code :} and {@code /}
 */
public record Arn(Partition partition, String service, String region, String account, String resource) {

  /** Checks every part is present, the service and resource non-empty and no part but the resource has a colon. */
  public Arn {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(resource, "resource");
    if (service.isEmpty() || resource.isEmpty()) {
      throw new IllegalArgumentException("an ARN has a service and a resource");
    }
    if (service.indexOf(':') >= 0 || region.indexOf(':') >= 0 || account.indexOf(':') >= 0) {
      throw new IllegalArgumentException("only the resource part of an ARN may hold a colon");
    }
  }

  /** An ARN from its parts. */
  public static Arn of(Partition partition, String service, String region, String account, String resource) {
    return new Arn(partition, service, region, account, resource);
  }

  /** The ARN {@code text}, or none unless it has the six-part form with a valid partition. */
  public static Option<Arn> parse(String text) {
    if (text == null || !text.startsWith("arn:")) {
      return Option.none();
    }
    String[] parts = text.split(":", 6);
    if (parts.length != 6 || parts[2].isEmpty() || parts[5].isEmpty()) {
      return Option.none();
    }
    try {
      return Option.some(new Arn(Partition.of(parts[1]), parts[2], parts[3], parts[4], parts[5]));
    } catch (IllegalArgumentException notAnArn) {
      return Option.none();
    }
  }

  /** The account part as an account id, or none when it is not 12 digits. */
  public Option<AccountId> accountId() {
    return AccountId.parse(account);
  }

  @Override
  public String toString() {
    return "arn:" + partition.name() + ':' + service + ':' + region + ':' + account + ':' + resource;
  }
}
