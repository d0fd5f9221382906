package dev.grants.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActionTest {

  @ParameterizedTest
  @CsvSource({
      "lambda:GetLayerVersion, lambda:GetLayerVersion, true",
      "lambda:*, lambda:GetLayerVersion, true",
      "*, lambda:GetLayerVersion, true",
      "*, s3:GetObject, true",
      "lambda:Get*, lambda:GetLayerVersion, true",
      "lambda:*Version, lambda:GetLayerVersion, true",
      "lambda:GetLayer?ersion, lambda:GetLayerVersion, true",
      "LAMBDA:getlayerversion, lambda:GetLayerVersion, true",
      "lambda:GetLayerVersion, Lambda:GETLAYERVERSION, true",
      "lambda:GetLayerVersion, lambda:GetLayerVersionPolicy, false",
      "lambda:GetLayerVersionPolicy, lambda:GetLayerVersion, false",
      "lambda:Get?, lambda:GetLayerVersion, false",
      "s3:*, lambda:GetLayerVersion, false",
      "lambda:List*, lambda:GetLayerVersion, false"
  })
  void an_action_matches_by_glob_case_insensitively(String granted, String requested, boolean matches) {
    assertThat(Action.of(granted).matches(Action.of(requested))).isEqualTo(matches);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "lambda", "lambda:", ":GetLayerVersion", "lambda:Get Layer", "lambda:Get-Layer",
      "lambda:GetLayerVersion:1", "lam_bda:Get", "**"})
  void an_action_is_star_or_service_colon_operation(String text) {
    assertThatThrownBy(() -> Action.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {128, 129})
  void an_action_is_at_most_128_characters(int length) {
    String text = "lambda:" + "a".repeat(length - "lambda:".length());
    if (length <= 128) {
      assertThat(Action.of(text).value()).hasSize(length);
    } else {
      assertThatThrownBy(() -> Action.of(text)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
