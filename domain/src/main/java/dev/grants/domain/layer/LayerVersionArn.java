package dev.grants.domain.layer;

import dev.grants.domain.principal.Arn;
import java.util.Objects;

/**
 * The ARN of one version of a layer: the layer ARN and {@code :<version>}. It is the key of the version's
 * resource policy and the {@code Resource} of every statement in it.
 *
 * <pre>{@code
 * layerArn.version(1).toString(); // arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1
 * }</pre>
 *
 * @param layer the layer
 * @param version the version number, at least 1
 */
public record LayerVersionArn(LayerArn layer, long version) {

  /** Checks the layer is present and the version at least 1. */
  public LayerVersionArn {
    Objects.requireNonNull(layer, "layer");
    if (version < 1) {
      throw new IllegalArgumentException("a layer version is at least 1: " + version);
    }
  }

  /** This layer version ARN as a general ARN. */
  public Arn arn() {
    return Arn.of(
        layer.partition(), "lambda", layer.region(), layer.account().value(),
        "layer:" + layer.name() + ':' + version);
  }

  /** The same text as {@code arn().toString()}, in one concatenation: it is every statement's resource. */
  @Override
  public String toString() {
    return "arn:" + layer.partition().name() + ":lambda:" + layer.region() + ':' + layer.account().value()
        + ":layer:" + layer.name() + ':' + version;
  }
}
