package dev.grants.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerName;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Region;
import dev.grants.ports.in.DeleteLayerVersionResult;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.FixedClock;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A layer ARN that the model's LayerName pattern admits, in a partition no one has, is a valid address of a
 * layer that does not exist: every operation answers as for any missing layer, as a value, never a throw.
 */
class UnknownPartitionLayerNameTest {
  private final Grants grants =
      InMemoryGrants.builder().clock(FixedClock.at("2018-11-14T23:03:52.894Z")).ids(new SequentialIds()).build();

  @ParameterizedTest
  @ValueSource(strings = {"arn:foo:lambda:us-east-2:123456789012:layer:my-layer",
      "arn:aws1:lambda:us-east-2:123456789012:layer:my-layer"})
  void every_layer_operation_answers_as_for_a_missing_layer(String layerName) {
    GrantsError missing = new GrantsError.LayerVersionNotFound(LayerName.validate(layerName).get()
        .resolve(Region.of(Fixtures.REGION), AccountId.of(Fixtures.OWNER)).version(1));

    assertThat(grants.layerVersions().get(Fixtures.getLayerVersion().layerName(layerName).build()))
        .isEqualTo(Either.left(missing));
    assertThat(grants.layerVersions().delete(Fixtures.deleteLayerVersion().layerName(layerName).build()))
        .isEqualTo(Either.right(new DeleteLayerVersionResult(false)));
    assertThat(grants.layerVersionPermissions().add(
            Fixtures.addLayerVersionPermission().layerName(layerName).build()))
        .isEqualTo(Either.left(missing));
    assertThat(grants.layerVersionPermissions().getPolicy(
            Fixtures.getLayerVersionPolicy().layerName(layerName).build()))
        .isEqualTo(Either.left(missing));
    assertThat(grants.layerVersionPermissions().remove(
            Fixtures.removeLayerVersionPermission().layerName(layerName).build()))
        .isEqualTo(Either.left(missing));
  }
}
