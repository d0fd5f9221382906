package dev.grants.domain.layer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.vavr.control.Either;

class LayerVersionDraftTest {
  private static final byte[] ZIP = "PK\u0005\u0006grants".getBytes(StandardCharsets.ISO_8859_1);
  private static final LayerArchiveInput CONTENT = LayerArchiveInput.ofZipFile(ZIP);
  private static final Constraint EACH_RUNTIME = Constraint.eachMember(Constraint.oneOf(LayerVersionDraft.RUNTIMES));
  private static final Constraint EACH_ARCHITECTURE =
      Constraint.eachMember(Constraint.oneOf(List.of("x86_64", "arm64")));

  private static List<Violation> violations(GrantsError error) {
    assertThat(error).isInstanceOf(GrantsError.InvalidRequest.class);
    return ((GrantsError.InvalidRequest) error).violations();
  }

  @Test
  void a_draft_with_only_archive_bytes_is_valid_and_has_empty_lists() {
    LayerVersionDraft draft = LayerVersionDraft.validate(null, CONTENT, null, null, null).get();

    assertThat(draft.description()).isNull();
    assertThat(draft.licenseInfo()).isNull();
    assertThat(draft.compatibleRuntimes()).isEmpty();
    assertThat(draft.compatibleArchitectures()).isEmpty();
  }

  @Test
  void a_full_draft_publishes_as_a_version_with_its_content_digest() {
    LayerVersionDraft draft = LayerVersionDraft.validate(
        "shared code", CONTENT, List.of("java17", "java21"), "MIT", List.of("arm64")).get();
    LayerVersionArn arn = new LayerArn(Partition.AWS, "us-east-2", AccountId.of("123456789012"), "my-layer").version(1);

    LayerVersion version = draft.publishAs(arn, Instant.parse("2018-11-14T23:03:52.894123Z"));

    assertThat(version.arn()).isEqualTo(arn);
    assertThat(version.layer()).isEqualTo(arn.layer());
    assertThat(version.description()).isEqualTo("shared code");
    assertThat(version.createdDate()).isEqualTo(Instant.parse("2018-11-14T23:03:52.894Z"));
    assertThat(version.content()).isEqualTo(new LayerContent("dyhY+6RBm4IVC51Xek9BJAPU6qJRfAk1umbyAB4hgkM=", 10));
    assertThat(version.compatibleRuntimes()).containsExactly("java17", "java21");
    assertThat(version.licenseInfo()).isEqualTo("MIT");
    assertThat(version.compatibleArchitectures()).containsExactly("arm64");
  }

  @Test
  void the_model_enums_are_kept_in_the_models_order() {
    assertThat(LayerVersionDraft.ARCHITECTURES).containsExactly("x86_64", "arm64");
    assertThat(LayerVersionDraft.RUNTIMES).startsWith("nodejs", "nodejs4.3").contains("java17", "java21", "python3.12")
        .doesNotHaveDuplicates();
  }

  @Test
  void a_description_is_at_most_256_characters() {
    assertThat(LayerVersionDraft.validate("d".repeat(256), CONTENT, null, null, null).isRight()).isTrue();
    assertThat(violations(LayerVersionDraft.validate("d".repeat(257), CONTENT, null, null, null).getLeft()))
        .containsExactly(new Violation("description", "d".repeat(257), Constraint.maxLength(256)));
  }

  @Test
  void a_description_is_measured_in_code_points() {
    String faces = "\uD83D\uDE00".repeat(256);

    assertThat(LayerVersionDraft.validate(faces, CONTENT, null, null, null).isRight()).isTrue();
  }

  @Test
  void license_info_is_at_most_512_characters() {
    assertThat(LayerVersionDraft.validate(null, CONTENT, null, "l".repeat(512), null).isRight()).isTrue();
    assertThat(violations(LayerVersionDraft.validate(null, CONTENT, null, "l".repeat(513), null).getLeft()))
        .containsExactly(new Violation("licenseInfo", "l".repeat(513), Constraint.maxLength(512)));
  }

  @Test
  void a_runtime_outside_the_models_enum_is_one_each_member_violation() {
    assertThat(violations(
            LayerVersionDraft.validate(null, CONTENT, List.of("java17", "cobol85", "Java21"), null, null).getLeft()))
        .containsExactly(new Violation("compatibleRuntimes", "[java17, cobol85, Java21]", EACH_RUNTIME));
  }

  @Test
  void fifteen_runtimes_are_the_most() {
    List<String> fifteen = LayerVersionDraft.RUNTIMES.subList(0, 15);
    List<String> sixteen = LayerVersionDraft.RUNTIMES.subList(0, 16);

    assertThat(LayerVersionDraft.validate(null, CONTENT, fifteen, null, null).isRight()).isTrue();
    assertThat(violations(LayerVersionDraft.validate(null, CONTENT, sixteen, null, null).getLeft()))
        .containsExactly(new Violation("compatibleRuntimes", sixteen.toString(), Constraint.maxItems(15)));
  }

  @Test
  void too_many_runtimes_of_which_some_are_unknown_are_two_violations_count_first() {
    List<String> runtimes = new ArrayList<>(Collections.nCopies(16, "java17"));
    runtimes.set(3, "cobol85");

    assertThat(violations(LayerVersionDraft.validate(null, CONTENT, runtimes, null, null).getLeft()))
        .extracting(Violation::constraint)
        .containsExactly(Constraint.maxItems(15), EACH_RUNTIME);
  }

  @Test
  void two_architectures_are_the_most_and_each_must_be_known() {
    assertThat(LayerVersionDraft.validate(null, CONTENT, null, null, List.of("x86_64", "arm64")).isRight()).isTrue();
    assertThat(violations(
            LayerVersionDraft.validate(null, CONTENT, null, null, List.of("x86_64", "arm64", "arm64")).getLeft()))
        .containsExactly(
            new Violation("compatibleArchitectures", "[x86_64, arm64, arm64]", Constraint.maxItems(2)));
    assertThat(violations(LayerVersionDraft.validate(null, CONTENT, null, null, List.of("sparc")).getLeft()))
        .containsExactly(new Violation("compatibleArchitectures", "[sparc]", EACH_ARCHITECTURE));
  }

  @Test
  void missing_content_is_a_not_null_violation() {
    assertThat(violations(LayerVersionDraft.validate(null, null, null, null, null).getLeft()))
        .containsExactly(new Violation("content", null, Constraint.notNull()));
  }

  @Test
  void every_violation_is_reported_in_the_requests_member_order() {
    GrantsError error = LayerVersionDraft.validate(
        "d".repeat(257), null, List.of("cobol85"), "l".repeat(513), List.of("sparc", "mips", "arm64")).getLeft();

    assertThat(violations(error))
        .extracting(Violation::member)
        .containsExactly("description", "content", "compatibleRuntimes", "licenseInfo", "compatibleArchitectures",
            "compatibleArchitectures");
    assertThat(violations(error))
        .extracting(Violation::constraint)
        .containsExactly(Constraint.maxLength(256), Constraint.notNull(), EACH_RUNTIME, Constraint.maxLength(512),
            Constraint.maxItems(2), EACH_ARCHITECTURE);
  }

  @Test
  void s3_content_is_unsupported() {
    assertThat(LayerVersionDraft.validate(
            null, new LayerArchiveInput(null, "my-bucket", "layers/my-layer.zip", null), null, null, null))
        .isEqualTo(Either.left(new GrantsError.UnsupportedLayerContent("S3 location")));
    assertThat(LayerVersionDraft.validate(null, new LayerArchiveInput(null, "my-bucket", null, null), null, null, null))
        .isEqualTo(Either.left(new GrantsError.UnsupportedLayerContent("S3 location")));
  }

  @Test
  void content_with_nothing_in_it_is_unsupported() {
    assertThat(LayerVersionDraft.validate(null, new LayerArchiveInput(null, null, null, null), null, null, null))
        .isEqualTo(Either.left(new GrantsError.UnsupportedLayerContent("no content")));
  }

  @Test
  void s3_members_are_checked_against_the_model_before_content_is_refused() {
    assertThat(violations(LayerVersionDraft.validate(
            null, new LayerArchiveInput(null, "ab", "", null), null, null, null).getLeft()))
        .containsExactly(
            new Violation("content.s3Bucket", "ab", Constraint.minLength(3)),
            new Violation("content.s3Key", "", Constraint.minLength(1)));
    assertThat(violations(LayerVersionDraft.validate(
            null, new LayerArchiveInput(null, "my-bucket.", "k", null), null, null, null).getLeft()))
        .containsExactly(
            new Violation("content.s3Bucket", "my-bucket.", Constraint.pattern("[0-9A-Za-z\\.\\-_]*(?<!\\.)")));
  }

  @Test
  void the_lists_are_copied() {
    List<String> runtimes = new ArrayList<>(List.of("java17"));
    LayerVersionDraft draft = LayerVersionDraft.validate(null, CONTENT, runtimes, null, null).get();
    runtimes.add("java21");

    assertThat(draft.compatibleRuntimes()).containsExactly("java17");
  }
}
