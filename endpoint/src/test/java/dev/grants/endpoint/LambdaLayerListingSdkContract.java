package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.FixedClock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionByArnResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.LayerVersionsListItem;
import software.amazon.awssdk.services.lambda.model.LayersListItem;
import software.amazon.awssdk.services.lambda.model.ListLayerVersionsResponse;
import software.amazon.awssdk.services.lambda.model.ListLayersResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;

/**
 * ListLayers, ListLayerVersions and GetLayerVersionByArn through the real AWS SDK for Java v2 {@link LambdaClient}:
 * every attribute where the service returns it, the SDK's own paginators over the markers, and every documented
 * error the endpoint answers, as the SDK's exception types. Each test works on its own layers (and the ListLayers
 * tests in a region of their own), so one endpoint serves the class.
 *
 * <p>A store runs the suite with a subclass that registers {@link #endpointOn} on a static field, as for
 * {@link LambdaSdkContract}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LambdaLayerListingSdkContract {
  private static final FixedClock CLOCK = FixedClock.at("2018-11-14T23:03:52.894Z");
  private static final AtomicInteger LAYERS = new AtomicInteger();
  private static final String LISTING_REGION = "eu-west-3";

  /** The suite's endpoint on {@code store}: its wirings at the suite's fixed clock, settings for us-east-2. */
  static StoreEndpoint endpointOn(StoreUnderTest store) {
    return new StoreEndpoint(store,
        GrantsEndpointExtension.serving(() -> store.wiring(CLOCK)).inRegion(Fixtures.REGION));
  }

  private ClientSettings settings;
  private LambdaClient lambda;

  @BeforeAll
  void connect(ClientSettings settings) {
    this.settings = settings;
    lambda = LambdaSdkContract.client(settings, Fixtures.REGION);
  }

  @AfterAll
  void disconnect() {
    lambda.close();
  }

  @Test
  void list_layer_versions_pages_newest_first_with_every_attribute_and_filters() {
    String layer = newLayer();
    publish(lambda, layer, List.of("java17"), List.of("arm64"));
    publish(lambda, layer, List.of(), List.of());
    lambda.publishLayerVersion(b -> b.layerName(layer).description("third").licenseInfo("MIT")
        .content(c -> c.zipFile(SdkBytes.fromByteArray(Fixtures.ARCHIVE)))
        .compatibleRuntimes(Runtime.JAVA17, Runtime.JAVA21).compatibleArchitectures(Architecture.X86_64));

    ListLayerVersionsResponse firstPage = lambda.listLayerVersions(b -> b.layerName(layer).maxItems(1));
    List<Long> paged = lambda.listLayerVersionsPaginator(b -> b.layerName(layer).maxItems(1)).layerVersions()
        .stream().map(LayerVersionsListItem::version).toList();
    LayerVersionsListItem third = firstPage.layerVersions().get(0);

    assertThat(firstPage.sdkHttpResponse().statusCode()).isEqualTo(200);
    assertThat(firstPage.nextMarker()).isNotBlank();
    assertThat(paged).containsExactly(3L, 2L, 1L);
    assertThat(third.layerVersionArn()).isEqualTo(arn(layer) + ":3");
    assertThat(third.description()).isEqualTo("third");
    assertThat(third.licenseInfo()).isEqualTo("MIT");
    assertThat(third.createdDate()).isEqualTo("2018-11-14T23:03:52.894+0000");
    assertThat(third.compatibleRuntimes()).containsExactly(Runtime.JAVA17, Runtime.JAVA21);
    assertThat(third.compatibleArchitectures()).containsExactly(Architecture.X86_64);
    assertThat(lambda.listLayerVersions(b -> b.layerName(layer).compatibleRuntime(Runtime.JAVA17)).layerVersions())
        .extracting(LayerVersionsListItem::version).containsExactly(3L, 1L);
    assertThat(lambda.listLayerVersions(b -> b.layerName(arn(layer)).compatibleArchitecture(Architecture.ARM64))
        .layerVersions()).extracting(LayerVersionsListItem::version).containsExactly(1L);
    assertThat(lambda.listLayerVersions(b -> b.layerName(newLayer())).layerVersions()).isEmpty();
  }

  @Test
  void list_layers_names_each_layer_with_its_newest_matching_version() {
    try (LambdaClient elsewhere = LambdaSdkContract.client(settings, LISTING_REGION)) {
      String a = "a-" + newLayer();
      String b = "b-" + newLayer();
      publish(elsewhere, a, List.of("python3.12"), List.of());
      publish(elsewhere, a, List.of("nodejs20.x"), List.of("arm64"));
      publish(elsewhere, b, List.of("python3.12"), List.of("x86_64"));

      ListLayersResponse all = elsewhere.listLayers(r -> r.maxItems(50));
      List<String> paged = elsewhere.listLayersPaginator(r -> r.maxItems(1)).layers().stream()
          .map(LayersListItem::layerName).toList();
      ListLayersResponse python = elsewhere.listLayers(r -> r.compatibleRuntime(Runtime.PYTHON3_12));

      assertThat(all.layers()).extracting(LayersListItem::layerName).containsSubsequence(a, b);
      LayersListItem first = all.layers().stream().filter(item -> item.layerName().equals(a)).findFirst().get();
      assertThat(first.layerArn()).isEqualTo("arn:aws:lambda:" + LISTING_REGION + ":123456789012:layer:" + a);
      assertThat(first.latestMatchingVersion().version()).isEqualTo(2L);
      assertThat(first.latestMatchingVersion().compatibleArchitectures()).containsExactly(Architecture.ARM64);
      assertThat(paged).containsSubsequence(a, b);
      assertThat(python.layers()).filteredOn(item -> item.layerName().equals(a))
          .extracting(item -> item.latestMatchingVersion().version()).containsExactly(1L);
      assertThat(elsewhere.listLayers(r -> r.compatibleArchitecture(Architecture.X86_64)).layers())
          .extracting(LayersListItem::layerName).contains(b).doesNotContain(a);
    }
  }

  @Test
  void get_layer_version_by_arn_answers_every_attribute() {
    String layer = newLayer();
    lambda.publishLayerVersion(b -> b.layerName(layer).description("d").licenseInfo("Apache-2.0")
        .content(c -> c.zipFile(SdkBytes.fromByteArray(Fixtures.ARCHIVE)))
        .compatibleRuntimes(Runtime.PYTHON3_13).compatibleArchitectures(Architecture.ARM64, Architecture.X86_64));

    GetLayerVersionByArnResponse version = lambda.getLayerVersionByArn(b -> b.arn(arn(layer) + ":1"));

    assertThat(version.sdkHttpResponse().statusCode()).isEqualTo(200);
    assertThat(version.layerArn()).isEqualTo(arn(layer));
    assertThat(version.layerVersionArn()).isEqualTo(arn(layer) + ":1");
    assertThat(version.version()).isEqualTo(1L);
    assertThat(version.description()).isEqualTo("d");
    assertThat(version.licenseInfo()).isEqualTo("Apache-2.0");
    assertThat(version.createdDate()).isEqualTo("2018-11-14T23:03:52.894+0000");
    assertThat(version.compatibleRuntimes()).containsExactly(Runtime.PYTHON3_13);
    assertThat(version.compatibleArchitectures()).containsExactly(Architecture.ARM64, Architecture.X86_64);
    assertThat(version.content().codeSize()).isEqualTo(Fixtures.ARCHIVE.length);
  }

  @Test
  void another_account_reads_a_version_by_arn_exactly_where_its_policy_grants_it() {
    String layer = newLayer();
    publish(lambda, layer, List.of(), List.of());
    try (LambdaClient caller = LambdaSdkContract.client(settings.asAccount(Fixtures.GRANTEE), Fixtures.REGION)) {
      assertThatThrownBy(() -> caller.getLayerVersionByArn(b -> b.arn(arn(layer) + ":1")))
          .isInstanceOfSatisfying(LambdaException.class, denied -> {
            assertThat(denied.statusCode()).isEqualTo(403);
            assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
          });
      lambda.addLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L).statementId("read")
          .action("lambda:GetLayerVersion").principal(Fixtures.GRANTEE));

      assertThat(caller.getLayerVersionByArn(b -> b.arn(arn(layer) + ":1")).version()).isEqualTo(1L);
      assertThatThrownBy(() -> caller.listLayerVersions(b -> b.layerName(arn(layer))))
          .isInstanceOfSatisfying(LambdaException.class, denied -> {
            assertThat(denied.statusCode()).isEqualTo(403);
            assertThat(denied.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::" + Fixtures.GRANTEE
                + ":root is not authorized to perform: lambda:ListLayerVersions on resource: " + arn(layer)
                + " because no resource-based policy allows the lambda:ListLayerVersions action");
          });
    }
  }

  @Test
  void a_missing_version_by_arn_is_resource_not_found_and_a_number_below_one_invalid() {
    String layer = newLayer();

    assertThatThrownBy(() -> lambda.getLayerVersionByArn(b -> b.arn(arn(layer) + ":1")))
        .isInstanceOfSatisfying(ResourceNotFoundException.class, missing -> {
          assertThat(missing.statusCode()).isEqualTo(404);
          assertThat(missing.awsErrorDetails().errorMessage()).isEqualTo("The resource you requested does not exist.");
        });
    assertThatThrownBy(() -> lambda.getLayerVersionByArn(b -> b.arn(arn(layer) + ":0")))
        .isInstanceOfSatisfying(InvalidParameterValueException.class, below ->
            assertThat(below.awsErrorDetails().errorMessage()).isEqualTo("Layer Version Cannot be less than 1"));
  }

  @Test
  void members_outside_the_model_are_validation_errors() {
    assertThatThrownBy(() -> lambda.getLayerVersionByArn(b -> b.arn(arn("my-layer"))))
        .isInstanceOfSatisfying(LambdaException.class, invalid -> {
          assertThat(invalid.statusCode()).isEqualTo(400);
          assertThat(invalid.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
          assertThat(invalid.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value '"
              + arn("my-layer") + "' at 'arn' failed to satisfy constraint: Member must satisfy regular expression"
              + " pattern: arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+");
        });
    assertThatThrownBy(() -> lambda.listLayerVersions(b -> b.layerName("my-layer").compatibleRuntime("java7")
            .maxItems(51)))
        .isInstanceOfSatisfying(LambdaException.class, invalid -> {
          assertThat(invalid.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
          assertThat(invalid.awsErrorDetails().errorMessage()).startsWith("2 validation errors detected: Value"
              + " 'java7' at 'compatibleRuntime' failed to satisfy constraint: Member must satisfy enum value set:");
          assertThat(invalid.awsErrorDetails().errorMessage()).endsWith("; Value '51' at 'maxItems' failed to satisfy"
              + " constraint: Member must have value less than or equal to 50");
        });
    assertThatThrownBy(() -> lambda.listLayers(b -> b.maxItems(0)))
        .isInstanceOfSatisfying(LambdaException.class, invalid -> assertThat(invalid.awsErrorDetails()
            .errorMessage()).isEqualTo("1 validation error detected: Value '0' at 'maxItems' failed to satisfy"
            + " constraint: Member must have value greater than or equal to 1"));
  }

  @Test
  void a_marker_the_listing_did_not_issue_is_an_invalid_parameter() {
    String layer = newLayer();
    publish(lambda, layer, List.of(), List.of());
    publish(lambda, layer, List.of(), List.of());
    String marker = lambda.listLayerVersions(b -> b.layerName(layer).maxItems(1)).nextMarker();

    for (String refused : List.of("forged", marker + "A")) {
      assertThatThrownBy(() -> lambda.listLayerVersions(b -> b.layerName(layer).marker(refused)))
          .isInstanceOfSatisfying(InvalidParameterValueException.class, invalid -> {
            assertThat(invalid.statusCode()).isEqualTo(400);
            assertThat(invalid.awsErrorDetails().errorMessage())
                .isEqualTo("The Marker " + refused + " is not valid for this listing.");
          });
    }
    assertThatThrownBy(() -> lambda.listLayers(b -> b.marker(marker)))
        .isInstanceOf(InvalidParameterValueException.class);
  }

  private static void publish(LambdaClient client, String layer, List<String> runtimes, List<String> architectures) {
    client.publishLayerVersion(b -> b.layerName(layer).content(c -> c.zipFile(SdkBytes.fromByteArray(Fixtures.ARCHIVE)))
        .compatibleRuntimesWithStrings(runtimes).compatibleArchitecturesWithStrings(architectures));
  }

  private static String arn(String layer) {
    return "arn:aws:lambda:" + Fixtures.REGION + ":123456789012:layer:" + layer;
  }

  private static String newLayer() {
    return "listed-" + LAYERS.incrementAndGet();
  }
}
