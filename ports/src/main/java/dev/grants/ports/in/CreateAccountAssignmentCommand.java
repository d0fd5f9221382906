package dev.grants.ports.in;


import org.immutables.value.Value;

/**
 * The members of {@code CreateAccountAssignment}: assign a permission set to a principal in an account, which provisions it there. Members are carried as given: a missing required member, or one that
 * fails its model constraints, is reported by the service as a {@code GrantsError}, never thrown.
 *
 * <pre>{@code
 * CreateAccountAssignmentCommand.builder().context(context).instanceArn(instance).permissionSetArn(set).targetType("AWS_ACCOUNT").targetId("111122223333").principalType("USER").principalId(userId).build();
 * }</pre>
 */
@Value.Immutable
public abstract class CreateAccountAssignmentCommand implements AssignmentGiven {
  CreateAccountAssignmentCommand() {}

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateAccountAssignmentCommand}. */
  public static final class Builder extends ImmutableCreateAccountAssignmentCommand.Builder {
    Builder() {}
  }
}
