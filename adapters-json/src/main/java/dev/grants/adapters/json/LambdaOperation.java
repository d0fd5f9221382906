package dev.grants.adapters.json;

/**
 * The Lambda operations Grants serves: method, path template and success status, as the service model
 * states them.
 *
 * <pre>{@code
 * LambdaOperation.ADD_LAYER_VERSION_PERMISSION.route().successStatus(); // 201
 * }</pre>
 */
public enum LambdaOperation {
  /** {@code POST /2018-10-31/layers/{LayerName}/versions}. */
  PUBLISH_LAYER_VERSION(new WireRoute("PublishLayerVersion", "POST", "/2018-10-31/layers/{LayerName}/versions", 201)),
  /** {@code GET /2018-10-31/layers/{LayerName}/versions/{VersionNumber}}. */
  GET_LAYER_VERSION(new WireRoute("GetLayerVersion", "GET", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", 200)),
  /** {@code DELETE /2018-10-31/layers/{LayerName}/versions/{VersionNumber}}. */
  DELETE_LAYER_VERSION(new WireRoute("DeleteLayerVersion", "DELETE", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", 204)),
  /** {@code POST /2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy}. */
  ADD_LAYER_VERSION_PERMISSION(new WireRoute("AddLayerVersionPermission", "POST", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", 201)),
  /** {@code GET /2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy}. */
  GET_LAYER_VERSION_POLICY(new WireRoute("GetLayerVersionPolicy", "GET", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", 200)),
  /** {@code DELETE /2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}}. */
  REMOVE_LAYER_VERSION_PERMISSION(new WireRoute("RemoveLayerVersionPermission", "DELETE", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}", 204));

  private final WireRoute route;

  LambdaOperation(WireRoute route) {
    this.route = route;
  }

  /** Where the operation lives: name, method, path template, success status. */
  public WireRoute route() {
    return route;
  }
}
