package dev.grants.domain.signer;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Region;
import java.util.Objects;

/**
 * The ARN of a signing profile, {@code arn:<partition>:signer:<region>:<account>:/signing-profiles/<name>} (note the
 * {@code /} after the account); a version's ARN adds {@code /<profileVersion>}.
 *
 * <pre>{@code
 * SigningProfileArn.of(Region.of("us-east-2"), AccountId.of("123456789012"), "MyProfile").toString();
 * // arn:aws:signer:us-east-2:123456789012:/signing-profiles/MyProfile
 * }</pre>
 *
 * @param partition the partition
 * @param region the region name
 * @param account the owner account
 * @param name the profile name
 */
public record SigningProfileArn(Partition partition, String region, AccountId account, String name) {

  /** Checks every part is present and the region and name non-empty. */
  public SigningProfileArn {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(name, "name");
    if (region.isEmpty() || name.isEmpty()) {
      throw new IllegalArgumentException("a signing profile ARN has a region and a name");
    }
  }

  /** The profile {@code name} of {@code account} in {@code region}. */
  public static SigningProfileArn of(Region region, AccountId account, String name) {
    return new SigningProfileArn(region.partition(), region.name(), account, name);
  }

  /** This ARN as a general ARN: the key of the profile's policy and the {@code Resource} of its statements. */
  public Arn arn() {
    return Arn.of(partition, "signer", region, account.value(), "/signing-profiles/" + name);
  }

  /** The ARN of version {@code profileVersion} of this profile. */
  public String versionArn(String profileVersion) {
    return this + "/" + profileVersion;
  }

  @Override
  public String toString() {
    return arn().toString();
  }
}
