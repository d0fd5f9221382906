package dev.grants.domain.layer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.validation.MemberRule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The loops that let common valid members skip the model's regular expressions must not change a single
 * outcome: each rule gives exactly the violations of the same rule built from the model's text alone.
 */
class LayerPermissionShortcutProperties {
  private static final MemberRule MODEL_STATEMENT_ID =
      MemberRule.required("statementId").minLength(1).maxLength(100).pattern("([a-zA-Z0-9-_]+)");
  private static final MemberRule MODEL_ACTION =
      MemberRule.required("action").minLength(0).maxLength(22).pattern("lambda:GetLayerVersion");
  private static final MemberRule MODEL_PRINCIPAL =
      MemberRule.required("principal").pattern("\\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root");

  @Property(tries = 2000)
  void statement_ids_are_judged_as_the_model_judges_them(@ForAll("statementIds") String value) {
    assertThat(LayerPermission.STATEMENT_ID.check(value)).isEqualTo(MODEL_STATEMENT_ID.check(value));
    assertThat(LayerPermission.STATEMENT_ID.admits(value)).isEqualTo(MODEL_STATEMENT_ID.check(value).isEmpty());
  }

  @Property(tries = 1000)
  void actions_are_judged_as_the_model_judges_them(@ForAll("actions") String value) {
    assertThat(LayerPermission.ACTION.check(value)).isEqualTo(MODEL_ACTION.check(value));
    assertThat(LayerPermission.ACTION.admits(value)).isEqualTo(MODEL_ACTION.check(value).isEmpty());
  }

  @Property(tries = 3000)
  void principals_are_judged_as_the_model_judges_them(@ForAll("principals") String value) {
    assertThat(LayerPermission.PRINCIPAL.check(value)).isEqualTo(MODEL_PRINCIPAL.check(value));
    assertThat(LayerPermission.PRINCIPAL.admits(value)).isEqualTo(MODEL_PRINCIPAL.check(value).isEmpty());
  }

  @Provide
  Arbitrary<String> statementIds() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("aZ09-_").ofMinLength(0).ofMaxLength(105),
        Arbitraries.strings().withChars("aZ09-_:. *\u00e9\u0000").ofMinLength(0).ofMaxLength(5),
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
            .withChars("-_").ofMinLength(98).ofMaxLength(102),
        Arbitraries.strings().ofMinLength(0).ofMaxLength(10));
  }

  @Provide
  Arbitrary<String> actions() {
    return Arbitraries.oneOf(
        Arbitraries.of("lambda:GetLayerVersion", "lambda:getlayerversion", "lambda:GetLayerVersion ",
            "lambda:GetLayerVersions", "lambda:*", "*", ""),
        Arbitraries.strings().withChars("lambd:GetLayrVsio").ofMinLength(0).ofMaxLength(24));
  }

  @Provide
  Arbitrary<String> principals() {
    Arbitrary<String> partition = Arbitraries.oneOf(
        Arbitraries.of("aws", "aws-cn", "aws-us-gov", "aws-iso-b", "awsX", "aws1", "aw", "", "AWS", "gcp", "aws:"),
        Arbitraries.strings().withChars("aws-XZ1:").ofMaxLength(8).map(tail -> "aws" + tail));
    Arbitrary<String> service = Arbitraries.of("iam", "sts", "IAM", "iam:", "");
    Arbitrary<String> region = Arbitraries.of("", "", "", "us-east-1", ":");
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789a").ofMinLength(10).ofMaxLength(14);
    Arbitrary<String> resource = Arbitraries.of("root", "root", "root", "root ", "role/r", "Root", "root:", "");
    Arbitrary<String> arns = Combinators.combine(partition, service, region, digits, resource)
        .as((p, s, r, d, res) -> "arn:" + p + ":" + s + ":" + r + ":" + d + ":" + res);
    return Arbitraries.oneOf(
        arns,
        digits,
        Arbitraries.of("*", "**", " *", "", "223456789012", "arn:aws:iam::223456789012:root"),
        Arbitraries.strings().withChars("arn:aws-iam0123456789*ot").ofMaxLength(40));
  }
}
