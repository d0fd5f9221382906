package dev.grants.adapters.json.ssoadmin;

import static dev.grants.adapters.json.ssoadmin.SsoAdminCodec.INTERNAL_ERROR;
import static dev.grants.adapters.json.ssoadmin.SsoAdminCodec.clientError;
import static dev.grants.adapters.json.ssoadmin.SsoAdminCodec.validation;

import dev.grants.adapters.json.wire.AccessDeniedText;
import dev.grants.adapters.json.wire.ErrorTable;
import dev.grants.adapters.json.wire.ValidationMessages;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.AssignmentOperation;
import dev.grants.domain.provisioning.PolicyReference;

/**
 * Identity Center's (sso-admin, json 1.1) errors: the answer to every {@link GrantsError} leaf, always 400 but
 * for the 500 InternalServerException, with the body {@code {"__type":"<Code>","Message":"..."}} and
 * {@code x-amzn-ErrorType} naming the same code, in {@link SsoAdminCodec}'s error format.
 *
 * <pre>{@code
 * SsoAdminErrors.table().answer(null, new GrantsError.TargetIdRequired());
 * // 400 {"__type":"ValidationException","Message":"TargetId is required when TargetType is AWS_ACCOUNT."}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SsoAdminErrors {
  private static final SsoAdminCodec CODEC = SsoAdminCodec.create();
  private static final ErrorTable<Void> TABLE = ErrorTable.<Void>builder(() -> CODEC.internalError(INTERNAL_ERROR))
      // A store or the gateway failed: what it threw is internal detail and never reaches the body.
      .asInternalError(GrantsError.InternalFailure.class)
      .on(GrantsError.InvalidRequest.class, invalid -> validation(ValidationMessages.of(invalid.violations())))
      .on(GrantsError.TargetIdRequired.class,
          required -> validation("TargetId is required when TargetType is AWS_ACCOUNT."))
      .on(GrantsError.InvalidPageToken.class, token -> validation("The NextToken is not valid for this listing."))
      .on(GrantsError.InstanceNotFound.class, missing ->
          clientError("ResourceNotFoundException", "Could not find Instance with ARN " + missing.instance()))
      .on(GrantsError.AccessDenied.class, denied -> clientError("AccessDeniedException", AccessDeniedText.of(denied)))
      .on(GrantsError.PermissionSetNotFound.class, missing -> clientError("ResourceNotFoundException",
          "Could not find PermissionSet with ARN " + missing.permissionSet()))
      .on(GrantsError.TaggedResourceNotFound.class, missing -> clientError("ResourceNotFoundException",
          "Could not find " + missing.kind() + " with ARN " + missing.resource()))
      // No ARN in the text: a create that is refused has none that exists.
      .on(GrantsError.TooManyTags.class, tooMany -> clientError("ServiceQuotaExceededException",
          "The resource would have more than " + tooMany.limit() + " tags."))
      .on(GrantsError.ProvisioningRequestNotFound.class, missing -> clientError("ResourceNotFoundException",
          "Could not find PermissionSetProvisioningStatus with RequestId " + missing.requestId()))
      .on(GrantsError.PermissionSetNameConflict.class, conflict ->
          clientError("ConflictException", "PermissionSet with name " + conflict.name() + " already exists."))
      .on(GrantsError.ProvisioningInProgress.class,
          busy -> clientError("ConflictException", "There is a conflicting operation in process."))
      .on(GrantsError.InstanceAlreadyExists.class, exists -> clientError("ConflictException",
          "Account " + exists.owner() + " already has an instance: " + exists.existing() + "."))
      // Account assignments (issue 16).
      .on(GrantsError.AssignmentOperationNotFound.class, missing -> clientError("ResourceNotFoundException",
          "Could not find " + (missing.kind() == AssignmentOperation.Kind.CREATION
              ? "AccountAssignmentCreationStatus" : "AccountAssignmentDeletionStatus")
              + " with RequestId " + missing.requestId()))
      .on(GrantsError.AccountAssignmentConflict.class, conflict -> clientError("ConflictException",
          AssignmentConflictText.of(conflict)))
      // A permission set's definition (issue 16): texts decided, in the form of the service's other ones.
      .on(GrantsError.PolicyAlreadyAttached.class, attached -> clientError("ConflictException",
          SsoAdminErrors.policy(attached.policy()) + " is already attached to PermissionSet with ARN "
              + attached.permissionSet() + "."))
      .on(GrantsError.PolicyNotAttached.class, missing -> clientError("ResourceNotFoundException",
          "Could not find " + SsoAdminErrors.policy(missing.policy()) + " attached to PermissionSet with ARN "
              + missing.permissionSet()))
      .on(GrantsError.TooManyPolicies.class, tooMany -> clientError("ServiceQuotaExceededException",
          "The PermissionSet with ARN " + tooMany.permissionSet() + " would have more than " + tooMany.limit()
              + " managed policies (AWS managed and customer managed together)."))
      .on(GrantsError.PermissionsBoundaryNotFound.class, missing -> clientError("ResourceNotFoundException",
          "Could not find PermissionsBoundary of PermissionSet with ARN " + missing.permissionSet()))
      .on(GrantsError.PermissionsBoundaryNotOneKind.class, kinds -> validation(
          "A PermissionsBoundary must have exactly one of ManagedPolicyArn and CustomerManagedPolicyReference."))
      .on(GrantsError.ConcurrentModification.class,
          busy -> CODEC.throttling("The resource is being changed by other requests; retry the request."))
      // Resource-policy refusals: a permission set keeps its inline policy as a text, never as a resource policy
      // with statements and revisions, so only Lambda and Signer meet these.
      .asInternalError(GrantsError.NoPolicy.class, GrantsError.PolicyHasNoStatements.class,
          GrantsError.StatementIdConflict.class, GrantsError.StatementNotFound.class,
          GrantsError.RevisionMismatch.class, GrantsError.PolicyTooLarge.class)
      // Lambda's refusals: no sso-admin operation reads a layer version, its number or its content, or narrows a
      // principal by an organization.
      .asInternalError(GrantsError.LayerVersionNumberBelowOne.class,
          GrantsError.OrganizationRequiresAnyPrincipal.class, GrantsError.UnsupportedLayerContent.class,
          GrantsError.LayerVersionNotFound.class)
      // Signer's refusals: no sso-admin operation reads a signing profile or its platform.
      .asInternalError(GrantsError.InvalidSignerPrincipal.class, GrantsError.InvalidSignerStatementId.class,
          GrantsError.ActionNotSupportedForPlatform.class, GrantsError.SigningProfileNotFound.class,
          GrantsError.ProfileNotActive.class, GrantsError.ProfileNameNotReusable.class,
          GrantsError.UnsupportedPlatform.class)
      // Signer's revocation, tag and platform refusals: Identity Center has no signing profile.
      .asInternalError(GrantsError.ProfileNotRevocable.class, GrantsError.ProfileVersionNotCurrent.class,
          GrantsError.TooManySignerTags.class, GrantsError.InvalidSignerResourceArn.class,
          GrantsError.SigningPlatformNotFound.class)
      .build();

  private SsoAdminErrors() {}

  /** A policy as the texts name it: {@code ManagedPolicy <arn>}, {@code CustomerManagedPolicy <path><name>}. */
  private static String policy(PolicyReference policy) {
    if (policy instanceof PolicyReference.Managed managed) {
      return "ManagedPolicy " + managed.arn();
    }
    PolicyReference.CustomerManaged reference = (PolicyReference.CustomerManaged) policy;
    return "CustomerManagedPolicy " + reference.path() + reference.name();
  }

  /** The answer to every {@link GrantsError} of an sso-admin operation; nothing else decides it. */
  public static ErrorTable<Void> table() {
    return TABLE;
  }
}
