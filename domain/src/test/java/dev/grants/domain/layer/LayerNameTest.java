package dev.grants.domain.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Region;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayerNameTest {
  private static final Region US_EAST_2 = Region.of("us-east-2");
  private static final AccountId OWNER = AccountId.of("123456789012");
  private static final String PATTERN =
      "(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+";

  @Test
  void the_rule_is_the_models() {
    assertThat(LayerName.PATTERN).isEqualTo(PATTERN);
    assertThat(LayerName.RULE.member()).isEqualTo("layerName");
  }

  @Test
  void a_name_resolves_in_the_callers_region_and_account() {
    LayerArn layer = LayerName.validate("my-layer").get().resolve(US_EAST_2, OWNER);

    assertThat(layer).isEqualTo(new LayerArn(Partition.AWS, "us-east-2", OWNER, "my-layer"));
    assertThat(layer).hasToString("arn:aws:lambda:us-east-2:123456789012:layer:my-layer");
  }

  @Test
  void a_name_resolves_in_the_partition_of_the_callers_region() {
    assertThat(LayerName.validate("my-layer").get().resolve(Region.of("cn-north-1"), OWNER))
        .hasToString("arn:aws-cn:lambda:cn-north-1:123456789012:layer:my-layer");
    assertThat(LayerName.validate("my-layer").get().resolve(Region.of("us-gov-west-1"), OWNER))
        .hasToString("arn:aws-us-gov:lambda:us-gov-west-1:123456789012:layer:my-layer");
  }

  @Test
  void a_name_and_its_arn_address_the_same_layer() {
    LayerArn byName = LayerName.validate("my-layer").get().resolve(US_EAST_2, OWNER);
    LayerArn byArn =
        LayerName.validate("arn:aws:lambda:us-east-2:123456789012:layer:my-layer").get().resolve(US_EAST_2, OWNER);

    assertThat(byArn).isEqualTo(byName);
  }

  @Test
  void an_arn_names_its_own_partition_region_and_account_whoever_calls() {
    LayerName name = LayerName.validate("arn:aws-cn:lambda:cn-north-1:223456789012:layer:shared_layer").get();

    assertThat(name.isArn()).isTrue();
    assertThat(name.resolve(US_EAST_2, OWNER))
        .isEqualTo(new LayerArn(Partition.AWS_CN, "cn-north-1", AccountId.of("223456789012"), "shared_layer"));
  }

  @Test
  void a_bare_name_is_not_an_arn() {
    assertThat(LayerName.validate("my-layer").get().isArn()).isFalse();
    assertThat(LayerName.validate("arn").get().isArn()).isFalse();
  }

  @Test
  void a_name_of_140_characters_is_the_longest() {
    assertThat(LayerName.validate("a".repeat(140)).isValid()).isTrue();
    assertThat(LayerName.validate("a".repeat(141)).getError())
        .containsExactly(new Violation("layerName", "a".repeat(141), Constraint.maxLength(140)));
  }

  @Test
  void an_empty_name_fails_both_length_and_pattern() {
    assertThat(LayerName.validate("").getError())
        .containsExactly(
            new Violation("layerName", "", Constraint.minLength(1)),
            new Violation("layerName", "", Constraint.pattern(PATTERN)));
  }

  @Test
  void a_missing_name_is_not_null() {
    assertThat(LayerName.validate(null).getError())
        .containsExactly(new Violation("layerName", null, Constraint.notNull()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"my layer", "my.layer", "my/layer", "caf\u00e9", "arn:aws:lambda:us-east-2:123456789012:layer",
      "arn:aws:lambda:us-east-2:12345678901:layer:my-layer", "arn:aws:s3:us-east-2:123456789012:layer:my-layer",
      "arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1", "arn:aws:lambda::123456789012:layer:my-layer"})
  void anything_else_fails_the_pattern(String text) {
    assertThat(LayerName.validate(text).getError())
        .containsExactly(new Violation("layerName", text, Constraint.pattern(PATTERN)));
    assertThatThrownBy(() -> new LayerName(text)).isInstanceOf(IllegalArgumentException.class);
  }
  @ParameterizedTest
  @ValueSource(strings = {"arn:foo:lambda:us-east-2:123456789012:layer:my-layer",
      "arn:aws1:lambda:us-east-2:123456789012:layer:my-layer", "arn:AWS:lambda:us-east-2:123456789012:layer:my-layer",
      // Regression: a partition over 32 characters was valid, then threw on resolving (a 500 on the endpoint).
      "arn:a-partition-name-longer-than-32-characters:lambda:us-east-2:123456789012:layer:my-layer"})
  void an_arn_in_a_partition_no_one_has_is_valid_and_resolves_to_that_partition(String text) {
    LayerArn layer = LayerName.validate(text).get().resolve(US_EAST_2, OWNER);

    assertThat(layer.partition().name()).isEqualTo(text.split(":")[1]);
    assertThat(layer.toString()).isEqualTo(text);
  }

  @Test
  void every_valid_layer_name_resolves() {
    for (String text : new String[] {"arn:aws-iso-f:lambda:us-isof-south-1:123456789012:layer:x",
        "arn:aws:lambda:US-EAST-2:123456789012:layer:x", "A_b-9"}) {
      assertThat(LayerName.validate(text).get().resolve(US_EAST_2, OWNER).name()).isIn("x", "A_b-9");
    }
  }
}
