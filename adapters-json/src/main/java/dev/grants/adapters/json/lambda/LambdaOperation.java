package dev.grants.adapters.json.lambda;

import dev.grants.adapters.json.wire.RestOperation;
import dev.grants.adapters.json.wire.WireRoute;

/**
 * The Lambda operations Grants serves: method, path template (the model's request URI, with its query literals)
 * and success status, as the service model states them. The path labels are the codec's member names
 * ({@link LambdaLayerCodec#LAYER_NAME}, {@link LambdaLayerCodec#VERSION_NUMBER}, {@link LambdaLayerCodec#STATEMENT_ID}).
 *
 * <pre>{@code
 * LambdaOperation.ADD_LAYER_VERSION_PERMISSION.route().successStatus(); // 201
 * }</pre>
 */
public enum LambdaOperation implements RestOperation {
  /**
   * {@code GET /2018-10-31/layers?find=LayerVersion}: the model's request URI names the path and a query member
   * that tells it apart from {@link #LIST_LAYERS} on the same path.
   */
  GET_LAYER_VERSION_BY_ARN("GetLayerVersionByArn", "GET", "/2018-10-31/layers?find=LayerVersion", 200),
  /** {@code GET /2018-10-31/layers}. */
  LIST_LAYERS("ListLayers", "GET", "/2018-10-31/layers", 200),
  /** {@code GET /2018-10-31/layers/{LayerName}/versions}. */
  LIST_LAYER_VERSIONS("ListLayerVersions", "GET", "/2018-10-31/layers/{LayerName}/versions", 200),
  /** {@code POST /2018-10-31/layers/{LayerName}/versions}. */
  PUBLISH_LAYER_VERSION("PublishLayerVersion", "POST", "/2018-10-31/layers/{LayerName}/versions", 201),
  /** {@code GET /2018-10-31/layers/{LayerName}/versions/{VersionNumber}}. */
  GET_LAYER_VERSION("GetLayerVersion", "GET", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", 200),
  /** {@code DELETE /2018-10-31/layers/{LayerName}/versions/{VersionNumber}}. */
  DELETE_LAYER_VERSION("DeleteLayerVersion", "DELETE", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}",
      204),
  /** {@code POST /2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy}. */
  ADD_LAYER_VERSION_PERMISSION("AddLayerVersionPermission", "POST",
      "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", 201),
  /** {@code GET /2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy}. */
  GET_LAYER_VERSION_POLICY("GetLayerVersionPolicy", "GET",
      "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", 200),
  /** {@code DELETE /2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}}. */
  REMOVE_LAYER_VERSION_PERMISSION("RemoveLayerVersionPermission", "DELETE",
      "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}", 204);

  private final WireRoute route;

  LambdaOperation(String operationName, String method, String pathTemplate, int successStatus) {
    this.route = new WireRoute(operationName, method, pathTemplate, successStatus);
  }

  @Override
  public WireRoute route() {
    return route;
  }
}
