package dev.grants.domain.error;

import dev.grants.domain.Nullable;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.AccountAssignment;
import dev.grants.domain.provisioning.AssignmentOperation;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.PolicyReference;
import dev.grants.domain.provisioning.TaggableArn;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.domain.signer.SigningProfileStatus;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.revision.RevisionId;
import dev.grants.domain.validation.Violation;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * Why an operation was refused. Expected refusals are values ({@code Either.left(error)}), never exceptions;
 * each record carries the facts a wire adapter needs to write the family's exact error.
 *
 * <pre>{@code
 * Either<GrantsError, AddLayerVersionPermissionResult> outcome = permissions.add(command);
 * if (outcome.isLeft() && outcome.getLeft() instanceof GrantsError.StatementIdConflict conflict) {
 *   conflict.statementId(); // the id that already exists
 * }
 * }</pre>
 */
public sealed interface GrantsError {

  /**
   * One or more request members failed their model constraints (on the wire: ValidationException).
   *
   * @param violations every violation found, in member order; never empty
   */
  record InvalidRequest(List<Violation> violations) implements GrantsError {
    /** Copies the violations and checks there is at least one. */
    public InvalidRequest {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("an invalid request has at least one violation");
      }
    }
  }

  /**
   * A layer version number below 1.
   *
   * @param given the number given
   */
  record LayerVersionNumberBelowOne(long given) implements GrantsError {}

  /**
   * An organization id given with a principal other than {@code *}.
   *
   * @param principal the principal given
   * @param organizationId the organization id given
   */
  record OrganizationRequiresAnyPrincipal(String principal, String organizationId) implements GrantsError {}

  /**
   * Layer content not given as archive bytes (an S3 location, or nothing at all).
   *
   * @param reason what was given instead, for the message
   */
  record UnsupportedLayerContent(String reason) implements GrantsError {}

  /**
   * The layer version does not exist (never published, or deleted).
   *
   * @param layerVersion the version asked for
   */
  record LayerVersionNotFound(LayerVersionArn layerVersion) implements GrantsError {}

  /**
   * The resource never had a policy.
   *
   * @param resource the resource asked for
   */
  record NoPolicy(Arn resource) implements GrantsError {}

  /**
   * The resource had a policy, but every statement of it was removed.
   *
   * @param resource the resource asked for
   */
  record PolicyHasNoStatements(Arn resource) implements GrantsError {}

  /**
   * A statement with this id already exists in the resource's policy.
   *
   * @param resource the resource
   * @param statementId the duplicate id
   */
  record StatementIdConflict(Arn resource, StatementId statementId) implements GrantsError {}

  /**
   * No statement with this id exists in the resource's policy.
   *
   * @param resource the resource
   * @param statementId the id asked for
   */
  record StatementNotFound(Arn resource, StatementId statementId) implements GrantsError {}

  /**
   * The caller gave a revision and it is not the current one.
   *
   * @param resource the resource
   * @param given the revision the caller gave
   * @param current the current revision, {@code null} when the resource has no policy yet; see
   *     {@link #currentRevision()}
   */
  record RevisionMismatch(Arn resource, String given, @Nullable RevisionId current) implements GrantsError {
    /** Checks the resource and the given text are present. */
    public RevisionMismatch {
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(given, "given");
    }

    /** The current revision, none when the resource has no policy yet. */
    public Option<RevisionId> currentRevision() {
      return Option.of(current);
    }
  }

  /**
   * The policy would exceed its size limit.
   *
   * @param resource the resource
   * @param size the compact JSON size, in bytes, the policy would have
   * @param limit the limit, in bytes
   */
  record PolicyTooLarge(Arn resource, int size, int limit) implements GrantsError {}

  /**
   * A change without an expected revision lost the compare-and-set race more times than the service's
   * bound allows; nothing was changed, and the caller may try again.
   *
   * @param resource the resource
   * @param attempts how many times it was tried
   */
  record ConcurrentModification(Arn resource, int attempts) implements GrantsError {}

  /**
   * A Signer permission's principal is neither a 12-digit account id nor an IAM role ARN without a path.
   *
   * @param principal the principal given
   */
  record InvalidSignerPrincipal(String principal) implements GrantsError {}

  /**
   * A Signer permission's statement id is not 1 to 64 of {@code [a-zA-Z0-9_-]}.
   *
   * @param statementId the statement id given
   */
  record InvalidSignerStatementId(String statementId) implements GrantsError {}

  /**
   * The action is not one the profile's platform allows (including an action that is no Signer action).
   *
   * @param action the action given
   * @param platformId the profile's platform
   * @param allowed the actions the platform allows, in the order StartSigningJob, SignPayload,
   *     GetSigningProfile, RevokeSignature
   */
  record ActionNotSupportedForPlatform(String action, String platformId, List<String> allowed)
      implements GrantsError {
    /** Copies the allowed actions. */
    public ActionNotSupportedForPlatform {
      allowed = List.copyOf(allowed);
    }
  }

  /**
   * No signing profile of this name exists in the account and region asked.
   *
   * @param profile the profile asked for
   */
  record SigningProfileNotFound(SigningProfileArn profile) implements GrantsError {}

  /**
   * No signing platform of this id is one Grants knows ({@code GetSigningPlatform}).
   *
   * @param platformId the platform id asked for
   */
  record SigningPlatformNotFound(String platformId) implements GrantsError {}

  /**
   * A {@code resourceArn} of Signer's tag operations that is not the ARN of a signing profile.
   *
   * @param resourceArn the ARN as given
   */
  record InvalidSignerResourceArn(String resourceArn) implements GrantsError {}

  /**
   * Tagging would leave a signing profile with more tags than it may have.
   *
   * @param profile the profile
   * @param limit how many it may have
   */
  record TooManySignerTags(SigningProfileArn profile, int limit) implements GrantsError {}

  /**
   * RevokeSigningProfile named a profile version that is not the profile's current one.
   *
   * @param profile the profile
   * @param given the version given
   */
  record ProfileVersionNotCurrent(SigningProfileArn profile, String given) implements GrantsError {}

  /**
   * Only an Active profile can be revoked.
   *
   * @param profile the profile
   * @param status its status, Canceled or Revoked
   */
  record ProfileNotRevocable(SigningProfileArn profile, SigningProfileStatus status) implements GrantsError {}

  /**
   * The permissions of a profile that is not Active (Canceled or Revoked) cannot change.
   *
   * @param profile the profile
   * @param status its status
   */
  record ProfileNotActive(SigningProfileArn profile, SigningProfileStatus status) implements GrantsError {}

  /**
   * PutSigningProfile with the name of a canceled (or revoked) profile: such a name is never reused.
   *
   * @param profile the profile that had the name
   * @param status its status
   */
  record ProfileNameNotReusable(SigningProfileArn profile, SigningProfileStatus status) implements GrantsError {}

  /**
   * PutSigningProfile with a platform Grants does not know.
   *
   * @param platformId the platform given
   */
  record UnsupportedPlatform(String platformId) implements GrantsError {}

  /**
   * A page token that this service did not issue for this listing, or that no longer fits it.
   *
   * @param token the token given
   */
  record InvalidPageToken(String token) implements GrantsError {}

  /**
   * The caller may not do this to a resource of another account: it may change only its own account's
   * resources, and read another's only where that resource's policy grants it. A resource of another account
   * that does not exist is refused the same way, so that a caller learns nothing of what it may not read.
   *
   * @param caller the calling account
   * @param resource the resource
   * @param action the action refused ({@code lambda:GetLayerVersion})
   * @param explicitlyDenied whether a {@code Deny} statement of the resource's policy refused it (otherwise no
   *     statement allows it)
   */
  record AccessDenied(String caller, Arn resource, String action, boolean explicitlyDenied) implements GrantsError {
    /** Checks every part is present. */
    public AccessDenied {
      Objects.requireNonNull(caller, "caller");
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(action, "action");
    }

    /** Refused because no statement of the resource's policy allows it: the usual case. */
    public AccessDenied(String caller, Arn resource, String action) {
      this(caller, resource, action, false);
    }
  }

  /**
   * No Identity Center instance of this ARN belongs to the caller.
   *
   * @param instance the instance asked for
   */
  record InstanceNotFound(InstanceArn instance) implements GrantsError {}

  /**
   * The caller's account already has an Identity Center instance.
   *
   * @param owner the account
   * @param existing its instance
   */
  record InstanceAlreadyExists(AccountId owner, InstanceArn existing) implements GrantsError {}

  /**
   * No permission set of this ARN exists in the instance asked.
   *
   * @param permissionSet the permission set asked for
   */
  record PermissionSetNotFound(PermissionSetArn permissionSet) implements GrantsError {}

  /**
   * A permission set of this name already exists in the instance.
   *
   * @param instance the instance
   * @param name the name
   */
  record PermissionSetNameConflict(InstanceArn instance, String name) implements GrantsError {}

  /**
   * A provisioning of this permission set is in progress; another must wait for it to end.
   *
   * @param permissionSet the permission set
   * @param requestId the request in progress
   */
  record ProvisioningInProgress(PermissionSetArn permissionSet, String requestId) implements GrantsError {}

  /**
   * No provisioning request of this id exists in the instance.
   *
   * @param instance the instance asked
   * @param requestId the request id asked for
   */
  record ProvisioningRequestNotFound(InstanceArn instance, String requestId) implements GrantsError {}

  /** TargetType {@code AWS_ACCOUNT} without a TargetId. */
  record TargetIdRequired() implements GrantsError {}

  /**
   * A {@code ResourceArn} of the model's form names a kind of Identity Center resource Grants keeps none of (an
   * application or a trusted token issuer), so there is nothing to tag.
   *
   * @param resource the ARN asked for, as given
   * @param kind the kind it names, as the service's messages spell it ({@code Application})
   */
  record TaggedResourceNotFound(String resource, String kind) implements GrantsError {}

  /**
   * A {@code TagResource} (or a create with tags) would leave the resource with more tags than its quota.
   *
   * @param resource the resource
   * @param limit the most tags it may carry ({@code Tag.MAX_PER_RESOURCE})
   */
  record TooManyTags(TaggableArn resource, int limit) implements GrantsError {}

  // --- Account assignments (Identity Center) ----------------------------------------------------------

  /**
   * No account-assignment operation of this kind and request id exists in the instance.
   *
   * @param instance the instance asked
   * @param kind a creation or a deletion
   * @param requestId the request id asked for
   */
  record AssignmentOperationNotFound(InstanceArn instance, AssignmentOperation.Kind kind, String requestId)
      implements GrantsError {}

  /**
   * An account assignment cannot be created or deleted as it stands.
   *
   * @param assignment the assignment
   * @param conflict why
   */
  record AccountAssignmentConflict(AccountAssignment assignment, AssignmentConflict conflict) implements GrantsError {}

  /** Why an {@link AccountAssignmentConflict}. */
  enum AssignmentConflict {
    /** A creation of an assignment that exists. */
    ALREADY_ASSIGNED,
    /** A deletion of an assignment that does not exist. */
    NOT_ASSIGNED,
    /** The assignment's creation is still in progress. */
    CREATION_IN_PROGRESS
  }
  // --- a permission set's attached policies and boundary (issue 16) ---

  /**
   * The policy is already attached to the permission set.
   *
   * @param permissionSet the permission set
   * @param policy the policy given
   */
  record PolicyAlreadyAttached(PermissionSetArn permissionSet, PolicyReference policy) implements GrantsError {}

  /**
   * The policy is not attached to the permission set.
   *
   * @param permissionSet the permission set
   * @param policy the policy given
   */
  record PolicyNotAttached(PermissionSetArn permissionSet, PolicyReference policy) implements GrantsError {}

  /**
   * An attach would leave the permission set with more attached policies than its quota (AWS managed and customer
   * managed counted together).
   *
   * @param permissionSet the permission set
   * @param limit the most it may have ({@code AttachedPolicies.MAX_ATTACHED})
   */
  record TooManyPolicies(PermissionSetArn permissionSet, int limit) implements GrantsError {}

  /**
   * The permission set has no permissions boundary to read or delete.
   *
   * @param permissionSet the permission set
   */
  record PermissionsBoundaryNotFound(PermissionSetArn permissionSet) implements GrantsError {}

  /**
   * A {@code PermissionsBoundary} gives both of its members or neither: it must give exactly one of
   * {@code ManagedPolicyArn} and {@code CustomerManagedPolicyReference}.
   *
   * @param bothGiven whether both were given (otherwise neither was)
   */
  record PermissionsBoundaryNotOneKind(boolean bothGiven) implements GrantsError {}

  /**
   * Not a refusal: an outbound port (a repository, the provisioning gateway, the id generator) failed while the
   * operation ran. On the wire it is each family's 500 (Lambda {@code ServiceException}, Signer
   * {@code InternalServiceErrorException}, Identity Center {@code InternalServerException}) with no detail.
   *
   * <p>The caller cannot tell whether its change happened: a store may fail after it wrote. Either way the
   * services leave no partial state, so the same call may be retried; a change that is not idempotent may then
   * meet its own earlier success (a statement id that already exists, an instance the account already has).
   *
   * <pre>{@code
   * if (outcome.isLeft() && outcome.getLeft() instanceof GrantsError.InternalFailure failure) {
   *   log.warn("policy store failed", failure.cause()); // the embedding service's own log
   * }
   * }</pre>
   *
   * @param cause what the port threw, for the embedding service to log; never written on the wire
   */
  record InternalFailure(RuntimeException cause) implements GrantsError {
    /** Checks the cause is present. */
    public InternalFailure {
      Objects.requireNonNull(cause, "cause");
    }
  }
}
