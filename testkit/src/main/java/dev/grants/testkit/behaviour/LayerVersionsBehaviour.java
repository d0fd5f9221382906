package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerArchiveInput;
import dev.grants.domain.layer.LayerName;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionDraft;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.DeleteLayerVersionResult;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link dev.grants.ports.in.LayerVersions} (CONTRACT.md section A, resource lifecycle), for
 * any wiring:
 *
 * <pre>{@code
 * class MyWiringLayerVersionsTest extends LayerVersionsBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events) { ... }
 * }
 * }</pre>
 */
public abstract class LayerVersionsBehaviour extends WiringBehaviour {

  /** Creates the suite. */
  protected LayerVersionsBehaviour() {}

  @Test
  void the_first_version_of_a_layer_is_number_one_with_its_arns_date_and_content() throws Exception {
    LayerVersion published = grants.layerVersions().publish(
        Fixtures.publishLayerVersion().description("shared code").compatibleRuntimes(List.of("java17", "java21"))
            .licenseInfo("MIT").compatibleArchitectures(List.of("arm64")).build()).get();

    assertThat(published.arn().toString()).isEqualTo("arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1");
    assertThat(published.layer().toString()).isEqualTo("arn:aws:lambda:us-east-2:123456789012:layer:my-layer");
    assertThat(published.createdDate()).isEqualTo(Instant.parse(START));
    assertThat(published.content().codeSha256()).isEqualTo(
        Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(Fixtures.ARCHIVE)));
    assertThat(published.content().codeSize()).isEqualTo(Fixtures.ARCHIVE.length);
    assertThat(published.description()).isEqualTo("shared code");
    assertThat(published.compatibleRuntimes()).containsExactly("java17", "java21");
    assertThat(published.licenseInfo()).isEqualTo("MIT");
    assertThat(published.compatibleArchitectures()).containsExactly("arm64");
  }

  @Test
  void optional_members_left_out_stay_absent() {
    LayerVersion published = grants.layerVersions().publish(Fixtures.publishLayerVersion().build()).get();

    assertThat(published.description()).isNull();
    assertThat(published.licenseInfo()).isNull();
    assertThat(published.compatibleRuntimes()).isEmpty();
    assertThat(published.compatibleArchitectures()).isEmpty();
  }

  @Test
  void the_created_date_is_kept_to_the_millisecond() {
    clock.set(Instant.parse("2018-11-14T23:03:52.894999999Z"));

    LayerVersion published = grants.layerVersions().publish(Fixtures.publishLayerVersion().build()).get();

    assertThat(published.createdDate()).isEqualTo(Instant.parse("2018-11-14T23:03:52.894Z"));
  }

  @Test
  void later_versions_count_up_and_a_deleted_number_is_never_reused() {
    publish();
    publish();
    grants.layerVersions().delete(Fixtures.deleteLayerVersion().versionNumber(2).build());

    assertThat(publish().arn().version()).isEqualTo(3);
  }

  @Test
  void a_layer_arn_and_its_name_address_the_same_layer() {
    publish();

    LayerVersion second = grants.layerVersions().publish(
        Fixtures.publishLayerVersion().layerName(Fixtures.layerArn().toString()).build()).get();

    assertThat(second.arn()).isEqualTo(Fixtures.layerVersionArn(2));
    assertThat(grants.layerVersions().get(
            Fixtures.getLayerVersion().layerName(Fixtures.layerArn().toString()).versionNumber(2).build()))
        .isEqualTo(Either.right(second));
  }

  @Test
  void the_same_name_in_another_region_or_account_is_another_layer() {
    publish();

    LayerVersion elsewhere = grants.layerVersions().publish(
        Fixtures.publishLayerVersion().context(CallContext.of(Fixtures.OWNER, "eu-west-1")).build()).get();
    LayerVersion otherAccount = grants.layerVersions().publish(
        Fixtures.publishLayerVersion().context(CallContext.of(Fixtures.GRANTEE, Fixtures.REGION)).build()).get();

    assertThat(elsewhere.arn().toString()).isEqualTo("arn:aws:lambda:eu-west-1:123456789012:layer:my-layer:1");
    assertThat(otherAccount.arn().toString()).isEqualTo("arn:aws:lambda:us-east-2:223456789012:layer:my-layer:1");
  }

  @Test
  void the_partition_follows_the_region() {
    LayerVersion china = grants.layerVersions().publish(
        Fixtures.publishLayerVersion().context(CallContext.of(Fixtures.OWNER, "cn-north-1")).build()).get();

    assertThat(china.arn().toString()).isEqualTo("arn:aws-cn:lambda:cn-north-1:123456789012:layer:my-layer:1");
  }

  @Test
  void get_returns_the_published_version() {
    LayerVersion published = publish();

    assertThat(grants.layerVersions().get(Fixtures.getLayerVersion().build())).isEqualTo(Either.right(published));
  }

  @Test
  void get_of_a_missing_layer_or_version_is_not_found() {
    publish();

    assertThat(grants.layerVersions().get(Fixtures.getLayerVersion().versionNumber(2).build()))
        .isEqualTo(Either.left(new GrantsError.LayerVersionNotFound(Fixtures.layerVersionArn(2))));
    assertThat(grants.layerVersions().get(Fixtures.getLayerVersion().layerName("other").build()).getLeft())
        .isInstanceOf(GrantsError.LayerVersionNotFound.class);
  }

  @Test
  void a_version_number_below_one_is_refused() {
    assertThat(grants.layerVersions().get(Fixtures.getLayerVersion().versionNumber(0).build()))
        .isEqualTo(Either.left(new GrantsError.LayerVersionNumberBelowOne(0)));
    assertThat(grants.layerVersions().get(Fixtures.getLayerVersion().versionNumber(-7).build()))
        .isEqualTo(Either.left(new GrantsError.LayerVersionNumberBelowOne(-7)));
  }

  @Test
  void delete_removes_the_version_and_succeeds_again_for_what_is_already_gone() {
    publish();

    assertThat(grants.layerVersions().delete(Fixtures.deleteLayerVersion().build()))
        .isEqualTo(Either.right(new DeleteLayerVersionResult(true)));
    assertThat(grants.layerVersions().get(Fixtures.getLayerVersion().build()))
        .isEqualTo(Either.left(new GrantsError.LayerVersionNotFound(Fixtures.layerVersionArn(1))));
    assertThat(grants.layerVersions().delete(Fixtures.deleteLayerVersion().build()))
        .isEqualTo(Either.right(new DeleteLayerVersionResult(false)));
    assertThat(grants.layerVersions().delete(Fixtures.deleteLayerVersion().layerName("never-published").build()))
        .isEqualTo(Either.right(new DeleteLayerVersionResult(false)));
    assertThat(grants.layerVersions().delete(Fixtures.deleteLayerVersion().versionNumber(0).build()))
        .isEqualTo(Either.right(new DeleteLayerVersionResult(false)));
  }

  @Test
  void deleting_a_version_deletes_its_policy() {
    publish();
    grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().build()).get();

    grants.layerVersions().delete(Fixtures.deleteLayerVersion().build());

    assertThat(grants.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().build()))
        .isEqualTo(Either.left(new GrantsError.LayerVersionNotFound(Fixtures.layerVersionArn(1))));
  }

  @Test
  void a_malformed_layer_name_is_a_validation_error_on_every_operation() {
    Violation pattern = new Violation("layerName", "bad name!", Constraint.pattern(LayerName.PATTERN));

    assertThat(grants.layerVersions().publish(Fixtures.publishLayerVersion().layerName("bad name!").build()))
        .isEqualTo(invalid(pattern));
    assertThat(grants.layerVersions().get(Fixtures.getLayerVersion().layerName("bad name!").build()))
        .isEqualTo(invalid(pattern));
    assertThat(grants.layerVersions().delete(Fixtures.deleteLayerVersion().layerName("bad name!").build()))
        .isEqualTo(invalid(pattern));
  }

  @Test
  void a_layer_name_over_140_characters_breaks_only_the_length_constraint() {
    String longName = String.join("", Collections.nCopies(141, "a"));

    assertThat(grants.layerVersions().get(Fixtures.getLayerVersion().layerName(longName).build()))
        .isEqualTo(invalid(new Violation("layerName", longName, Constraint.maxLength(140))));
  }

  @Test
  void a_missing_layer_name_must_not_be_null() {
    assertThat(grants.layerVersions().get(Fixtures.getLayerVersion().layerName(null).build()))
        .isEqualTo(invalid(new Violation("layerName", null, Constraint.notNull())));
  }

  @Test
  void every_publish_violation_is_reported_in_member_order() {
    String description = String.join("", Collections.nCopies(257, "d"));
    String license = String.join("", Collections.nCopies(513, "l"));

    Either<GrantsError, LayerVersion> outcome = grants.layerVersions().publish(Fixtures.publishLayerVersion()
        .layerName("bad name!")
        .description(description)
        .content(null)
        .compatibleRuntimes(List.of("java99"))
        .licenseInfo(license)
        .compatibleArchitectures(List.of("x86_64", "arm64", "sparc"))
        .build());

    assertThat(outcome).isEqualTo(invalid(
        new Violation("layerName", "bad name!", Constraint.pattern(LayerName.PATTERN)),
        new Violation("description", description, Constraint.maxLength(256)),
        new Violation("content", null, Constraint.notNull()),
        new Violation("compatibleRuntimes", "[java99]",
            Constraint.eachMember(Constraint.oneOf(LayerVersionDraft.RUNTIMES))),
        new Violation("licenseInfo", license, Constraint.maxLength(512)),
        new Violation("compatibleArchitectures", "[x86_64, arm64, sparc]", Constraint.maxItems(2)),
        new Violation("compatibleArchitectures", "[x86_64, arm64, sparc]",
            Constraint.eachMember(Constraint.oneOf(LayerVersionDraft.ARCHITECTURES)))));
  }

  @Test
  void more_than_fifteen_runtimes_are_refused() {
    List<String> runtimes = LayerVersionDraft.RUNTIMES.subList(0, 16);

    assertThat(grants.layerVersions().publish(Fixtures.publishLayerVersion().compatibleRuntimes(runtimes).build()))
        .isEqualTo(invalid(new Violation("compatibleRuntimes", runtimes.toString(), Constraint.maxItems(15))));
  }

  @Test
  void content_must_be_archive_bytes() {
    assertThat(grants.layerVersions().publish(Fixtures.publishLayerVersion()
            .content(new LayerArchiveInput(null, "my-bucket", "layer.zip", null)).build()))
        .isEqualTo(Either.left(new GrantsError.UnsupportedLayerContent("S3 location")));
    assertThat(grants.layerVersions().publish(Fixtures.publishLayerVersion()
            .content(new LayerArchiveInput(null, null, null, null)).build()))
        .isEqualTo(Either.left(new GrantsError.UnsupportedLayerContent("no content")));
  }

  @Test
  void s3_members_are_checked_against_the_model_before_content_is_refused() {
    assertThat(grants.layerVersions().publish(Fixtures.publishLayerVersion()
            .content(new LayerArchiveInput(null, "ab", "layer.zip", null)).build()))
        .isEqualTo(invalid(new Violation("content.s3Bucket", "ab", Constraint.minLength(3))));
  }

  @Test
  void a_refused_publish_uses_no_version_number() {
    grants.layerVersions().publish(Fixtures.publishLayerVersion().description("x".repeat(300)).build());

    assertThat(publish().arn().version()).isEqualTo(1);
  }

  private LayerVersion publish() {
    return grants.layerVersions().publish(Fixtures.publishLayerVersion().build()).get();
  }

}
