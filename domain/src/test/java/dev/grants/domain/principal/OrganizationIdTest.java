package dev.grants.domain.principal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationIdTest {

  @Test
  void the_pattern_is_the_models() {
    assertThat(OrganizationId.PATTERN).isEqualTo("o-[a-z0-9]{10,32}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"o-a1b2c3d4e5", "o-0123456789", "o-abcdefghijklmnopqrstuvwxyz012345"})
  void o_dash_and_ten_to_thirty_two_lowercase_letters_or_digits_are_an_organization_id(String text) {
    assertThat(OrganizationId.of(text).value()).isEqualTo(text);
    assertThat(OrganizationId.parse(text)).contains(OrganizationId.of(text));
    assertThat(OrganizationId.of(text)).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "o-", "o-a1b2c3d4e", "o-abcdefghijklmnopqrstuvwxyz0123456", "o-A1B2C3D4E5",
      "a1b2c3d4e5", "O-a1b2c3d4e5", "o_a1b2c3d4e5", "o-a1b2c3d4e5 ", "o-a1b2c3d4é5"})
  void anything_else_is_refused(String text) {
    assertThat(OrganizationId.parse(text)).isEmpty();
    assertThatThrownBy(() -> OrganizationId.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parsing_null_gives_none() {
    assertThat(OrganizationId.parse(null)).isEmpty();
  }
}
