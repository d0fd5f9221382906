package dev.grants.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberRuleTest {
  private static final MemberRule NAME =
      MemberRule.required("name").minLength(1).maxLength(3).pattern("[a-z]+");

  @Test
  void a_missing_required_member_is_one_not_null_violation_whatever_else_is_declared() {
    assertThat(NAME.check(null)).containsExactly(new Violation("name", null, Constraint.notNull()));
  }

  @Test
  void a_missing_optional_member_is_not_checked_further() {
    assertThat(MemberRule.optional("name").minLength(1).pattern("[a-z]+").check(null)).isEmpty();
  }

  @Test
  void a_value_that_satisfies_every_constraint_has_no_violation() {
    assertThat(NAME.check("abc")).isEmpty();
    assertThat(NAME.validate("abc").isValid()).isTrue();
    assertThat(NAME.validate("abc").get()).isEqualTo("abc");
  }

  @Test
  void every_failed_constraint_is_one_violation_in_declaration_order() {
    assertThat(NAME.check(""))
        .containsExactly(
            new Violation("name", "", Constraint.minLength(1)),
            new Violation("name", "", Constraint.pattern("[a-z]+")));
    assertThat(NAME.check("ABCD"))
        .containsExactly(
            new Violation("name", "ABCD", Constraint.maxLength(3)),
            new Violation("name", "ABCD", Constraint.pattern("[a-z]+")));
    assertThat(MemberRule.required("name").pattern("[a-z]+").maxLength(3).check("ABCD"))
        .containsExactly(
            new Violation("name", "ABCD", Constraint.pattern("[a-z]+")),
            new Violation("name", "ABCD", Constraint.maxLength(3)));
  }

  @Test
  void validate_reports_the_same_violations_as_check() {
    assertThat(NAME.validate("ABCD").getError().toJavaList()).isEqualTo(NAME.check("ABCD"));
    assertThat(NAME.validate(null).getError().toJavaList())
        .containsExactly(new Violation("name", null, Constraint.notNull()));
  }

  @Test
  void lengths_are_counted_in_code_points() {
    String threeFaces = "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00"; // 3 code points, 6 chars
    MemberRule atMostThree = MemberRule.required("m").maxLength(3);
    MemberRule atLeastTwo = MemberRule.required("m").minLength(2);

    assertThat(atMostThree.check(threeFaces)).isEmpty();
    assertThat(atMostThree.check(threeFaces + "\uD83D\uDE00"))
        .containsExactly(new Violation("m", threeFaces + "\uD83D\uDE00", Constraint.maxLength(3)));
    assertThat(atLeastTwo.check("\uD83D\uDE00"))
        .containsExactly(new Violation("m", "\uD83D\uDE00", Constraint.minLength(2)));
    assertThat(atLeastTwo.check("\uD83D\uDE00\uD83D\uDE00")).isEmpty();
  }

  @Test
  void a_pattern_must_match_the_whole_value() {
    MemberRule digits = MemberRule.required("m").pattern("\\d{3}");

    assertThat(digits.check("123")).isEmpty();
    assertThat(digits.check("1234")).hasSize(1);
    assertThat(digits.check("x123")).hasSize(1);
  }

  @Test
  void one_of_admits_only_the_listed_values_exactly() {
    MemberRule arch = MemberRule.required("arch").oneOf(List.of("x86_64", "arm64"));

    assertThat(arch.check("arm64")).isEmpty();
    assertThat(arch.check("ARM64"))
        .containsExactly(new Violation("arch", "ARM64", Constraint.oneOf(List.of("x86_64", "arm64"))));
  }

  @Test
  void the_member_name_is_kept() {
    assertThat(NAME.member()).isEqualTo("name");
  }

  @Test
  void a_list_over_its_maximum_is_one_max_items_violation_rendered_as_the_list() {
    MemberRule rule = MemberRule.optional("archs").with(Constraint.maxItems(2)).oneOf(List.of("x86_64", "arm64"));

    assertThat(rule.checkList(List.of("x86_64", "arm64", "arm64")))
        .containsExactly(new Violation("archs", "[x86_64, arm64, arm64]", Constraint.maxItems(2)));
    assertThat(rule.checkList(List.of("x86_64", "arm64"))).isEmpty();
    assertThat(rule.checkList(List.of())).isEmpty();
  }

  @Test
  void items_failing_a_constraint_are_one_each_member_violation_however_many_fail() {
    MemberRule rule = MemberRule.optional("archs").with(Constraint.maxItems(2)).oneOf(List.of("x86_64", "arm64"));

    assertThat(rule.checkList(List.of("sparc", "mips")))
        .containsExactly(new Violation(
            "archs", "[sparc, mips]", Constraint.eachMember(Constraint.oneOf(List.of("x86_64", "arm64")))));
  }

  @Test
  void list_violations_come_in_declaration_order() {
    MemberRule rule = MemberRule.optional("archs").with(Constraint.maxItems(2)).oneOf(List.of("x86_64", "arm64"));

    assertThat(rule.checkList(List.of("sparc", "arm64", "x86_64")))
        .extracting(Violation::constraint)
        .containsExactly(
            Constraint.maxItems(2), Constraint.eachMember(Constraint.oneOf(List.of("x86_64", "arm64"))));
  }

  @Test
  void a_missing_item_fails_every_item_constraint() {
    MemberRule rule = MemberRule.optional("runtimes").oneOf(List.of("java17"));

    assertThat(rule.checkList(Arrays.asList("java17", null)))
        .containsExactly(new Violation(
            "runtimes", "[java17, null]", Constraint.eachMember(Constraint.oneOf(List.of("java17")))));
  }

  @Test
  void a_missing_list_is_not_null_when_required_and_fine_when_optional() {
    assertThat(MemberRule.required("runtimes").with(Constraint.maxItems(1)).checkList(null))
        .containsExactly(new Violation("runtimes", null, Constraint.notNull()));
    assertThat(MemberRule.optional("runtimes").with(Constraint.maxItems(1)).checkList(null)).isEmpty();
  }

  @Test
  void rules_are_immutable_each_refinement_is_a_new_rule() {
    MemberRule base = MemberRule.required("m");
    MemberRule refined = base.maxLength(1);

    assertThat(base.check("long")).isEmpty();
    assertThat(refined.check("long")).hasSize(1);
  }

  @Test
  void a_value_the_shortcut_admits_skips_the_constraints() {
    // A shortcut that breaks its contract (it admits an invalid value) shows that it is consulted first.
    MemberRule lying = NAME.shortcut("ABCD"::equals);

    assertThat(lying.check("ABCD")).isEmpty();
    assertThat(lying.admits("ABCD")).isTrue();
    assertThat(lying.check("ABCDE")).hasSize(2);
  }

  @Test
  void where_the_shortcut_does_not_hold_the_constraints_decide() {
    MemberRule withShortcut = NAME.shortcut("abc"::equals);

    assertThat(withShortcut.check("ab")).isEmpty();
    assertThat(withShortcut.check("")).isEqualTo(NAME.check(""));
    assertThat(withShortcut.check(null)).isEqualTo(NAME.check(null));
    assertThat(withShortcut.admits("")).isFalse();
    assertThat(withShortcut.admits(null)).isFalse();
  }

  @Test
  void a_constraint_added_after_the_shortcut_drops_it() {
    MemberRule refined = NAME.shortcut("abc"::equals).maxLength(2);

    assertThat(refined.check("abc")).containsExactly(new Violation("name", "abc", Constraint.maxLength(2)));
  }

  @Test
  void admits_agrees_with_check() {
    for (String value : new String[] {null, "", "a", "abc", "abcd", "ABC", "a1"}) {
      assertThat(NAME.admits(value)).as(String.valueOf(value)).isEqualTo(NAME.check(value).isEmpty());
    }
    assertThat(MemberRule.optional("m").pattern("x").admits(null)).isTrue();
  }
}
