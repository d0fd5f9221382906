package dev.grants.domain.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerVersionFilterTest {
  private static final LayerArn LAYER = new LayerArn(Partition.AWS, "us-east-2", AccountId.of("123456789012"), "l");

  @Test
  void a_version_passes_when_it_names_the_runtime_and_the_architecture_whole() {
    LayerVersion version = version(List.of("nodejs20.x", "java17"), List.of("arm64"));

    assertThat(LayerVersionFilter.ANY.matches(version)).isTrue();
    assertThat(LayerVersionFilter.of("java17", "arm64").matches(version)).isTrue();
    assertThat(LayerVersionFilter.of("nodejs", null).matches(version)).isFalse();
    assertThat(LayerVersionFilter.of(null, "x86_64").matches(version)).isFalse();
    assertThat(LayerVersionFilter.of("java17", null).matches(version(List.of(), List.of()))).isFalse();
  }

  @Test
  void the_listing_members_are_checked_in_model_order_and_a_filter_outside_the_model_is_not_built() {
    assertThat(LayerVersionFilter.violations("java7", 0, "x86")).containsExactly(
        new Violation("compatibleRuntime", "java7", Constraint.oneOf(LayerVersionDraft.RUNTIMES)),
        new Violation("maxItems", "0", Constraint.minValue(1)),
        new Violation("compatibleArchitecture", "x86", Constraint.oneOf(LayerVersionDraft.ARCHITECTURES)));
    assertThat(LayerVersionFilter.violations(null, 50, null)).isEmpty();
    assertThatThrownBy(() -> LayerVersionFilter.of("java7", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_layer_version_arn_is_read_with_its_number_as_written() {
    assertThat(LayerVersionArn.validate("arn:aws:lambda:us-east-2:123456789012:layer:l:7").get())
        .isEqualTo(new LayerVersionArn.Numbered(LAYER, 7));
    assertThat(LayerVersionArn.validate("arn:aws:lambda:us-east-2:123456789012:layer:l:0").get().number()).isZero();
    assertThat(LayerVersionArn.validate("arn:aws:lambda:us-east-2:123456789012:layer:l:99999999999999999999").get()
        .number()).isEqualTo(Long.MAX_VALUE);
    assertThat(LayerVersionArn.validate("arn:aws:lambda:us-east-2:123456789012:layer:l").getError())
        .containsExactly(new Violation("arn", "arn:aws:lambda:us-east-2:123456789012:layer:l",
            Constraint.pattern(LayerVersionArn.PATTERN)));
  }

  private static LayerVersion version(List<String> runtimes, List<String> architectures) {
    return new LayerVersion(LAYER.version(1), null, Instant.EPOCH, new LayerContent("x", 1), runtimes, null,
        architectures);
  }
}
