package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.layer.LayerVersionDraft;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.Page;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the layer listings and reads by ARN of {@link dev.grants.ports.in.LayerVersions}
 * ({@code ListLayers}, {@code ListLayerVersions}, {@code GetLayerVersionByArn}), for any wiring:
 *
 * <pre>{@code
 * class MyWiringLayerListingTest extends LayerListingBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events) { ... }
 * }
 * }</pre>
 */
public abstract class LayerListingBehaviour extends WiringBehaviour {
  private static final CallContext CALLER = CallContext.of(Fixtures.GRANTEE, Fixtures.REGION);

  /** Creates the suite. */
  protected LayerListingBehaviour() {}

  // --- ListLayerVersions ----------------------------------------------------------------------------

  @Test
  void the_versions_of_a_layer_are_listed_newest_first_with_every_attribute_and_without_the_deleted() {
    LayerVersion first = publish("my-layer", List.of("java17"), List.of("arm64"));
    publish("my-layer", List.of(), List.of());
    LayerVersion third = grants.layerVersions().publish(Fixtures.publishLayerVersion().description("third")
        .licenseInfo("MIT").compatibleRuntimes(List.of("python3.12")).build()).get();
    grants.layerVersions().delete(Fixtures.deleteLayerVersion().versionNumber(2).build()).get();

    assertThat(grants.layerVersions().listVersions(Fixtures.listLayerVersions().build()))
        .isEqualTo(Either.right(new Page<>(List.of(third, first), null)));
  }

  @Test
  void a_layer_without_versions_has_an_empty_page() {
    assertThat(grants.layerVersions().listVersions(Fixtures.listLayerVersions().layerName("nothing-here").build()))
        .isEqualTo(Either.right(new Page<>(List.of(), null)));
  }

  @Test
  void pages_of_max_items_go_on_from_their_marker_and_a_publish_between_pages_repeats_and_skips_nothing() {
    for (int i = 0; i < 5; i++) {
      publish("my-layer", List.of(), List.of());
    }

    Page<LayerVersion> first = grants.layerVersions().listVersions(Fixtures.listLayerVersions().maxItems(2).build())
        .get();
    publish("my-layer", List.of(), List.of());
    Page<LayerVersion> second = grants.layerVersions().listVersions(
        Fixtures.listLayerVersions().maxItems(2).marker(first.nextToken()).build()).get();
    Page<LayerVersion> last = grants.layerVersions().listVersions(
        Fixtures.listLayerVersions().maxItems(2).marker(second.nextToken()).build()).get();

    assertThat(numbers(first)).containsExactly(5L, 4L);
    assertThat(numbers(second)).containsExactly(3L, 2L);
    assertThat(numbers(last)).containsExactly(1L);
    assertThat(last.nextToken()).isNull();
  }

  @Test
  void a_page_that_holds_exactly_the_rest_is_the_last() {
    publish("my-layer", List.of(), List.of());
    publish("my-layer", List.of(), List.of());

    assertThat(grants.layerVersions().listVersions(Fixtures.listLayerVersions().maxItems(2).build()).get()
        .nextToken()).isNull();
  }

  @Test
  void the_filters_keep_the_versions_that_name_the_runtime_and_the_architecture() {
    LayerVersion both = publish("my-layer", List.of("java17", "java21"), List.of("arm64", "x86_64"));
    LayerVersion java = publish("my-layer", List.of("java17"), List.of());
    LayerVersion arm = publish("my-layer", List.of("nodejs20.x"), List.of("arm64"));
    publish("my-layer", List.of(), List.of());

    assertThat(versions(Fixtures.listLayerVersions().compatibleRuntime("java17").build())).containsExactly(java, both);
    assertThat(versions(Fixtures.listLayerVersions().compatibleArchitecture("arm64").build()))
        .containsExactly(arm, both);
    assertThat(versions(Fixtures.listLayerVersions().compatibleRuntime("java17").compatibleArchitecture("arm64")
        .build())).containsExactly(both);
    assertThat(versions(Fixtures.listLayerVersions().compatibleRuntime("nodejs").build()))
        .as("a runtime is matched whole, not as a prefix of nodejs20.x").isEmpty();
  }

  @Test
  void every_listing_violation_is_reported_in_member_order() {
    assertThat(grants.layerVersions().listVersions(Fixtures.listLayerVersions().compatibleRuntime("java7")
            .layerName("bad name").maxItems(51).compatibleArchitecture("x86").build()))
        .isEqualTo(Either.left(new GrantsError.InvalidRequest(List.of(
            new Violation("compatibleRuntime", "java7", Constraint.oneOf(LayerVersionDraft.RUNTIMES)),
            new Violation("layerName", "bad name", Constraint.pattern(
                dev.grants.domain.layer.LayerName.PATTERN)),
            new Violation("maxItems", "51", Constraint.maxValue(50)),
            new Violation("compatibleArchitecture", "x86", Constraint.oneOf(LayerVersionDraft.ARCHITECTURES))))));
    assertThat(grants.layerVersions().listLayers(Fixtures.listLayers().maxItems(0).build()))
        .isEqualTo(Either.left(new GrantsError.InvalidRequest(List.of(
            new Violation("maxItems", "0", Constraint.minValue(1))))));
    assertThat(grants.layerVersions().listVersions(Fixtures.listLayerVersions().layerName(null).build()))
        .isEqualTo(Either.left(new GrantsError.InvalidRequest(List.of(
            new Violation("layerName", null, Constraint.notNull())))));
  }

  @Test
  void a_marker_the_listing_did_not_issue_is_refused() {
    for (int i = 0; i < 3; i++) {
      publish("my-layer", List.of("java17"), List.of());
      publish("other-layer", List.of("java17"), List.of());
    }
    String marker = grants.layerVersions().listVersions(Fixtures.listLayerVersions().maxItems(1).build()).get()
        .nextToken();

    for (String refused : List.of("forged", marker + "A", marker.substring(1))) {
      assertThat(grants.layerVersions().listVersions(Fixtures.listLayerVersions().marker(refused).build()))
          .as(refused).isEqualTo(Either.left(new GrantsError.InvalidPageToken(refused)));
    }
    assertThat(grants.layerVersions().listVersions(Fixtures.listLayerVersions().layerName("other-layer")
        .marker(marker).build())).as("another layer").isEqualTo(Either.left(new GrantsError.InvalidPageToken(marker)));
    assertThat(grants.layerVersions().listVersions(Fixtures.listLayerVersions().compatibleRuntime("java17")
        .marker(marker).build())).as("another filter").isEqualTo(Either.left(new GrantsError.InvalidPageToken(marker)));
    assertThat(grants.layerVersions().listLayers(Fixtures.listLayers().marker(marker).build()))
        .as("another listing").isEqualTo(Either.left(new GrantsError.InvalidPageToken(marker)));
    assertThat(grants.layerVersions().listVersions(Fixtures.listLayerVersions().marker("").build()).get().items())
        .as("an empty marker is the start").hasSize(3);
  }

  @Test
  void another_accounts_layer_versions_are_not_listed_to_the_caller() {
    publish("my-layer", List.of(), List.of());
    grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().principal("*").build()).get();

    assertThat(grants.layerVersions().listVersions(Fixtures.listLayerVersions().context(CALLER)
            .layerName(Fixtures.layerArn().toString()).build()))
        .isEqualTo(Either.left(new GrantsError.AccessDenied(Fixtures.GRANTEE, Fixtures.layerArn().arn(),
            "lambda:ListLayerVersions")));
  }

  // --- ListLayers -----------------------------------------------------------------------------------

  @Test
  void the_layers_of_the_callers_account_and_region_are_listed_by_name_each_with_its_newest_version() {
    publish("zeta", List.of(), List.of());
    LayerVersion zeta = publish("zeta", List.of(), List.of());
    LayerVersion alpha = publish("alpha", List.of(), List.of());
    LayerVersion dashed = publish("alpha-b", List.of(), List.of());
    LayerVersion upper = publish("Beta", List.of(), List.of());
    grants.layerVersions().publish(Fixtures.publishLayerVersion().context(CALLER).layerName("theirs").build()).get();
    grants.layerVersions().publish(Fixtures.publishLayerVersion()
        .context(CallContext.of(Fixtures.OWNER, "eu-west-1")).layerName("elsewhere").build()).get();
    publish("gone", List.of(), List.of());
    grants.layerVersions().delete(Fixtures.deleteLayerVersion().layerName("gone").build()).get();

    assertThat(grants.layerVersions().listLayers(Fixtures.listLayers().build()))
        .as("by name as String.compareTo orders ASCII: upper case first, '-' before letters")
        .isEqualTo(Either.right(new Page<>(List.of(upper, alpha, dashed, zeta), null)));
  }

  @Test
  void with_filters_each_layer_shows_its_newest_matching_version_and_a_layer_without_one_is_left_out() {
    LayerVersion javaOne = publish("mixed", List.of("java17"), List.of("x86_64"));
    publish("mixed", List.of("python3.12"), List.of("arm64"));
    publish("python-only", List.of("python3.12"), List.of());

    assertThat(grants.layerVersions().listLayers(Fixtures.listLayers().compatibleRuntime("java17").build()))
        .isEqualTo(Either.right(new Page<>(List.of(javaOne), null)));
    assertThat(grants.layerVersions().listLayers(Fixtures.listLayers().compatibleArchitecture("x86_64").build()))
        .isEqualTo(Either.right(new Page<>(List.of(javaOne), null)));
  }

  @Test
  void layers_are_paged_by_name() {
    for (String name : List.of("a", "b", "c", "d", "e")) {
      publish(name, List.of(), List.of());
    }
    List<String> seen = new ArrayList<>();
    String marker = null;
    int pages = 0;
    do {
      Page<LayerVersion> page = grants.layerVersions().listLayers(Fixtures.listLayers().maxItems(2).marker(marker)
          .build()).get();
      page.items().forEach(version -> seen.add(version.layer().name()));
      marker = page.nextToken();
      pages++;
    } while (marker != null);

    assertThat(seen).containsExactly("a", "b", "c", "d", "e");
    assertThat(pages).isEqualTo(3);
  }

  // --- GetLayerVersionByArn -------------------------------------------------------------------------

  @Test
  void a_version_is_read_by_its_arn() {
    LayerVersion published = grants.layerVersions().publish(Fixtures.publishLayerVersion().description("d")
        .compatibleRuntimes(List.of("java17")).licenseInfo("MIT").compatibleArchitectures(List.of("arm64")).build())
        .get();

    assertThat(grants.layerVersions().getByArn(Fixtures.getLayerVersionByArn().build()))
        .isEqualTo(Either.right(published));
  }

  @Test
  void a_missing_version_by_arn_is_not_found_and_a_number_below_one_is_refused() {
    assertThat(grants.layerVersions().getByArn(Fixtures.getLayerVersionByArn().build()))
        .isEqualTo(Either.left(new GrantsError.LayerVersionNotFound(Fixtures.layerVersionArn(1))));
    assertThat(grants.layerVersions().getByArn(Fixtures.getLayerVersionByArn()
            .arn(Fixtures.layerArn() + ":0").build()))
        .isEqualTo(Either.left(new GrantsError.LayerVersionNumberBelowOne(0)));
  }

  @Test
  void an_arn_that_is_no_layer_version_arn_is_a_validation_error() {
    String layerArn = Fixtures.layerArn().toString();

    assertThat(grants.layerVersions().getByArn(Fixtures.getLayerVersionByArn().arn(layerArn).build()))
        .isEqualTo(Either.left(new GrantsError.InvalidRequest(List.of(
            new Violation("arn", layerArn, Constraint.pattern(LayerVersionArn.PATTERN))))));
    assertThat(grants.layerVersions().getByArn(Fixtures.getLayerVersionByArn().arn(null).build()))
        .isEqualTo(Either.left(new GrantsError.InvalidRequest(List.of(
            new Violation("arn", null, Constraint.notNull())))));
  }

  @Test
  void another_accounts_version_by_arn_is_read_exactly_where_its_policy_grants_it() {
    LayerVersion published = publish("my-layer", List.of(), List.of());
    GrantsError denied = new GrantsError.AccessDenied(Fixtures.GRANTEE, Fixtures.layerVersionArn(1).arn(),
        "lambda:GetLayerVersion");

    assertThat(grants.layerVersions().getByArn(Fixtures.getLayerVersionByArn().context(CALLER).build()))
        .isEqualTo(Either.left(denied));
    grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().build()).get();
    assertThat(grants.layerVersions().getByArn(Fixtures.getLayerVersionByArn().context(CALLER).build()))
        .isEqualTo(Either.right(published));
    assertThat(grants.layerVersions().getByArn(Fixtures.getLayerVersionByArn().context(CALLER)
            .arn(Fixtures.layerVersionArn(2).toString()).build()))
        .as("a missing version is refused like one not granted")
        .isEqualTo(Either.left(new GrantsError.AccessDenied(Fixtures.GRANTEE, Fixtures.layerVersionArn(2).arn(),
            "lambda:GetLayerVersion")));
  }

  private LayerVersion publish(String name, List<String> runtimes, List<String> architectures) {
    return grants.layerVersions().publish(Fixtures.publishLayerVersion().layerName(name)
        .compatibleRuntimes(runtimes).compatibleArchitectures(architectures).build()).get();
  }

  private List<LayerVersion> versions(dev.grants.ports.in.ListLayerVersionsCommand command) {
    return grants.layerVersions().listVersions(command).get().items();
  }

  private static List<Long> numbers(Page<LayerVersion> page) {
    return page.items().stream().map(version -> version.arn().version()).toList();
  }
}
