package dev.grants.adapters.json.wire;

import java.util.Objects;

/**
 * Where a rest-json operation lives: its model name, HTTP method, path template and the status of a successful
 * answer, as the service model states them.
 *
 * <pre>{@code
 * LambdaOperation.ADD_LAYER_VERSION_PERMISSION.route().successStatus(); // 201 (a RestOperation)
 * }</pre>
 *
 * @param operationName the operation's name in the service model ({@code AddLayerVersionPermission})
 * @param method the HTTP method
 * @param pathTemplate the path template, with {@code {label}} segments, and after a {@code ?} the query members
 *     whose given values the operation requires ({@code /2018-10-31/layers?find=LayerVersion}), as the model's
 *     request URI writes them
 * @param successStatus the status of a successful answer
 */
public record WireRoute(String operationName, String method, String pathTemplate, int successStatus) {
  /** Checks the parts are present. */
  public WireRoute {
    Objects.requireNonNull(operationName, "operationName");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
  }
}
