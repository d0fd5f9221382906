package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code ListAccountAssignmentsForPrincipal}: the accounts and permission sets a principal is assigned. Members are carried as given: a missing required member, or one that
 * fails its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * ListAccountAssignmentsForPrincipalCommand.builder().context(context).instanceArn(instance).principalType("GROUP").principalId(groupId).filterAccountId("111122223333").build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListAccountAssignmentsForPrincipalCommand implements Paged {
  ListAccountAssignmentsForPrincipalCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code InstanceArn}: the instance. */
  @Nullable
  public abstract String instanceArn();

  /** {@code PrincipalType}: {@code USER} or {@code GROUP}. */
  @Nullable
  public abstract String principalType();

  /** {@code PrincipalId}: the user's or group's id. */
  @Nullable
  public abstract String principalId();

  /** {@code Filter.AccountId}: only the assignments in this account. */
  @Nullable
  public abstract String filterAccountId();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListAccountAssignmentsForPrincipalCommand}. */
  public static final class Builder extends ImmutableListAccountAssignmentsForPrincipalCommand.Builder {
    Builder() {}
  }
}
