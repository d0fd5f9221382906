package dev.grants.domain.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RevisionIdTest {

  @Test
  void a_lowercase_uuid_v4_is_a_revision() {
    RevisionId revision = RevisionId.of("35d87451-f796-4a3f-a618-95a3671b0a0c");

    assertThat(revision.value()).isEqualTo("35d87451-f796-4a3f-a618-95a3671b0a0c");
    assertThat(revision).hasToString("35d87451-f796-4a3f-a618-95a3671b0a0c");
  }

  @ParameterizedTest
  @ValueSource(strings = {"8", "9", "a", "b"})
  void every_ietf_variant_digit_is_admitted(String variant) {
    assertThat(RevisionId.isUuidV4("35d87451-f796-4a3f-" + variant + "618-95a3671b0a0c")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "35D87451-F796-4A3F-A618-95A3671B0A0C",
      "35d87451-f796-4a3f-a618-95a3671b0a0C",
      "35d87451-f796-1a3f-a618-95a3671b0a0c",
      "35d87451-f796-5a3f-a618-95a3671b0a0c",
      "35d87451-f796-4a3f-c618-95a3671b0a0c",
      "35d87451-f796-4a3f-7618-95a3671b0a0c",
      "35d87451f7964a3fa61895a3671b0a0c",
      "35d87451-f796-4a3f-a618-95a3671b0a0",
      "35d87451-f796-4a3f-a618-95a3671b0a0c0",
      "{5d87451-f796-4a3f-a618-95a3671b0a0}",
      "35d87451_f796_4a3f_a618_95a3671b0a0c",
      "35d87451-f796-4a3f-a618-95a3671b0a0g",
      ""
  })
  void anything_but_a_lowercase_uuid_of_version_4_and_the_ietf_variant_is_refused(String text) {
    assertThat(RevisionId.isUuidV4(text)).isFalse();
    assertThatThrownBy(() -> RevisionId.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void from_bits_sets_the_version_and_variant_and_keeps_every_other_bit() {
    assertThat(RevisionId.fromBits(0, 0).value()).isEqualTo("00000000-0000-4000-8000-000000000000");
    assertThat(RevisionId.fromBits(0, 1).value()).isEqualTo("00000000-0000-4000-8000-000000000001");
    assertThat(RevisionId.fromBits(-1, -1).value()).isEqualTo("ffffffff-ffff-4fff-bfff-ffffffffffff");
    assertThat(RevisionId.fromBits(0x0123456789abcdefL, 0xfedcba9876543210L).value())
        .isEqualTo("01234567-89ab-4def-bedc-ba9876543210");
  }
}
