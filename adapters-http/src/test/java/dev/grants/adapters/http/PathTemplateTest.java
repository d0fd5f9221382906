package dev.grants.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {
  private static final PathTemplate POLICY =
      PathTemplate.parse("/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy");

  @Test
  void labels_are_percent_decoded_and_literals_compared_as_written() {
    assertThat(POLICY.match(PathTemplate.split("/2018-10-31/layers/my%2Dlayer/versions/1/policy")))
        .containsExactly(Map.entry("LayerName", "my-layer"), Map.entry("VersionNumber", "1"));
    assertThat(POLICY.match(PathTemplate.split("/2018-10-31/layers/my-layer/versions/1/%70olicy"))).isNull();
    assertThat(POLICY.match(PathTemplate.split("/2018-10-31/layers/my-layer/version/1/policy"))).isNull();
  }

  @Test
  void a_label_matches_an_empty_segment_so_that_the_codec_answers_it() {
    assertThat(POLICY.match(PathTemplate.split("/2018-10-31/layers//versions//policy")))
        .containsExactly(Map.entry("LayerName", ""), Map.entry("VersionNumber", ""));
  }

  @Test
  void a_path_of_another_length_does_not_match_even_by_a_slash_at_the_end() {
    assertThat(POLICY.match(PathTemplate.split("/2018-10-31/layers/my-layer/versions/1/policy/"))).isNull();
    assertThat(POLICY.match(PathTemplate.split("/2018-10-31/layers/my-layer/versions/1"))).isNull();
    assertThat(POLICY.match(PathTemplate.split(""))).isNull();
  }

  @Test
  void a_plus_in_a_path_label_stays_a_plus() {
    assertThat(PathTemplate.parse("/signing-profiles/{profileName}").match(PathTemplate.split("/signing-profiles/a+b")))
        .containsExactly(Map.entry("profileName", "a+b"));
  }

  @Test
  void a_template_without_a_leading_slash_or_with_an_empty_or_repeated_label_is_refused() {
    assertThatThrownBy(() -> PathTemplate.parse("signing-profiles/{profileName}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PathTemplate.parse("/signing-profiles/{}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PathTemplate.parse("/a/{x}/b/{x}")).isInstanceOf(IllegalArgumentException.class);
  }
}
