package dev.grants.adapters.json;

/**
 * The Signer operations Grants serves: method and path template, as the service model states them; every one
 * answers 200.
 *
 * <pre>{@code
 * SignerOperation.REMOVE_PROFILE_PERMISSION.method(); // DELETE
 * }</pre>
 */
public enum SignerOperation {
  /** {@code PUT /signing-profiles/{profileName}}. */
  PUT_SIGNING_PROFILE("PutSigningProfile", "PUT", "/signing-profiles/{profileName}"),
  /** {@code GET /signing-profiles/{profileName}}. */
  GET_SIGNING_PROFILE("GetSigningProfile", "GET", "/signing-profiles/{profileName}"),
  /** {@code DELETE /signing-profiles/{profileName}}. */
  CANCEL_SIGNING_PROFILE("CancelSigningProfile", "DELETE", "/signing-profiles/{profileName}"),
  /** {@code POST /signing-profiles/{profileName}/permissions}. */
  ADD_PROFILE_PERMISSION("AddProfilePermission", "POST", "/signing-profiles/{profileName}/permissions"),
  /** {@code GET /signing-profiles/{profileName}/permissions}. */
  LIST_PROFILE_PERMISSIONS("ListProfilePermissions", "GET", "/signing-profiles/{profileName}/permissions"),
  /** {@code DELETE /signing-profiles/{profileName}/permissions/{statementId}}. */
  REMOVE_PROFILE_PERMISSION(
      "RemoveProfilePermission", "DELETE", "/signing-profiles/{profileName}/permissions/{statementId}");

  private final String operationName;
  private final String method;
  private final String pathTemplate;

  SignerOperation(String operationName, String method, String pathTemplate) {
    this.operationName = operationName;
    this.method = method;
    this.pathTemplate = pathTemplate;
  }

  /** The operation's name in the service model. */
  public String operationName() {
    return operationName;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The path template. */
  public String pathTemplate() {
    return pathTemplate;
  }
}
