package dev.grants.domain.principal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountIdTest {

  @Test
  void twelve_ascii_digits_are_an_account_id() {
    AccountId id = AccountId.of("123456789012");

    assertThat(id.value()).isEqualTo("123456789012");
    assertThat(id).hasToString("123456789012");
    assertThat(AccountId.parse("000000000000")).contains(AccountId.of("000000000000"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345678901", "1234567890123", "12345678901a", " 23456789012", "1234-5678-90",
      "١٢٣٤٥٦٧٨٩٠١٢", "１２３４５６７８９０１２"})
  void anything_but_twelve_ascii_digits_is_refused(String text) {
    assertThat(AccountId.isAccountId(text)).isFalse();
    assertThat(AccountId.parse(text)).isEmpty();
    assertThatThrownBy(() -> AccountId.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parsing_null_gives_none_and_constructing_from_null_throws() {
    assertThat(AccountId.parse(null)).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> AccountId.of(null));
  }

  @Test
  void the_root_arn_is_written_in_the_given_partition() {
    AccountId id = AccountId.of("223456789012");

    assertThat(id.rootArn(Partition.AWS)).hasToString("arn:aws:iam::223456789012:root");
    assertThat(id.rootArn(Partition.AWS_CN)).hasToString("arn:aws-cn:iam::223456789012:root");
    assertThat(id.rootArn(Partition.AWS_US_GOV)).hasToString("arn:aws-us-gov:iam::223456789012:root");
  }
}
