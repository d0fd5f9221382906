package dev.grants.adapters.json.lambda;

import static dev.grants.adapters.json.lambda.LambdaLayerCodec.error;
import static dev.grants.adapters.json.lambda.LambdaLayerCodec.resourceNotFound;
import static dev.grants.adapters.json.lambda.LambdaLayerCodec.userError;

import dev.grants.adapters.json.wire.AccessDeniedText;
import dev.grants.adapters.json.wire.ErrorTable;
import dev.grants.adapters.json.wire.ValidationMessages;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;

/**
 * Lambda's errors: the answer to every {@link GrantsError} leaf (status, {@code x-amzn-ErrorType}, and a body
 * {@code {"Type":"User","message":"..."}}, {@code {"Type":"User","Message":"..."}} or, for ValidationException,
 * {@code {"message":"..."}}, with the service's texts, in {@link LambdaLayerCodec}'s error format).
 *
 * <pre>{@code
 * LambdaErrors.table().answer(LambdaOperation.GET_LAYER_VERSION_POLICY, new GrantsError.NoPolicy(layerVersion));
 * // 404 ResourceNotFoundException {"Type":"User","Message":"No policy is associated with the given resource."}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class LambdaErrors {
  private static final LambdaLayerCodec CODEC = LambdaLayerCodec.create();
  private static final ErrorTable<LambdaOperation> TABLE =
      ErrorTable.<LambdaOperation>builder(() -> CODEC.serviceException(LambdaLayerCodec.INTERNAL_ERROR))
          // A store or the gateway failed: what it threw is internal detail and never reaches the body.
          .asInternalError(GrantsError.InternalFailure.class)
          .on(GrantsError.InvalidRequest.class,
              invalid -> CODEC.validationException(ValidationMessages.of(invalid.violations())))
          .on(GrantsError.LayerVersionNumberBelowOne.class,
              below -> userError(400, "InvalidParameterValueException", "Layer Version Cannot be less than 1"))
          .on(GrantsError.OrganizationRequiresAnyPrincipal.class, organization -> userError(400,
              "InvalidParameterValueException", "OrganizationId can only be specified when Principal is '*'."))
          .on(GrantsError.UnsupportedLayerContent.class, unsupported -> userError(400,
              "InvalidParameterValueException", unsupported.reason().equals("S3 location")
                  ? "Layer content from S3 is not supported by this endpoint; provide ZipFile."
                  : "Please provide a source for the layer content: ZipFile."))
          .onDepending(GrantsError.LayerVersionNotFound.class, (operation, notFound) -> resourceNotFound(
              operation == LambdaOperation.GET_LAYER_VERSION || operation == LambdaOperation.GET_LAYER_VERSION_BY_ARN
                  ? "The resource you requested does not exist."
                  : "Layer version " + notFound.layerVersion() + " does not exist."))
          .on(GrantsError.NoPolicy.class,
              none -> resourceNotFound("No policy is associated with the given resource."))
          .on(GrantsError.PolicyHasNoStatements.class, empty ->
              resourceNotFound("Layer version " + empty.resource() + " does not have any resource policy."))
          .on(GrantsError.StatementNotFound.class, missing ->
              resourceNotFound("Statement " + missing.statementId() + " is not found in resource policy."))
          .on(GrantsError.StatementIdConflict.class, conflict -> userError(409, "ResourceConflictException",
              "The statement id (" + conflict.statementId() + ") provided already exists. Please provide a new"
                  + " statement id, or remove the existing statement."))
          .on(GrantsError.RevisionMismatch.class, mismatch -> userError(412, "PreconditionFailedException",
              "The Revision Id provided does not match the latest Revision Id. Call the GetLayerPolicy API to"
                  + " retrieve the latest Revision Id"))
          .on(GrantsError.PolicyTooLarge.class, tooLarge -> userError(400, "PolicyLengthExceededException",
              "The final policy size (" + tooLarge.size() + ") is bigger than the limit (" + tooLarge.limit()
                  + ")."))
          .on(GrantsError.AccessDenied.class,
              denied -> error(403, "AccessDeniedException", "User", "Message", accessDenied(denied)))
          .on(GrantsError.ConcurrentModification.class,
              busy -> CODEC.tooManyRequests("The policy is being changed by other requests; retry the request."))
          // A Marker of ListLayers or ListLayerVersions that the listing did not issue. [decided] The service
          // rejects a marker it did not issue; its text is not on record.
          .on(GrantsError.InvalidPageToken.class, invalid -> userError(400, "InvalidParameterValueException",
              "The Marker " + invalid.token() + " is not valid for this listing."))
          // Signer's refusals: no layer operation reads a signing profile or its platform.
          .asInternalError(GrantsError.InvalidSignerPrincipal.class, GrantsError.InvalidSignerStatementId.class,
              GrantsError.ActionNotSupportedForPlatform.class, GrantsError.SigningProfileNotFound.class,
              GrantsError.ProfileNotActive.class, GrantsError.ProfileNameNotReusable.class,
              GrantsError.UnsupportedPlatform.class)
          // Signer's refusals of its platforms, tags and revocations: no layer operation reads any of them.
          .asInternalError(GrantsError.SigningPlatformNotFound.class, GrantsError.InvalidSignerResourceArn.class,
              GrantsError.TooManySignerTags.class, GrantsError.ProfileVersionNotCurrent.class,
              GrantsError.ProfileNotRevocable.class)
          // Identity Center's tag refusals: a layer version's tags are no part of Grants.
          .asInternalError(GrantsError.TaggedResourceNotFound.class, GrantsError.TooManyTags.class)
          // Identity Center's account-assignment refusals: no such operation in this family.
          .asInternalError(GrantsError.AssignmentOperationNotFound.class, GrantsError.AccountAssignmentConflict.class)
          // Identity Center's refusals of a permission set's definition: nothing of this family has one.
          .asInternalError(GrantsError.PolicyAlreadyAttached.class, GrantsError.PolicyNotAttached.class,
              GrantsError.TooManyPolicies.class, GrantsError.PermissionsBoundaryNotFound.class,
              GrantsError.PermissionsBoundaryNotOneKind.class)
          // Identity Center's refusals: no layer operation touches an instance, a permission set or a
          // provisioning request.
          .asInternalError(GrantsError.InstanceNotFound.class, GrantsError.InstanceAlreadyExists.class,
              GrantsError.PermissionSetNotFound.class, GrantsError.PermissionSetNameConflict.class,
              GrantsError.ProvisioningInProgress.class, GrantsError.ProvisioningRequestNotFound.class,
              GrantsError.TargetIdRequired.class)
          .build();

  private LambdaErrors() {}

  /** The answer to every {@link GrantsError} of a Lambda operation. */
  public static ErrorTable<LambdaOperation> table() {
    return TABLE;
  }

  /**
   * Lambda's text for a call the resource policy does not let through, with the reason IAM gives for a
   * resource-based policy ({@code because no resource-based policy allows the <action> action}, or {@code with an
   * explicit deny in a resource-based policy}); the caller is named by its account's root ARN.
   */
  private static String accessDenied(GrantsError.AccessDenied denied) {
    return denied.explicitlyDenied()
        ? AccessDeniedText.of(denied) + " with an explicit deny in a resource-based policy"
        : AccessDeniedText.of(denied) + " because no resource-based policy allows the " + denied.action() + " action";
  }
}
