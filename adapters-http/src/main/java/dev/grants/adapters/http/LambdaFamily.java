package dev.grants.adapters.http;

import static dev.grants.adapters.json.lambda.LambdaLayerCodec.LAYER_NAME;
import static dev.grants.adapters.json.lambda.LambdaLayerCodec.STATEMENT_ID;
import static dev.grants.adapters.json.lambda.LambdaLayerCodec.VERSION_NUMBER;
import static dev.grants.adapters.json.lambda.LambdaOperation.ADD_LAYER_VERSION_PERMISSION;
import static dev.grants.adapters.json.lambda.LambdaOperation.DELETE_LAYER_VERSION;
import static dev.grants.adapters.json.lambda.LambdaOperation.GET_LAYER_VERSION;
import static dev.grants.adapters.json.lambda.LambdaOperation.GET_LAYER_VERSION_BY_ARN;
import static dev.grants.adapters.json.lambda.LambdaOperation.GET_LAYER_VERSION_POLICY;
import static dev.grants.adapters.json.lambda.LambdaOperation.LIST_LAYERS;
import static dev.grants.adapters.json.lambda.LambdaOperation.LIST_LAYER_VERSIONS;
import static dev.grants.adapters.json.lambda.LambdaOperation.PUBLISH_LAYER_VERSION;
import static dev.grants.adapters.json.lambda.LambdaOperation.REMOVE_LAYER_VERSION_PERMISSION;

import dev.grants.adapters.json.lambda.LambdaLayerCodec;
import dev.grants.adapters.json.lambda.LambdaOperation;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.ports.in.LayerVersionPermissions;
import dev.grants.ports.in.LayerVersions;

/**
 * The Lambda layer paths under {@code /2018-10-31/layers}: each operation ({@link LambdaOperation}) routed once to
 * the codec and the inbound port. Lambda's format also answers every path no family owns.
 */
final class LambdaFamily {
  private LambdaFamily() {}

  /** The family, in front of the inbound ports {@code versions} and {@code permissions}. */
  static Family create(LayerVersions versions, LayerVersionPermissions permissions) {
    LambdaLayerCodec codec = LambdaLayerCodec.create();
    RouteTable<LambdaOperation> routes = RouteTable.builder(LambdaOperation.class, codec::encodeError)
        .on(GET_LAYER_VERSION_BY_ARN, call -> codec.decodeGetLayerVersionByArn(call.context(), call.query()),
            versions::getByArn, version -> codec.encodeLayerVersion(GET_LAYER_VERSION_BY_ARN, version))
        .on(LIST_LAYERS, call -> codec.decodeListLayers(call.context(), call.query()),
            versions::listLayers, codec::encodeLayers)
        .on(LIST_LAYER_VERSIONS,
            call -> codec.decodeListLayerVersions(call.context(), call.label(LAYER_NAME), call.query()),
            versions::listVersions, codec::encodeLayerVersions)
        .on(PUBLISH_LAYER_VERSION,
            call -> codec.decodePublishLayerVersion(call.context(), call.label(LAYER_NAME), call.body()),
            versions::publish, published -> codec.encodeLayerVersion(PUBLISH_LAYER_VERSION, published))
        .on(GET_LAYER_VERSION,
            call -> codec.decodeGetLayerVersion(call.context(), call.label(LAYER_NAME), call.label(VERSION_NUMBER)),
            versions::get, version -> codec.encodeLayerVersion(GET_LAYER_VERSION, version))
        .on(DELETE_LAYER_VERSION,
            call -> codec.decodeDeleteLayerVersion(call.context(), call.label(LAYER_NAME), call.label(VERSION_NUMBER)),
            versions::delete, deleted -> codec.encodeNoContent(DELETE_LAYER_VERSION))
        .on(ADD_LAYER_VERSION_PERMISSION,
            call -> codec.decodeAddLayerVersionPermission(call.context(), call.label(LAYER_NAME),
                call.label(VERSION_NUMBER), call.query(), call.body()),
            permissions::add, codec::encodeAdded)
        .on(GET_LAYER_VERSION_POLICY,
            call -> codec.decodeGetLayerVersionPolicy(call.context(), call.label(LAYER_NAME),
                call.label(VERSION_NUMBER)),
            permissions::getPolicy, codec::encodePolicy)
        .on(REMOVE_LAYER_VERSION_PERMISSION,
            call -> codec.decodeRemoveLayerVersionPermission(call.context(), call.label(LAYER_NAME),
                call.label(VERSION_NUMBER), call.label(STATEMENT_ID), call.query()),
            permissions::remove, removed -> codec.encodeNoContent(REMOVE_LAYER_VERSION_PERMISSION))
        .build();
    Family.Faults faults = new Family.Faults(() -> codec.serviceException(Family.INTERNAL_ERROR),
        codec::tooManyRequests, codec::invalidRequestContent, codec::requestTooLarge);
    return new RestFamily<>("/2018-10-31/layers", LambdaOperation.class, routes, codec::unknownOperation, faults);
  }
}
