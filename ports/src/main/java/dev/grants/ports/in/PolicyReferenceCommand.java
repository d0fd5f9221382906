package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import org.immutables.value.Value;

/**
 * The members that name one policy of a permission set: {@code ManagedPolicyArn} (Attach/Detach
 * ManagedPolicy...), {@code CustomerManagedPolicyReference} (Attach/Detach CustomerManagedPolicyReference...), or
 * either of them inside {@code PermissionsBoundary} (PutPermissionsBoundaryToPermissionSet, which needs exactly one).
 * Members are carried as given; the service checks them.
 *
 * <pre>{@code
 * PolicyReferenceCommand.builder().context(context).instanceArn(instance).permissionSetArn(set)
 *     .managedPolicyArn("arn:aws:iam::aws:policy/ReadOnlyAccess").build();
 * }</pre>
 */
@Value.Immutable
public abstract class PolicyReferenceCommand implements PermissionSetAddress {
  PolicyReferenceCommand() {}

  /** {@code ManagedPolicyArn}: an AWS managed policy. */
  @Nullable
  public abstract String managedPolicyArn();

  /** {@code CustomerManagedPolicyReference}: a customer managed policy. */
  @Nullable
  public abstract CustomerManagedPolicyMember customerManagedPolicyReference();

  /**
   * A {@code CustomerManagedPolicyReference} as given.
   *
   * @param name {@code Name}
   * @param path {@code Path}, {@code /} when absent
   */
  public record CustomerManagedPolicyMember(@Nullable String name, @Nullable String path) {}

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PolicyReferenceCommand}. */
  public static final class Builder extends ImmutablePolicyReferenceCommand.Builder {
    Builder() {}
  }
}
