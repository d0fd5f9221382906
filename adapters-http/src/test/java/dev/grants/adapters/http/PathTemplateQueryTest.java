package dev.grants.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates that name query members, as the model's request URI of GetLayerVersionByArn does. */
class PathTemplateQueryTest {
  private static final PathTemplate BY_ARN = PathTemplate.parse("/2018-10-31/layers?find=LayerVersion");
  private static final PathTemplate LIST = PathTemplate.parse("/2018-10-31/layers");
  private static final String[] LAYERS = PathTemplate.split("/2018-10-31/layers");

  @Test
  void a_template_with_a_query_member_matches_only_a_request_that_gives_it_that_value() {
    assertThat(BY_ARN.match(LAYERS, Map.of("find", List.of("LayerVersion"), "Arn", List.of("a")))).isEmpty();
    assertThat(BY_ARN.match(LAYERS, Map.of())).isNull();
    assertThat(BY_ARN.match(LAYERS, Map.of("find", List.of("Layer")))).isNull();
    assertThat(BY_ARN.match(LAYERS, Map.of("find", List.of()))).isNull();
    assertThat(BY_ARN.match(PathTemplate.split("/2018-10-31/layers/x"), Map.of("find", List.of("LayerVersion"))))
        .isNull();
    assertThat(LIST.match(LAYERS, Map.of("find", List.of("LayerVersion")))).as("the bare path takes any query")
        .isEmpty();
  }

  @Test
  void the_template_requiring_more_query_members_is_the_more_specific() {
    assertThat(BY_ARN.requiredQueryMembers()).isEqualTo(1);
    assertThat(LIST.requiredQueryMembers()).isZero();
  }

  @Test
  void a_query_member_that_is_not_name_equals_value_once_is_refused() {
    for (String bad : List.of("/a?find", "/a?=x", "/a?find=x&find=y", "/a?")) {
      assertThatThrownBy(() -> PathTemplate.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
