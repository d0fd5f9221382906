/**
 * Lambda layers: layer names and ARNs ({@link dev.grants.domain.layer.LayerName},
 * {@link dev.grants.domain.layer.LayerArn}, {@link dev.grants.domain.layer.LayerVersionArn}), published
 * versions ({@link dev.grants.domain.layer.LayerVersion}) and the rules of a layer version permission
 * ({@link dev.grants.domain.layer.LayerPermission}): every constraint of the service model, checked in
 * factories that report every violation.
 */
package dev.grants.domain.layer;
