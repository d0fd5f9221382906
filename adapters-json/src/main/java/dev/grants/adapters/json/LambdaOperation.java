package dev.grants.adapters.json;

/**
 * The Lambda operations Grants serves: method, path template and success status, as the service model
 * states them.
 *
 * <pre>{@code
 * LambdaOperation.ADD_LAYER_VERSION_PERMISSION.successStatus(); // 201
 * }</pre>
 */
public enum LambdaOperation {
  /** {@code POST /2018-10-31/layers/{LayerName}/versions}. */
  PUBLISH_LAYER_VERSION("PublishLayerVersion", "POST", "/2018-10-31/layers/{LayerName}/versions", 201),
  /** {@code GET /2018-10-31/layers/{LayerName}/versions/{VersionNumber}}. */
  GET_LAYER_VERSION("GetLayerVersion", "GET", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", 200),
  /** {@code DELETE /2018-10-31/layers/{LayerName}/versions/{VersionNumber}}. */
  DELETE_LAYER_VERSION(
      "DeleteLayerVersion", "DELETE", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", 204),
  /** {@code POST /2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy}. */
  ADD_LAYER_VERSION_PERMISSION(
      "AddLayerVersionPermission", "POST", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", 201),
  /** {@code GET /2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy}. */
  GET_LAYER_VERSION_POLICY(
      "GetLayerVersionPolicy", "GET", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", 200),
  /** {@code DELETE /2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}}. */
  REMOVE_LAYER_VERSION_PERMISSION(
      "RemoveLayerVersionPermission", "DELETE",
      "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}", 204);

  private final String operationName;
  private final String method;
  private final String pathTemplate;
  private final int successStatus;

  LambdaOperation(String operationName, String method, String pathTemplate, int successStatus) {
    this.operationName = operationName;
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.successStatus = successStatus;
  }

  /** The operation's name in the service model ({@code AddLayerVersionPermission}). */
  public String operationName() {
    return operationName;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The path template, with {@code {Label}} segments. */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** The status of a successful answer. */
  public int successStatus() {
    return successStatus;
  }
}
