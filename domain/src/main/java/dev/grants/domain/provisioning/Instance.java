package dev.grants.domain.provisioning;

import dev.grants.domain.Nullable;
import dev.grants.domain.principal.AccountId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An Identity Center instance: one per owner account.
 *
 * @param arn its ARN
 * @param owner the account that owns it
 * @param name its name, {@code null} when none was given
 * @param identityStoreId the id of its identity store, {@code d-} and 10 characters
 * @param createdDate when it was created, to the millisecond
 */
public record Instance(
    InstanceArn arn, AccountId owner, @Nullable String name, String identityStoreId, Instant createdDate) {
  /** Checks the parts and truncates the instant to milliseconds. */
  public Instance {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(identityStoreId, "identityStoreId");
    createdDate = Objects.requireNonNull(createdDate, "createdDate").truncatedTo(ChronoUnit.MILLIS);
  }
}
