package dev.grants.domain.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class ExpectedRevisionTest {
  private static final RevisionId CURRENT = RevisionId.of("35d87451-f796-4a3f-a618-95a3671b0a0c");

  @Test
  void an_absent_or_empty_request_member_expects_nothing_in_particular() {
    assertThat(ExpectedRevision.fromRequest(null)).isSameAs(ExpectedRevision.any());
    assertThat(ExpectedRevision.fromRequest("")).isSameAs(ExpectedRevision.any());
  }

  @Test
  void a_given_request_member_expects_exactly_its_text() {
    assertThat(ExpectedRevision.fromRequest(CURRENT.value())).isEqualTo(ExpectedRevision.exactly(CURRENT.value()));
    assertThat(ExpectedRevision.fromRequest(" ")).isEqualTo(ExpectedRevision.exactly(" "));
  }

  @Test
  void no_expectation_admits_any_current_revision_and_no_policy_at_all() {
    assertThat(ExpectedRevision.any().admits(Option.none())).isTrue();
    assertThat(ExpectedRevision.any().admits(Option.some(CURRENT))).isTrue();
  }

  @Test
  void an_exact_expectation_admits_only_the_equal_revision() {
    assertThat(ExpectedRevision.exactly(CURRENT.value()).admits(Option.some(CURRENT))).isTrue();
    assertThat(ExpectedRevision.exactly("35d87451-f796-4a3f-a618-95a3671b0a0d").admits(Option.some(CURRENT)))
        .isFalse();
  }

  @Test
  void an_exact_expectation_compares_text_so_an_uppercase_or_malformed_one_never_matches() {
    assertThat(ExpectedRevision.exactly(CURRENT.value().toUpperCase()).admits(Option.some(CURRENT))).isFalse();
    assertThat(ExpectedRevision.exactly(" " + CURRENT.value()).admits(Option.some(CURRENT))).isFalse();
    assertThat(ExpectedRevision.exactly("not-a-revision").admits(Option.some(CURRENT))).isFalse();
  }

  @Test
  void an_exact_expectation_never_admits_a_policy_that_does_not_exist_yet() {
    assertThat(ExpectedRevision.exactly(CURRENT.value()).admits(Option.none())).isFalse();
  }

  @Test
  void an_exact_expectation_is_non_empty() {
    assertThatThrownBy(() -> ExpectedRevision.exactly("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExpectedRevision.exactly(null)).isInstanceOf(NullPointerException.class);
  }
}
