package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members of {@code ListAccountAssignments}: the principals a permission set is assigned to in an account. Members are carried as given: a missing required member, or one that
 * fails its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * ListAccountAssignmentsCommand.builder().context(context).instanceArn(instance).permissionSetArn(set).accountId("111122223333").build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListAccountAssignmentsCommand implements PermissionSetAddress, Paged {
  ListAccountAssignmentsCommand() {}

  /** {@code AccountId}: the account. */
  @Nullable
  public abstract String accountId();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListAccountAssignmentsCommand}. */
  public static final class Builder extends ImmutableListAccountAssignmentsCommand.Builder {
    Builder() {}
  }
}
