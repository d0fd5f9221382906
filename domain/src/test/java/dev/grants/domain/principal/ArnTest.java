package dev.grants.domain.principal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArnTest {

  @Test
  void parsing_splits_the_six_parts() {
    Arn arn = Arn.parse("arn:aws:iam::223456789012:root").get();

    assertThat(arn.partition()).isEqualTo(Partition.AWS);
    assertThat(arn.service()).isEqualTo("iam");
    assertThat(arn.region()).isEmpty();
    assertThat(arn.account()).isEqualTo("223456789012");
    assertThat(arn.resource()).isEqualTo("root");
  }

  @Test
  void the_resource_part_keeps_its_colons_and_slashes() {
    Arn arn = Arn.parse("arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1").get();

    assertThat(arn.service()).isEqualTo("lambda");
    assertThat(arn.region()).isEqualTo("us-east-2");
    assertThat(arn.resource()).isEqualTo("layer:my-layer:1");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "arn:aws:iam::223456789012:root",
      "arn:aws-cn:iam::223456789012:role/reader",
      "arn:aws-us-gov:lambda:us-gov-west-1:123456789012:layer:my-layer:7",
      "arn:aws:signer:us-east-1:123456789012:/signing-profiles/MyProfile/abcdef1234",
      "arn:aws:s3:::bucket/key/with:colon",
      "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-1234567890abcdef"
  })
  void parsing_and_printing_round_trip(String text) {
    Arn arn = Arn.parse(text).get();

    assertThat(arn).hasToString(text);
    assertThat(Arn.parse(arn.toString())).contains(arn);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "arn",
      "arn:",
      "ARN:aws:iam::223456789012:root",
      "urn:aws:iam::223456789012:root",
      "arn:aws:iam::223456789012",
      "arn:aws:iam::223456789012:",
      "arn:aws::us-east-1:223456789012:thing",
      "arn::iam::223456789012:root",
      "arn:aws_cn:iam::223456789012:root",
      "arn:aws cn:iam::223456789012:root"
  })
  void anything_but_six_parts_with_a_valid_partition_service_and_resource_is_refused(String text) {
    assertThat(Arn.parse(text)).isEmpty();
  }

  @Test
  void any_partition_the_arn_grammar_allows_parses_even_if_no_such_partition_exists() {
    assertThat(Arn.parse("arn:aws1:iam::223456789012:root").get().partition().name()).isEqualTo("aws1");
    assertThat(Arn.parse("arn:AWS:iam::223456789012:root").get().partition().name()).isEqualTo("AWS");
  }

  @Test
  void parsing_null_gives_none() {
    assertThat(Arn.parse(null)).isEmpty();
  }

  @Test
  void the_account_part_is_an_account_id_only_when_it_is_twelve_digits() {
    assertThat(Arn.parse("arn:aws:iam::223456789012:root").get().accountId())
        .contains(AccountId.of("223456789012"));
    assertThat(Arn.parse("arn:aws:s3:::bucket").get().accountId()).isEmpty();
    assertThat(Arn.parse("arn:aws:iam::aws:policy/ReadOnlyAccess").get().accountId()).isEmpty();
  }

  @Test
  void only_the_resource_part_may_hold_a_colon() {
    assertThatThrownBy(() -> Arn.of(Partition.AWS, "iam", "us:east", "", "root"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Arn.of(Partition.AWS, "i:am", "", "", "root"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Arn.of(Partition.AWS, "iam", "", "1:2", "root"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Arn.of(Partition.AWS, "lambda", "us-east-2", "123456789012", "layer:a:1"))
        .hasToString("arn:aws:lambda:us-east-2:123456789012:layer:a:1");
  }

  @Test
  void an_arn_has_a_service_and_a_resource() {
    assertThatThrownBy(() -> Arn.of(Partition.AWS, "", "", "", "root"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Arn.of(Partition.AWS, "iam", "", "", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
