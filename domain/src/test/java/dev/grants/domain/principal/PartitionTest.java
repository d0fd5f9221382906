package dev.grants.domain.principal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartitionTest {

  @ParameterizedTest
  @CsvSource({
      "us-east-1, aws",
      "us-east-2, aws",
      "eu-west-1, aws",
      "ap-southeast-2, aws",
      "cn-north-1, aws-cn",
      "cn-northwest-1, aws-cn",
      "us-gov-west-1, aws-us-gov",
      "us-gov-east-1, aws-us-gov",
      "us-iso-east-1, aws-iso",
      "us-isob-east-1, aws-iso-b",
      "local, aws",
      "cn, aws",
      "us-gov, aws"
  })
  void the_partition_follows_the_region_prefix(String region, String partition) {
    assertThat(Region.of(region).partition()).isEqualTo(Partition.of(partition));
    assertThat(Partition.forRegion(Region.of(region)).name()).isEqualTo(partition);
  }

  @Test
  void the_class_initializes_and_its_constants_hold_their_names() {
    // Regression: the constants were built before the name pattern they are checked against was initialized,
    // so the first use of Partition failed with an ExceptionInInitializerError.
    assertThat(Partition.AWS.name()).isEqualTo("aws");
    assertThat(Partition.AWS_CN.name()).isEqualTo("aws-cn");
    assertThat(Partition.AWS_US_GOV.name()).isEqualTo("aws-us-gov");
    assertThat(Partition.AWS_ISO.name()).isEqualTo("aws-iso");
    assertThat(Partition.AWS_ISO_B.name()).isEqualTo("aws-iso-b");
  }

  @Test
  void the_known_partitions_are_the_constants() {
    assertThat(Partition.of("aws")).isSameAs(Partition.AWS);
    assertThat(Partition.of("aws-cn")).isSameAs(Partition.AWS_CN);
    assertThat(Partition.of("aws-us-gov")).isSameAs(Partition.AWS_US_GOV);
    assertThat(Partition.of("aws-iso")).isEqualTo(Partition.AWS_ISO);
    assertThat(Partition.of("aws-iso-b")).isEqualTo(Partition.AWS_ISO_B);
    assertThat(Partition.AWS_ISO_B).hasToString("aws-iso-b");
  }

  @Test
  void any_name_the_arn_grammar_allows_is_a_partition() {
    assertThat(Partition.of("aws-iso-f").name()).isEqualTo("aws-iso-f");
    assertThat(Partition.of("awsEusc").name()).isEqualTo("awsEusc");
    assertThat(Partition.of("aws1").name()).isEqualTo("aws1");
    assertThat(Partition.of("gcp").name()).isEqualTo("gcp");
  }

  /**
   * Regression: names were capped at 32 characters, which no model pattern does ({@code arn:[a-zA-Z0-9-]+:lambda:...}
   * for a LayerName, {@code arn:(aws[a-zA-Z-]*):iam::...} for a layer permission's principal, Signer's role ARNs);
   * a layer ARN or principal in such a partition passed validation and then threw, a 500 on the endpoint.
   */
  @ParameterizedTest
  @ValueSource(strings = {"a-name-far-longer-than-any-partition", "awsaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "aws-xXby-Zz--za-babybYYyXyy-bXX-yZ-and-more-and-more-and-more-and-more"})
  void a_name_longer_than_any_partition_has_is_still_one_the_arn_grammar_allows(String name) {
    assertThat(Partition.of(name).name()).isEqualTo(name);
    assertThat(Arn.parse("arn:" + name + ":iam::223456789012:role/reader").map(Arn::partition))
        .containsExactly(Partition.of(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "aws_cn", "aws cn", "aws:cn", "aws/cn", "aws\u00e9"})
  void a_name_outside_the_arn_grammar_is_refused(String name) {
    assertThatThrownBy(() -> Partition.of(name)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"us-east-2", "cn-north-1", "us-gov-west-1", "local", "eu-central-1"})
  void lowercase_words_of_letters_and_digits_joined_by_dashes_are_region_names(String name) {
    assertThat(Region.isRegionName(name)).isTrue();
    assertThat(Region.of(name).name()).isEqualTo(name);
    assertThat(Region.of(name)).hasToString(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "US-EAST-1", "us_east_1", "-us-east-1", "us-east-1-", "us--east-1", "us east 1",
      "us-east-1.", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
  void anything_else_is_not_a_region_name(String name) {
    assertThat(Region.isRegionName(name)).isFalse();
    assertThatThrownBy(() -> Region.of(name)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void null_is_not_a_region_name() {
    assertThat(Region.isRegionName(null)).isFalse();
  }
}
