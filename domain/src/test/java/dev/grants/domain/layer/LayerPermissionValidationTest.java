package dev.grants.domain.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayerPermissionValidationTest {
  private static final String STATEMENT_ID_PATTERN = "([a-zA-Z0-9-_]+)";
  private static final String ACTION_PATTERN = "lambda:GetLayerVersion";
  private static final String PRINCIPAL_PATTERN = "\\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root";
  private static final String ORGANIZATION_PATTERN = "o-[a-z0-9]{10,32}";

  @Test
  void the_members_patterns_are_the_models_verbatim() {
    assertThat(LayerPermission.PRINCIPAL.check("12"))
        .singleElement()
        .extracting(Violation::constraint)
        .isInstanceOfSatisfying(Constraint.MatchesPattern.class,
            pattern -> assertThat(pattern.regex()).isEqualTo("\\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root"));
    assertThat(LayerPermission.STATEMENT_ID.member()).isEqualTo("statementId");
    assertThat(LayerPermission.ACTION.member()).isEqualTo("action");
    assertThat(LayerPermission.PRINCIPAL.member()).isEqualTo("principal");
    assertThat(LayerPermission.ORGANIZATION_ID.member()).isEqualTo("organizationId");
  }

  @Test
  void the_seed_request_is_valid() {
    LayerPermission permission =
        LayerPermission.validate("xaccount", "lambda:GetLayerVersion", "223456789012", null).get();

    assertThat(permission.statementId()).isEqualTo(StatementId.of("xaccount"));
    assertThat(permission.action()).isEqualTo(Action.LAMBDA_GET_LAYER_VERSION);
    assertThat(permission.principal()).isEqualTo("223456789012");
    assertThat(permission.organizationId()).isNull();
    assertThat(permission.organization()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"223456789012", "*", "arn:aws:iam::223456789012:root", "arn:aws-cn:iam::223456789012:root",
      "arn:aws-us-gov:iam::223456789012:root", "arn:aws-iso-b:iam::223456789012:root"})
  void an_account_id_star_or_an_account_root_arn_is_a_principal(String principal) {
    assertThat(LayerPermission.validate("s", "lambda:GetLayerVersion", principal, null).isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "22345678901", "2234567890123", "**", "arn:aws:iam::223456789012:role/reader",
      "arn:aws:iam::223456789012:user/alice", "arn:gcp:iam::223456789012:root", "arn:aws:iam:us-east-1:223456789012:root",
      "arn:aws:sts::223456789012:root", "arn:aws1:iam::223456789012:root", "lambda.amazonaws.com"})
  void anything_else_fails_the_principal_pattern(String principal) {
    assertThat(LayerPermission.validate("s", "lambda:GetLayerVersion", principal, null).getError())
        .containsExactly(new Violation("principal", principal, Constraint.pattern(PRINCIPAL_PATTERN)));
  }

  @Test
  void missing_required_members_are_each_not_null_and_a_missing_organization_is_fine() {
    assertThat(LayerPermission.validate(null, null, null, null).getError())
        .containsExactly(
            new Violation("statementId", null, Constraint.notNull()),
            new Violation("action", null, Constraint.notNull()),
            new Violation("principal", null, Constraint.notNull()));
  }

  @Test
  void every_violation_is_reported_in_the_order_statement_id_action_principal_organization_id() {
    String action = "lambda:GetLayerVersions"; // 23 characters
    assertThat(LayerPermission.validate("bad id!", action, "12", "o-short").getError())
        .containsExactly(
            new Violation("statementId", "bad id!", Constraint.pattern(STATEMENT_ID_PATTERN)),
            new Violation("action", action, Constraint.maxLength(22)),
            new Violation("action", action, Constraint.pattern(ACTION_PATTERN)),
            new Violation("principal", "12", Constraint.pattern(PRINCIPAL_PATTERN)),
            new Violation("organizationId", "o-short", Constraint.pattern(ORGANIZATION_PATTERN)));
  }

  @Test
  void a_statement_id_is_one_to_a_hundred_characters_of_its_pattern() {
    assertThat(LayerPermission.validate("a".repeat(100), ACTION_PATTERN, "*", null).isValid()).isTrue();
    assertThat(LayerPermission.validate("a".repeat(101), ACTION_PATTERN, "*", null).getError())
        .containsExactly(new Violation("statementId", "a".repeat(101), Constraint.maxLength(100)));
    assertThat(LayerPermission.validate("", ACTION_PATTERN, "*", null).getError())
        .containsExactly(
            new Violation("statementId", "", Constraint.minLength(1)),
            new Violation("statementId", "", Constraint.pattern(STATEMENT_ID_PATTERN)));
  }

  @Test
  void the_only_action_is_lambda_get_layer_version_exactly() {
    assertThat(LayerPermission.validate("s", "lambda:getlayerversion", "*", null).getError())
        .containsExactly(new Violation("action", "lambda:getlayerversion", Constraint.pattern(ACTION_PATTERN)));
    assertThat(LayerPermission.validate("s", "lambda:*", "*", null).getError())
        .containsExactly(new Violation("action", "lambda:*", Constraint.pattern(ACTION_PATTERN)));
    assertThat(LayerPermission.validate("s", "", "*", null).getError())
        .containsExactly(new Violation("action", "", Constraint.pattern(ACTION_PATTERN)));
  }

  @Test
  void an_organization_id_is_at_most_34_characters_of_its_pattern() {
    String longest = "o-" + "a".repeat(32);
    String tooLong = "o-" + "a".repeat(33);

    assertThat(LayerPermission.validate("s", ACTION_PATTERN, "*", longest).isValid()).isTrue();
    assertThat(LayerPermission.validate("s", ACTION_PATTERN, "*", tooLong).getError())
        .containsExactly(
            new Violation("organizationId", tooLong, Constraint.maxLength(34)),
            new Violation("organizationId", tooLong, Constraint.pattern(ORGANIZATION_PATTERN)));
    assertThat(LayerPermission.validate("s", ACTION_PATTERN, "*", "").getError())
        .containsExactly(new Violation("organizationId", "", Constraint.pattern(ORGANIZATION_PATTERN)));
  }

  @Test
  void lengths_count_code_points_not_chars() {
    String faces = "\uD83D\uDE00".repeat(100); // 100 code points, 200 chars

    assertThat(LayerPermission.validate(faces, ACTION_PATTERN, "*", null).getError())
        .containsExactly(new Violation("statementId", faces, Constraint.pattern(STATEMENT_ID_PATTERN)));
  }

  @Test
  void the_constructor_refuses_what_validation_refuses() {
    assertThatThrownBy(() -> new LayerPermission(StatementId.of("s"), Action.LAMBDA_GET_LAYER_VERSION, "12", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LayerPermission(StatementId.of("s"), Action.of("lambda:*"), "*", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LayerPermission(StatementId.of("s"), Action.LAMBDA_GET_LAYER_VERSION, "*", "o-x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
