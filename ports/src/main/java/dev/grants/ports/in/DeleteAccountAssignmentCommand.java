package dev.grants.ports.in;


import org.immutables.value.Value;

/**
 * The members of {@code DeleteAccountAssignment}: remove a principal's assignment of a permission set in an account. Members are carried as given: a missing required member, or one that
 * fails its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * DeleteAccountAssignmentCommand.builder().context(context).instanceArn(instance).permissionSetArn(set).targetType("AWS_ACCOUNT").targetId("111122223333").principalType("USER").principalId(userId).build();
 * }</pre>
 */
@Value.Immutable
public abstract class DeleteAccountAssignmentCommand implements AssignmentGiven {
  DeleteAccountAssignmentCommand() {}

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeleteAccountAssignmentCommand}. */
  public static final class Builder extends ImmutableDeleteAccountAssignmentCommand.Builder {
    Builder() {}
  }
}
