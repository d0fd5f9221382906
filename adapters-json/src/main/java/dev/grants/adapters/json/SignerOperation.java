package dev.grants.adapters.json;

/**
 * The Signer operations Grants serves: method and path template, as the service model states them; every one
 * answers 200.
 *
 * <pre>{@code
 * SignerOperation.REMOVE_PROFILE_PERMISSION.route().method(); // DELETE
 * }</pre>
 */
public enum SignerOperation {
  /** {@code PUT /signing-profiles/{profileName}}. */
  PUT_SIGNING_PROFILE(new WireRoute("PutSigningProfile", "PUT", "/signing-profiles/{profileName}", 200)),
  /** {@code GET /signing-profiles/{profileName}}. */
  GET_SIGNING_PROFILE(new WireRoute("GetSigningProfile", "GET", "/signing-profiles/{profileName}", 200)),
  /** {@code DELETE /signing-profiles/{profileName}}. */
  CANCEL_SIGNING_PROFILE(new WireRoute("CancelSigningProfile", "DELETE", "/signing-profiles/{profileName}", 200)),
  /** {@code POST /signing-profiles/{profileName}/permissions}. */
  ADD_PROFILE_PERMISSION(new WireRoute("AddProfilePermission", "POST", "/signing-profiles/{profileName}/permissions", 200)),
  /** {@code GET /signing-profiles/{profileName}/permissions}. */
  LIST_PROFILE_PERMISSIONS(new WireRoute("ListProfilePermissions", "GET", "/signing-profiles/{profileName}/permissions", 200)),
  /** {@code DELETE /signing-profiles/{profileName}/permissions/{statementId}}. */
  REMOVE_PROFILE_PERMISSION(new WireRoute("RemoveProfilePermission", "DELETE", "/signing-profiles/{profileName}/permissions/{statementId}", 200));

  private final WireRoute route;

  SignerOperation(WireRoute route) {
    this.route = route;
  }

  /** Where the operation lives: name, method, path template, success status. */
  public WireRoute route() {
    return route;
  }
}
