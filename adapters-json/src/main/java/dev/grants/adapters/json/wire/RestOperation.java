package dev.grants.adapters.json.wire;

/**
 * A rest-json operation: where it lives ({@link WireRoute}: method, path template, success status). The enums of
 * the rest-json families implement it, so that one route table serves each of them.
 *
 * <pre>{@code
 * RestOperation operation = LambdaOperation.GET_LAYER_VERSION_POLICY;
 * operation.route().pathTemplate(); // /2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy
 * }</pre>
 */
public interface RestOperation {
  /** Where the operation lives: name, method, path template, success status. */
  WireRoute route();
}
