package dev.grants.domain.provisioning;

import dev.grants.domain.Nullable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A permission set: what it grants (its inline policy, its attached policies and permissions boundary, session
 * duration, relay state) under a definition
 * version that every change of definition increments. Accounts provisioned with an older version are stale.
 *
 * <pre>{@code
 * PermissionSet changed = permissionSet.withInlinePolicy("{\"Version\":\"2012-10-17\",...}");
 * changed.definitionVersion(); // permissionSet.definitionVersion() + 1
 * }</pre>
 *
 * @param arn its ARN
 * @param name its name, unique within its instance
 * @param description its description, {@code null} when none
 * @param sessionDuration the ISO-8601 session duration ({@code PT1H} by default)
 * @param relayState the relay state, {@code null} when none
 * @param inlinePolicy the inline policy, {@code null} when none
 * @param createdDate when it was created, to the millisecond
 * @param definitionVersion the version of its definition, from 1
 * @param policies its attached policies and permissions boundary
 */
public record PermissionSet(
    PermissionSetArn arn,
    String name,
    @Nullable String description,
    String sessionDuration,
    @Nullable String relayState,
    @Nullable String inlinePolicy,
    Instant createdDate,
    long definitionVersion,
    AttachedPolicies policies) {

  /** The session duration when none is given. */
  public static final String DEFAULT_SESSION_DURATION = "PT1H";

  /** Checks the parts and truncates the instant to milliseconds. */
  public PermissionSet {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sessionDuration, "sessionDuration");
    createdDate = Objects.requireNonNull(createdDate, "createdDate").truncatedTo(ChronoUnit.MILLIS);
    Objects.requireNonNull(policies, "policies");
    if (definitionVersion < 1) {
      throw new IllegalArgumentException("a definition version is at least 1");
    }
  }

  /** A permission set with no attached policy and no permissions boundary. */
  public PermissionSet(PermissionSetArn arn, String name, @Nullable String description, String sessionDuration,
      @Nullable String relayState, @Nullable String inlinePolicy, Instant createdDate, long definitionVersion) {
    this(arn, name, description, sessionDuration, relayState, inlinePolicy, createdDate, definitionVersion,
        AttachedPolicies.NONE);
  }

  /** This permission set with {@code policy} as its inline policy ({@code null}: none): a new definition version. */
  public PermissionSet withInlinePolicy(@Nullable String policy) {
    return new PermissionSet(arn, name, description, sessionDuration, relayState, policy, createdDate,
        definitionVersion + 1, policies);
  }

  /** This permission set with {@code newPolicies} attached: a new definition version. */
  public PermissionSet withPolicies(AttachedPolicies newPolicies) {
    return new PermissionSet(arn, name, description, sessionDuration, relayState, inlinePolicy, createdDate,
        definitionVersion + 1, newPolicies);
  }

  /**
   * This permission set with the members {@code UpdatePermissionSet} gives ({@code null}: unchanged): a new
   * definition version, whether or not a value differs, as every update is a change of definition.
   */
  public PermissionSet updated(
      @Nullable String newDescription, @Nullable String newSessionDuration, @Nullable String newRelayState) {
    return new PermissionSet(arn, name, newDescription == null ? description : newDescription,
        newSessionDuration == null ? sessionDuration : newSessionDuration,
        newRelayState == null ? relayState : newRelayState, inlinePolicy, createdDate, definitionVersion + 1,
        policies);
  }
}
