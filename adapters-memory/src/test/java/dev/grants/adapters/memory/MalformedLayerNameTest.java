package dev.grants.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerName;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.FixedClock;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.SequentialIds;
import io.vavr.control.Either;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A layer ARN that the model's LayerName pattern admits, but whose partition cannot exist, is refused as a
 * value by every operation that takes a LayerName, never thrown.
 */
class MalformedLayerNameTest {
  private final Grants grants =
      InMemoryGrants.builder().clock(FixedClock.at("2018-11-14T23:03:52.894Z")).ids(new SequentialIds()).build();

  private static GrantsError invalid(String layerName) {
    return new GrantsError.InvalidRequest(
        List.of(new Violation("layerName", layerName, Constraint.pattern(LayerName.PATTERN))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"arn:foo:lambda:us-east-2:123456789012:layer:my-layer",
      "arn:aws1:lambda:us-east-2:123456789012:layer:my-layer"})
  void every_layer_operation_refuses_an_arn_in_a_partition_that_cannot_exist(String layerName) {
    assertThat(grants.layerVersions().publish(Fixtures.publishLayerVersion().layerName(layerName).build()))
        .isEqualTo(Either.left(invalid(layerName)));
    assertThat(grants.layerVersions().get(Fixtures.getLayerVersion().layerName(layerName).build()))
        .isEqualTo(Either.left(invalid(layerName)));
    assertThat(grants.layerVersions().delete(Fixtures.deleteLayerVersion().layerName(layerName).build()))
        .isEqualTo(Either.left(invalid(layerName)));
    assertThat(grants.layerVersionPermissions().add(
            Fixtures.addLayerVersionPermission().layerName(layerName).build()))
        .isEqualTo(Either.left(invalid(layerName)));
    assertThat(grants.layerVersionPermissions().getPolicy(
            Fixtures.getLayerVersionPolicy().layerName(layerName).build()))
        .isEqualTo(Either.left(invalid(layerName)));
    assertThat(grants.layerVersionPermissions().remove(
            Fixtures.removeLayerVersionPermission().layerName(layerName).build()))
        .isEqualTo(Either.left(invalid(layerName)));
  }
}
