package dev.grants.domain.layer;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Partition;
import java.util.Objects;

/**
 * The ARN of a layer, {@code arn:<partition>:lambda:<region>:<account>:layer:<name>}.
 *
 * <pre>{@code
 * LayerArn layer = new LayerArn(Partition.AWS, "us-east-2", AccountId.of("123456789012"), "my-layer");
 * layer.version(1).toString(); // arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1
 * }</pre>
 *
 * @param partition the partition
 * @param region the region name
 * @param account the owner account
 * @param name the layer name ({@code [a-zA-Z0-9-_]+})
 */
public record LayerArn(Partition partition, String region, AccountId account, String name) {

  /** Checks every part is present and the region and name non-empty. */
  public LayerArn {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(name, "name");
    if (region.isEmpty() || name.isEmpty()) {
      throw new IllegalArgumentException("a layer ARN has a region and a name");
    }
  }

  /** The ARN of version {@code number} of this layer. */
  public LayerVersionArn version(long number) {
    return new LayerVersionArn(this, number);
  }

  /** This layer ARN as a general ARN. */
  public Arn arn() {
    return Arn.of(partition, "lambda", region, account.value(), "layer:" + name);
  }

  @Override
  public String toString() {
    return arn().toString();
  }
}
