package dev.grants.domain.layer;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.validation.MemberRule;
import dev.grants.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
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
  /** The model's pattern for {@code LayerVersionArn}. */
  public static final String PATTERN = "arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+";

  /** The {@code Arn} member of {@code GetLayerVersionByArn}: required, 1 to 140 characters, {@link #PATTERN}. */
  public static final MemberRule RULE = MemberRule.required("arn").minLength(1).maxLength(140).pattern(PATTERN);

  /** Checks the layer is present and the version at least 1. */
  public LayerVersionArn {
    Objects.requireNonNull(layer, "layer");
    if (version < 1) {
      throw new IllegalArgumentException("a layer version is at least 1: " + version);
    }
  }

  /**
   * The layer version ARN {@code raw} names, or every violation of {@link #RULE}. The version part may still be
   * 0 (the pattern allows it): that is {@link LayerVersionNumber#check}'s to refuse, so this answers the number.
   *
   * <pre>{@code
   * LayerVersionArn.validate("arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1"); // valid
   * }</pre>
   *
   * @return the layer and the version number as written, or the violations
   */
  public static Validation<Seq<Violation>, Numbered> validate(String raw) {
    java.util.List<Violation> violations = RULE.check(raw);
    if (!violations.isEmpty()) {
      return Validation.invalid(List.ofAll(violations));
    }
    // arn:<partition>:lambda:<region>:<account>:layer:<name>:<version>, guaranteed by the pattern
    String[] parts = raw.split(":", 8);
    LayerArn layer = new LayerArn(Partition.of(parts[1]), parts[3], AccountId.of(parts[4]), parts[6]);
    try {
      return Validation.valid(new Numbered(layer, Long.parseLong(parts[7])));
    } catch (NumberFormatException tooLong) {
      return Validation.valid(new Numbered(layer, Long.MAX_VALUE)); // digits beyond a long: no such version
    }
  }

  /**
   * A layer and a version number as a request writes them, not yet checked to be at least 1.
   *
   * @param layer the layer
   * @param number the number written
   */
  public record Numbered(LayerArn layer, long number) {}

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
