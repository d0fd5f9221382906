package dev.grants.adapters.http;

import dev.grants.adapters.json.LambdaLayerCodec;
import dev.grants.adapters.json.LambdaOperation;
import dev.grants.adapters.json.WireResponse;
import dev.grants.ports.in.LayerVersionPermissions;
import dev.grants.ports.in.LayerVersions;
import dev.grants.ports.service.Grants;

/**
 * The Lambda layer paths under {@code /2018-10-31/layers/}: each matched by method and shape, decoded by the
 * codec, run through the inbound port, and answered by the codec.
 */
final class LambdaRoutes {
  static final String PREFIX = "/2018-10-31/layers/";

  private final LambdaLayerCodec codec = LambdaLayerCodec.create();
  private final LayerVersions versions;
  private final LayerVersionPermissions permissions;

  LambdaRoutes(Grants grants) {
    this.versions = grants.layerVersions();
    this.permissions = grants.layerVersionPermissions();
  }

  LambdaLayerCodec codec() {
    return codec;
  }

  boolean owns(String rawPath) {
    return rawPath.startsWith(PREFIX) || rawPath.equals("/2018-10-31/layers");
  }

  WireResponse handle(EndpointRequest request) {
    // "/2018-10-31/layers/{LayerName}/versions[/{VersionNumber}[/policy[/{StatementId}]]]"
    String[] segments = request.rawPath().split("/", -1);
    int length = segments.length;
    if (length < 5 || length > 8 || !segments[4].equals("versions")
        || (length >= 7 && !segments[6].equals("policy"))) {
      return unknown(request);
    }
    String layerName = PercentDecoding.segment(segments[3]);
    String version = length >= 6 ? PercentDecoding.segment(segments[5]) : null;
    String method = request.method();
    if (length == 5 && method.equals("POST")) {
      LambdaOperation operation = LambdaOperation.PUBLISH_LAYER_VERSION;
      return codec.decodePublishLayerVersion(request.context(), layerName, request.body())
          .fold(refused -> refused, command -> versions.publish(command)
              .fold(error -> codec.encodeError(operation, error), v -> codec.encodeLayerVersion(operation, v)));
    }
    if (length == 6 && method.equals("GET")) {
      LambdaOperation operation = LambdaOperation.GET_LAYER_VERSION;
      return codec.decodeGetLayerVersion(request.context(), layerName, version)
          .fold(refused -> refused, command -> versions.get(command)
              .fold(error -> codec.encodeError(operation, error), v -> codec.encodeLayerVersion(operation, v)));
    }
    if (length == 6 && method.equals("DELETE")) {
      LambdaOperation operation = LambdaOperation.DELETE_LAYER_VERSION;
      return codec.decodeDeleteLayerVersion(request.context(), layerName, version)
          .fold(refused -> refused, command -> versions.delete(command)
              .fold(error -> codec.encodeError(operation, error), deleted -> codec.encodeNoContent(operation)));
    }
    if (length == 7 && method.equals("POST")) {
      LambdaOperation operation = LambdaOperation.ADD_LAYER_VERSION_PERMISSION;
      return codec.decodeAddLayerVersionPermission(
              request.context(), layerName, version, request.query(), request.body())
          .fold(refused -> refused, command -> permissions.add(command)
              .fold(error -> codec.encodeError(operation, error), codec::encodeAdded));
    }
    if (length == 7 && method.equals("GET")) {
      LambdaOperation operation = LambdaOperation.GET_LAYER_VERSION_POLICY;
      return codec.decodeGetLayerVersionPolicy(request.context(), layerName, version)
          .fold(refused -> refused, command -> permissions.getPolicy(command)
              .fold(error -> codec.encodeError(operation, error), codec::encodePolicy));
    }
    if (length == 8 && method.equals("DELETE")) {
      LambdaOperation operation = LambdaOperation.REMOVE_LAYER_VERSION_PERMISSION;
      String statementId = PercentDecoding.segment(segments[7]);
      return codec.decodeRemoveLayerVersionPermission(
              request.context(), layerName, version, statementId, request.query())
          .fold(refused -> refused, command -> permissions.remove(command)
              .fold(error -> codec.encodeError(operation, error), removed -> codec.encodeNoContent(operation)));
    }
    return unknown(request);
  }

  WireResponse unknown(EndpointRequest request) {
    return codec.unknownOperation(request.method(), request.rawPath());
  }
}
