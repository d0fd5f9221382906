package dev.grants.domain.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Partition;
import org.junit.jupiter.api.Test;
import io.vavr.control.Either;

class LayerArnTest {
  private static final LayerArn LAYER = new LayerArn(Partition.AWS, "us-east-2", AccountId.of("123456789012"), "my-layer");

  @Test
  void a_layer_arn_is_written_in_the_lambda_form() {
    assertThat(LAYER).hasToString("arn:aws:lambda:us-east-2:123456789012:layer:my-layer");
    assertThat(LAYER.arn()).isEqualTo(Arn.parse("arn:aws:lambda:us-east-2:123456789012:layer:my-layer").get());
  }

  @Test
  void a_version_arn_is_the_layer_arn_and_the_number() {
    LayerVersionArn version = LAYER.version(7);

    assertThat(version).hasToString("arn:aws:lambda:us-east-2:123456789012:layer:my-layer:7");
    assertThat(version.arn()).isEqualTo(Arn.parse("arn:aws:lambda:us-east-2:123456789012:layer:my-layer:7").get());
    assertThat(version.layer()).isEqualTo(LAYER);
  }

  @Test
  void a_version_is_at_least_one() {
    assertThatThrownBy(() -> LAYER.version(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LAYER.version(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_version_number_below_one_is_refused_as_a_value() {
    assertThat(LayerVersionNumber.check(0)).isEqualTo(Either.left(new GrantsError.LayerVersionNumberBelowOne(0)));
    assertThat(LayerVersionNumber.check(Long.MIN_VALUE))
        .isEqualTo(Either.left(new GrantsError.LayerVersionNumberBelowOne(Long.MIN_VALUE)));
    assertThat(LayerVersionNumber.check(1)).isEqualTo(Either.right(1L));
    assertThat(LayerVersionNumber.check(Long.MAX_VALUE)).isEqualTo(Either.right(Long.MAX_VALUE));
  }

  @Test
  void a_layer_arn_has_a_region_and_a_name() {
    assertThatThrownBy(() -> new LayerArn(Partition.AWS, "", AccountId.of("123456789012"), "n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LayerArn(Partition.AWS, "us-east-2", AccountId.of("123456789012"), ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
