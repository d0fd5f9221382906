package dev.grants.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConstraintTest {

  @Test
  void not_null_admits_every_present_value() {
    assertThat(Constraint.notNull().admits("")).isTrue();
    assertThat(Constraint.notNull().admits(null)).isFalse();
  }

  @Test
  void length_bounds_are_inclusive() {
    assertThat(Constraint.minLength(2).admits("ab")).isTrue();
    assertThat(Constraint.minLength(2).admits("a")).isFalse();
    assertThat(Constraint.maxLength(2).admits("ab")).isTrue();
    assertThat(Constraint.maxLength(2).admits("abc")).isFalse();
    assertThat(Constraint.minLength(0).admits("")).isTrue();
  }

  @Test
  void a_pattern_keeps_the_models_text_verbatim_and_is_compiled_once() {
    Constraint.MatchesPattern pattern = Constraint.pattern("\\d{12}|\\*");

    assertThat(pattern.regex()).isEqualTo("\\d{12}|\\*");
    assertThat(pattern.compiled().pattern()).isEqualTo("\\d{12}|\\*");
    assertThat(pattern.admits("*")).isTrue();
    assertThat(pattern.admits("**")).isFalse();
  }

  @Test
  void patterns_are_equal_when_their_text_is() {
    assertThat(Constraint.pattern("a+")).isEqualTo(Constraint.pattern("a+"));
    assertThat(Constraint.pattern("a+")).hasSameHashCodeAs(Constraint.pattern("a+"));
    assertThat(Constraint.pattern("a+")).isNotEqualTo(Constraint.pattern("a*"));
  }

  @Test
  void a_pattern_whose_compiled_form_differs_from_its_text_is_refused() {
    assertThatThrownBy(() -> new Constraint.MatchesPattern("a+", Pattern.compile("b+")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void one_of_copies_its_values() {
    List<String> values = new ArrayList<>(List.of("a"));
    Constraint.OneOf oneOf = Constraint.oneOf(values);
    values.add("b");

    assertThat(oneOf.values()).containsExactly("a");
    assertThat(oneOf.admits("b")).isFalse();
  }

  @Test
  void each_member_delegates_to_its_item_constraint() {
    assertThat(Constraint.eachMember(Constraint.maxLength(1)).admits("a")).isTrue();
    assertThat(Constraint.eachMember(Constraint.maxLength(1)).admits("ab")).isFalse();
    assertThat(Constraint.eachMember(Constraint.maxLength(1)).each()).isEqualTo(Constraint.maxLength(1));
  }
}
