package dev.grants.adapters.json.signer;

import dev.grants.adapters.json.wire.RestOperation;
import dev.grants.adapters.json.wire.WireRoute;

/**
 * The Signer operations Grants serves: method and path template, as the service model states them; every one
 * answers 200. The path labels are the codec's member names ({@link SignerCodec#PROFILE_NAME},
 * {@link SignerCodec#STATEMENT_ID}).
 *
 * <pre>{@code
 * SignerOperation.REMOVE_PROFILE_PERMISSION.route().method(); // DELETE
 * }</pre>
 */
public enum SignerOperation implements RestOperation {
  /** {@code PUT /signing-profiles/{profileName}}. */
  PUT_SIGNING_PROFILE("PutSigningProfile", "PUT", "/signing-profiles/{profileName}"),
  /** {@code GET /signing-profiles}. */
  LIST_SIGNING_PROFILES("ListSigningProfiles", "GET", "/signing-profiles"),
  /** {@code GET /signing-profiles/{profileName}}. */
  GET_SIGNING_PROFILE("GetSigningProfile", "GET", "/signing-profiles/{profileName}"),
  /** {@code DELETE /signing-profiles/{profileName}}. */
  CANCEL_SIGNING_PROFILE("CancelSigningProfile", "DELETE", "/signing-profiles/{profileName}"),
  /** {@code POST /signing-profiles/{profileName}/permissions}. */
  ADD_PROFILE_PERMISSION("AddProfilePermission", "POST", "/signing-profiles/{profileName}/permissions"),
  /** {@code GET /signing-profiles/{profileName}/permissions}. */
  LIST_PROFILE_PERMISSIONS("ListProfilePermissions", "GET", "/signing-profiles/{profileName}/permissions"),
  /** {@code DELETE /signing-profiles/{profileName}/permissions/{statementId}}. */
  REMOVE_PROFILE_PERMISSION("RemoveProfilePermission", "DELETE",
      "/signing-profiles/{profileName}/permissions/{statementId}"),
  /** {@code PUT /signing-profiles/{profileName}/revoke}. */
  REVOKE_SIGNING_PROFILE("RevokeSigningProfile", "PUT", "/signing-profiles/{profileName}/revoke"),
  /** {@code GET /signing-platforms/{platformId}}. */
  GET_SIGNING_PLATFORM("GetSigningPlatform", "GET", "/signing-platforms/{platformId}"),
  /** {@code GET /signing-platforms}. */
  LIST_SIGNING_PLATFORMS("ListSigningPlatforms", "GET", "/signing-platforms"),
  /** {@code POST /tags/{resourceArn}}. */
  TAG_RESOURCE("TagResource", "POST", "/tags/{resourceArn}"),
  /** {@code DELETE /tags/{resourceArn}}. */
  UNTAG_RESOURCE("UntagResource", "DELETE", "/tags/{resourceArn}"),
  /** {@code GET /tags/{resourceArn}}. */
  LIST_TAGS_FOR_RESOURCE("ListTagsForResource", "GET", "/tags/{resourceArn}");

  /** The status of every successful Signer answer. */
  static final int SUCCESS_STATUS = 200;

  private final WireRoute route;

  SignerOperation(String operationName, String method, String pathTemplate) {
    this.route = new WireRoute(operationName, method, pathTemplate, SUCCESS_STATUS);
  }

  /** Whether this is one of the tag operations, whose refusals have shapes of their own ({@link SignerTagCodec}). */
  public boolean isTagOperation() {
    return this == TAG_RESOURCE || this == UNTAG_RESOURCE || this == LIST_TAGS_FOR_RESOURCE;
  }

  @Override
  public WireRoute route() {
    return route;
  }
}
